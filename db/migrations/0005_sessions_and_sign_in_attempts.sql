CREATE TABLE "sign_in_attempts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"address" text NOT NULL,
	"succeeded" boolean NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sign_in_attempts_sizes" CHECK (length("sign_in_attempts"."email") <= 320 AND length("sign_in_attempts"."address") <= 100)
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "session_version" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "entra_tenant_id" uuid;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "entra_object_id" uuid;--> statement-breakpoint
CREATE INDEX "sign_in_attempts_email_time_idx" ON "sign_in_attempts" USING btree ("email","at");--> statement-breakpoint
CREATE INDEX "sign_in_attempts_address_time_idx" ON "sign_in_attempts" USING btree ("address","at");--> statement-breakpoint
CREATE UNIQUE INDEX "users_entra_identity_key" ON "users" USING btree ("entra_tenant_id","entra_object_id");--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_entra_identity_complete" CHECK (("users"."entra_tenant_id" IS NULL) = ("users"."entra_object_id" IS NULL));