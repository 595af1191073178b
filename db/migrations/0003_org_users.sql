CREATE TYPE "public"."org_role" AS ENUM('admin', 'sales_agent', 'helpdesk_agent');--> statement-breakpoint
CREATE TYPE "public"."user_status" AS ENUM('active', 'deactivated');--> statement-breakpoint
DROP INDEX "orders_customer_idx";--> statement-breakpoint
DROP INDEX "orders_provider_idx";--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "org_role" "org_role" DEFAULT 'admin' NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "status" "user_status" DEFAULT 'active' NOT NULL;--> statement-breakpoint
CREATE INDEX "orders_provider_reseller_idx" ON "orders" USING btree ("provider_id","on_behalf_of_reseller_id","created_at","id");--> statement-breakpoint
CREATE INDEX "orders_customer_idx" ON "orders" USING btree ("customer_id","created_at","id");--> statement-breakpoint
CREATE INDEX "orders_provider_idx" ON "orders" USING btree ("provider_id","created_at","id");--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_org_role_agents_in_partners" CHECK ("users"."org_role" = 'admin' OR "users"."role" IN ('provider','reseller'));