DROP INDEX "subscriptions_provider_reseller_idx";--> statement-breakpoint
CREATE INDEX "subscriptions_provider_support_idx" ON "subscriptions" USING btree ("provider_id","support_contact_id");--> statement-breakpoint
CREATE INDEX "subscriptions_provider_reseller_idx" ON "subscriptions" USING btree ("provider_id","reseller_id","support_contact_id");