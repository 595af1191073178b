CREATE TYPE "public"."billing_cycle" AS ENUM('monthly', 'annual');--> statement-breakpoint
CREATE TYPE "public"."enrolment_status" AS ENUM('active', 'pending');--> statement-breakpoint
CREATE TYPE "public"."order_kind" AS ENUM('new_customer', 'new_subscription', 'license_change', 'upgrade');--> statement-breakpoint
CREATE TYPE "public"."order_status" AS ENUM('completed', 'failed');--> statement-breakpoint
CREATE TYPE "public"."partner_kind" AS ENUM('indirect_provider', 'indirect_reseller');--> statement-breakpoint
CREATE TYPE "public"."relationship_status" AS ENUM('active', 'ended');--> statement-breakpoint
CREATE TYPE "public"."subscription_status" AS ENUM('active', 'suspended');--> statement-breakpoint
CREATE TYPE "public"."support_request_kind" AS ENUM('profile_change');--> statement-breakpoint
CREATE TYPE "public"."support_request_status" AS ENUM('submitted', 'in_review', 'completed', 'rejected');--> statement-breakpoint
CREATE TYPE "public"."user_role" AS ENUM('provider', 'reseller', 'customer_admin', 'operator');--> statement-breakpoint
CREATE TABLE "activity_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"actor_user_id" uuid,
	"actor_role" "user_role",
	"actor_partner_id" uuid,
	"actor_customer_id" uuid,
	"provider_id" uuid,
	"reseller_id" uuid,
	"customer_id" uuid,
	"action" text NOT NULL,
	"target_type" text NOT NULL,
	"target_id" text,
	"status" text DEFAULT 'succeeded' NOT NULL,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "customer_drafts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"provider_id" uuid NOT NULL,
	"acting_partner_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone DEFAULT now() + interval '24 hours' NOT NULL,
	"submitted_at" timestamp with time zone,
	"customer_id" uuid
);
--> statement-breakpoint
CREATE TABLE "customers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"provider_id" uuid NOT NULL,
	"reseller_id" uuid,
	"company_name" text NOT NULL,
	"domain" text NOT NULL,
	"country" text NOT NULL,
	"address_line1" text NOT NULL,
	"address_line2" text DEFAULT '' NOT NULL,
	"city" text NOT NULL,
	"state" text DEFAULT '' NOT NULL,
	"postal_code" text NOT NULL,
	"contact_first_name" text NOT NULL,
	"contact_last_name" text NOT NULL,
	"contact_email" text NOT NULL,
	"contact_phone" text DEFAULT '' NOT NULL,
	"language" text DEFAULT 'en' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	CONSTRAINT "customers_id_provider_key" UNIQUE("id","provider_id"),
	CONSTRAINT "customers_domain_format" CHECK ("customers"."domain" ~ '^[a-z0-9][a-z0-9-]{0,62}\.onmicrosoft\.com$'),
	CONSTRAINT "customers_company_name_meaningful" CHECK (length(btrim("customers"."company_name")) >= 2 AND "customers"."company_name" ~ '[[:alnum:]]')
);
--> statement-breakpoint
CREATE TABLE "images" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"provider_id" uuid,
	"content_type" text NOT NULL,
	"bytes" "bytea" NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "images_content_type" CHECK ("images"."content_type" IN ('image/png','image/jpeg','image/webp','image/svg+xml','image/gif')),
	CONSTRAINT "images_size" CHECK ("images"."size_bytes" > 0 AND "images"."size_bytes" <= 524288)
);
--> statement-breakpoint
CREATE TABLE "offer_upgrades" (
	"from_offer_id" text NOT NULL,
	"to_offer_id" text NOT NULL,
	CONSTRAINT "offer_upgrades_from_offer_id_to_offer_id_pk" PRIMARY KEY("from_offer_id","to_offer_id"),
	CONSTRAINT "offer_upgrades_distinct" CHECK ("offer_upgrades"."from_offer_id" <> "offer_upgrades"."to_offer_id")
);
--> statement-breakpoint
CREATE TABLE "offers" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"description" text NOT NULL,
	"category" text NOT NULL,
	"unit_price_cents" integer NOT NULL,
	"billing_cycle" "billing_cycle" DEFAULT 'monthly' NOT NULL,
	"min_licenses" integer NOT NULL,
	"max_licenses" integer NOT NULL,
	"one_per_customer" boolean DEFAULT false NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "offers_limits" CHECK ("offers"."min_licenses" >= 1 AND "offers"."max_licenses" >= "offers"."min_licenses"),
	CONSTRAINT "offers_price" CHECK ("offers"."unit_price_cents" >= 0)
);
--> statement-breakpoint
CREATE TABLE "order_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"order_id" uuid NOT NULL,
	"provider_id" uuid NOT NULL,
	"offer_id" text NOT NULL,
	"quantity" integer NOT NULL,
	"partner_of_record_id" uuid,
	"subscription_id" uuid,
	CONSTRAINT "order_lines_quantity" CHECK ("order_lines"."quantity" > 0)
);
--> statement-breakpoint
CREATE TABLE "orders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"provider_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"kind" "order_kind" NOT NULL,
	"status" "order_status" DEFAULT 'completed' NOT NULL,
	"placed_by" uuid NOT NULL,
	"on_behalf_of_reseller_id" uuid,
	"idempotency_key" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "orders_idempotencyKey_unique" UNIQUE("idempotency_key")
);
--> statement-breakpoint
CREATE TABLE "partners" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" "partner_kind" NOT NULL,
	"legal_name" text NOT NULL,
	"partner_number" text NOT NULL,
	"country" text NOT NULL,
	"status" "enrolment_status" DEFAULT 'active' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "partners_partnerNumber_unique" UNIQUE("partner_number"),
	CONSTRAINT "partners_partner_number_digits" CHECK ("partners"."partner_number" ~ '^[0-9]{4,12}$'),
	CONSTRAINT "partners_country_code" CHECK ("partners"."country" ~ '^[A-Z]{2}$'),
	CONSTRAINT "partners_legal_name_present" CHECK (length(btrim("partners"."legal_name")) >= 2)
);
--> statement-breakpoint
CREATE TABLE "provider_profile_locations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"provider_id" uuid NOT NULL,
	"country" text NOT NULL,
	"target_url" text NOT NULL,
	CONSTRAINT "provider_profile_locations_key" UNIQUE("provider_id","country"),
	CONSTRAINT "provider_profile_locations_url" CHECK ("provider_profile_locations"."target_url" ~ '^https://')
);
--> statement-breakpoint
CREATE TABLE "provider_profiles" (
	"provider_id" uuid PRIMARY KEY NOT NULL,
	"display_name" text NOT NULL,
	"logo_image_id" uuid,
	"listed" boolean DEFAULT true NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "relationship_invitations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"provider_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"message" text NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"accepted_at" timestamp with time zone,
	"accepted_by_reseller_id" uuid,
	"accepted_by_user_id" uuid,
	"revoked_at" timestamp with time zone,
	"revoked_by" uuid,
	CONSTRAINT "relationship_invitations_tokenHash_unique" UNIQUE("token_hash"),
	CONSTRAINT "relationship_invitations_accepted_together" CHECK (("relationship_invitations"."accepted_at" IS NULL) = ("relationship_invitations"."accepted_by_reseller_id" IS NULL)),
	CONSTRAINT "relationship_invitations_not_both" CHECK ("relationship_invitations"."accepted_at" IS NULL OR "relationship_invitations"."revoked_at" IS NULL)
);
--> statement-breakpoint
CREATE TABLE "reseller_relationships" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"provider_id" uuid NOT NULL,
	"reseller_id" uuid NOT NULL,
	"status" "relationship_status" DEFAULT 'active' NOT NULL,
	"established_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ended_at" timestamp with time zone,
	"ended_by" uuid,
	"invitation_id" uuid,
	CONSTRAINT "reseller_relationships_pair_key" UNIQUE("provider_id","reseller_id"),
	CONSTRAINT "reseller_relationships_distinct" CHECK ("reseller_relationships"."provider_id" <> "reseller_relationships"."reseller_id"),
	CONSTRAINT "reseller_relationships_ended" CHECK (("reseller_relationships"."status" = 'ended') = ("reseller_relationships"."ended_at" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "subscriptions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"provider_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"offer_id" text NOT NULL,
	"licenses" integer NOT NULL,
	"status" "subscription_status" DEFAULT 'active' NOT NULL,
	"reseller_id" uuid,
	"support_contact_id" uuid NOT NULL,
	"order_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "subscriptions_licenses_positive" CHECK ("subscriptions"."licenses" > 0)
);
--> statement-breakpoint
CREATE TABLE "support_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"provider_id" uuid NOT NULL,
	"kind" "support_request_kind" DEFAULT 'profile_change' NOT NULL,
	"company_name" text,
	"logo_image_id" uuid,
	"locations" jsonb,
	"note" text DEFAULT '' NOT NULL,
	"status" "support_request_status" DEFAULT 'submitted' NOT NULL,
	"operator_reply" text,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"resolved_at" timestamp with time zone,
	"resolved_by" uuid,
	CONSTRAINT "support_requests_rejection_reason" CHECK ("support_requests"."status" <> 'rejected' OR coalesce(btrim("support_requests"."operator_reply"), '') <> '')
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"password_hash" text,
	"role" "user_role" NOT NULL,
	"partner_id" uuid,
	"customer_id" uuid,
	"must_change_password" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_sign_in_at" timestamp with time zone,
	CONSTRAINT "users_role_organisation" CHECK (("users"."role" IN ('provider','reseller') AND "users"."partner_id" IS NOT NULL AND "users"."customer_id" IS NULL)
       OR ("users"."role" = 'customer_admin' AND "users"."customer_id" IS NOT NULL AND "users"."partner_id" IS NULL)
       OR ("users"."role" = 'operator' AND "users"."partner_id" IS NULL AND "users"."customer_id" IS NULL))
);
--> statement-breakpoint
ALTER TABLE "activity_records" ADD CONSTRAINT "activity_records_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_records" ADD CONSTRAINT "activity_records_actor_partner_id_partners_id_fk" FOREIGN KEY ("actor_partner_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_records" ADD CONSTRAINT "activity_records_actor_customer_id_customers_id_fk" FOREIGN KEY ("actor_customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_records" ADD CONSTRAINT "activity_records_provider_id_partners_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_records" ADD CONSTRAINT "activity_records_reseller_id_partners_id_fk" FOREIGN KEY ("reseller_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_records" ADD CONSTRAINT "activity_records_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "customer_drafts" ADD CONSTRAINT "customer_drafts_provider_id_partners_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "customer_drafts" ADD CONSTRAINT "customer_drafts_acting_partner_id_partners_id_fk" FOREIGN KEY ("acting_partner_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "customer_drafts" ADD CONSTRAINT "customer_drafts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "customer_drafts" ADD CONSTRAINT "customer_drafts_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "customers" ADD CONSTRAINT "customers_provider_id_partners_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "customers" ADD CONSTRAINT "customers_reseller_id_partners_id_fk" FOREIGN KEY ("reseller_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "customers" ADD CONSTRAINT "customers_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "customers" ADD CONSTRAINT "customers_relationship_fk" FOREIGN KEY ("provider_id","reseller_id") REFERENCES "public"."reseller_relationships"("provider_id","reseller_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "images" ADD CONSTRAINT "images_provider_id_partners_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offer_upgrades" ADD CONSTRAINT "offer_upgrades_from_offer_id_offers_id_fk" FOREIGN KEY ("from_offer_id") REFERENCES "public"."offers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offer_upgrades" ADD CONSTRAINT "offer_upgrades_to_offer_id_offers_id_fk" FOREIGN KEY ("to_offer_id") REFERENCES "public"."offers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_lines" ADD CONSTRAINT "order_lines_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_lines" ADD CONSTRAINT "order_lines_provider_id_partners_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_lines" ADD CONSTRAINT "order_lines_offer_id_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."offers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_lines" ADD CONSTRAINT "order_lines_partner_of_record_id_partners_id_fk" FOREIGN KEY ("partner_of_record_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_lines" ADD CONSTRAINT "order_lines_subscription_id_subscriptions_id_fk" FOREIGN KEY ("subscription_id") REFERENCES "public"."subscriptions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_provider_id_partners_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_placed_by_users_id_fk" FOREIGN KEY ("placed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_on_behalf_of_reseller_id_partners_id_fk" FOREIGN KEY ("on_behalf_of_reseller_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_customer_fk" FOREIGN KEY ("customer_id","provider_id") REFERENCES "public"."customers"("id","provider_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "provider_profile_locations" ADD CONSTRAINT "provider_profile_locations_provider_id_provider_profiles_provider_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."provider_profiles"("provider_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "provider_profiles" ADD CONSTRAINT "provider_profiles_provider_id_partners_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "provider_profiles" ADD CONSTRAINT "provider_profiles_logo_image_id_images_id_fk" FOREIGN KEY ("logo_image_id") REFERENCES "public"."images"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "relationship_invitations" ADD CONSTRAINT "relationship_invitations_provider_id_partners_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "relationship_invitations" ADD CONSTRAINT "relationship_invitations_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "relationship_invitations" ADD CONSTRAINT "relationship_invitations_accepted_by_reseller_id_partners_id_fk" FOREIGN KEY ("accepted_by_reseller_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "relationship_invitations" ADD CONSTRAINT "relationship_invitations_accepted_by_user_id_users_id_fk" FOREIGN KEY ("accepted_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "relationship_invitations" ADD CONSTRAINT "relationship_invitations_revoked_by_users_id_fk" FOREIGN KEY ("revoked_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reseller_relationships" ADD CONSTRAINT "reseller_relationships_provider_id_partners_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reseller_relationships" ADD CONSTRAINT "reseller_relationships_reseller_id_partners_id_fk" FOREIGN KEY ("reseller_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reseller_relationships" ADD CONSTRAINT "reseller_relationships_ended_by_users_id_fk" FOREIGN KEY ("ended_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reseller_relationships" ADD CONSTRAINT "reseller_relationships_invitation_id_relationship_invitations_id_fk" FOREIGN KEY ("invitation_id") REFERENCES "public"."relationship_invitations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subscriptions" ADD CONSTRAINT "subscriptions_provider_id_partners_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subscriptions" ADD CONSTRAINT "subscriptions_offer_id_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."offers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subscriptions" ADD CONSTRAINT "subscriptions_reseller_id_partners_id_fk" FOREIGN KEY ("reseller_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subscriptions" ADD CONSTRAINT "subscriptions_support_contact_id_partners_id_fk" FOREIGN KEY ("support_contact_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subscriptions" ADD CONSTRAINT "subscriptions_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subscriptions" ADD CONSTRAINT "subscriptions_customer_fk" FOREIGN KEY ("customer_id","provider_id") REFERENCES "public"."customers"("id","provider_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subscriptions" ADD CONSTRAINT "subscriptions_relationship_fk" FOREIGN KEY ("provider_id","reseller_id") REFERENCES "public"."reseller_relationships"("provider_id","reseller_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_requests" ADD CONSTRAINT "support_requests_provider_id_partners_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_requests" ADD CONSTRAINT "support_requests_logo_image_id_images_id_fk" FOREIGN KEY ("logo_image_id") REFERENCES "public"."images"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_requests" ADD CONSTRAINT "support_requests_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_requests" ADD CONSTRAINT "support_requests_resolved_by_users_id_fk" FOREIGN KEY ("resolved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "activity_provider_time_idx" ON "activity_records" USING btree ("provider_id","created_at","id");--> statement-breakpoint
CREATE INDEX "activity_actor_partner_time_idx" ON "activity_records" USING btree ("actor_partner_id","created_at","id");--> statement-breakpoint
CREATE INDEX "activity_reseller_time_idx" ON "activity_records" USING btree ("reseller_id","created_at","id");--> statement-breakpoint
CREATE INDEX "activity_customer_time_idx" ON "activity_records" USING btree ("customer_id","created_at");--> statement-breakpoint
CREATE INDEX "customer_drafts_user_idx" ON "customer_drafts" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "customers_domain_key" ON "customers" USING btree (lower("domain"));--> statement-breakpoint
CREATE INDEX "customers_provider_name_idx" ON "customers" USING btree ("provider_id",lower("company_name"),"id");--> statement-breakpoint
CREATE INDEX "customers_provider_reseller_name_idx" ON "customers" USING btree ("provider_id","reseller_id",lower("company_name"),"id");--> statement-breakpoint
CREATE INDEX "customers_reseller_name_idx" ON "customers" USING btree ("reseller_id",lower("company_name"),"id");--> statement-breakpoint
CREATE INDEX "customers_provider_created_idx" ON "customers" USING btree ("provider_id","created_at");--> statement-breakpoint
CREATE INDEX "order_lines_order_idx" ON "order_lines" USING btree ("order_id");--> statement-breakpoint
CREATE INDEX "orders_customer_idx" ON "orders" USING btree ("customer_id","created_at");--> statement-breakpoint
CREATE INDEX "orders_provider_idx" ON "orders" USING btree ("provider_id","created_at");--> statement-breakpoint
CREATE INDEX "partners_kind_name_idx" ON "partners" USING btree ("kind","legal_name");--> statement-breakpoint
CREATE INDEX "provider_profile_locations_country_idx" ON "provider_profile_locations" USING btree ("country");--> statement-breakpoint
CREATE INDEX "relationship_invitations_provider_idx" ON "relationship_invitations" USING btree ("provider_id","created_at");--> statement-breakpoint
CREATE INDEX "reseller_relationships_reseller_idx" ON "reseller_relationships" USING btree ("reseller_id","status");--> statement-breakpoint
CREATE INDEX "subscriptions_customer_idx" ON "subscriptions" USING btree ("customer_id","created_at");--> statement-breakpoint
CREATE INDEX "subscriptions_provider_reseller_idx" ON "subscriptions" USING btree ("provider_id","reseller_id");--> statement-breakpoint
CREATE INDEX "subscriptions_reseller_idx" ON "subscriptions" USING btree ("reseller_id");--> statement-breakpoint
CREATE INDEX "subscriptions_support_idx" ON "subscriptions" USING btree ("support_contact_id");--> statement-breakpoint
CREATE INDEX "subscriptions_offer_idx" ON "subscriptions" USING btree ("offer_id");--> statement-breakpoint
CREATE INDEX "support_requests_provider_idx" ON "support_requests" USING btree ("provider_id","created_at");--> statement-breakpoint
CREATE INDEX "support_requests_status_idx" ON "support_requests" USING btree ("status","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_lower_key" ON "users" USING btree (lower("email"));--> statement-breakpoint
CREATE INDEX "users_partner_idx" ON "users" USING btree ("partner_id");--> statement-breakpoint
CREATE INDEX "users_customer_idx" ON "users" USING btree ("customer_id");