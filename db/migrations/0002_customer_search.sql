-- Trigram indexes for the Customers search (name or domain contains …).
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE INDEX "customers_company_name_trgm_idx" ON "customers" USING gin ("company_name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "customers_domain_trgm_idx" ON "customers" USING gin ("domain" gin_trgm_ops);