CREATE TABLE "customer_months" (
	"partner_id" uuid NOT NULL,
	"month" date NOT NULL,
	"customers" integer NOT NULL,
	CONSTRAINT "customer_months_partner_id_month_pk" PRIMARY KEY("partner_id","month")
);
--> statement-breakpoint
CREATE TABLE "subscription_totals" (
	"provider_id" uuid NOT NULL,
	"reseller_id" uuid,
	"active_subscriptions" integer NOT NULL,
	"active_licenses" bigint NOT NULL,
	CONSTRAINT "subscription_totals_key" UNIQUE NULLS NOT DISTINCT("provider_id","reseller_id")
);
--> statement-breakpoint
CREATE INDEX "subscription_totals_licenses_idx" ON "subscription_totals" USING btree ("provider_id","active_licenses");