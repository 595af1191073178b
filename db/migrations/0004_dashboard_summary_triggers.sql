-- The dashboard summary (customer_months, subscription_totals) kept exact in the writers' own transactions.
-- Deferred row triggers: each change adds its delta at commit, so a summary row is locked only for the
-- instant of the commit, not while the rest of the transaction runs (16 wizards submitting at once do
-- not queue behind one another). Every path that writes customers or subscriptions is covered, actions,
-- seeds and hand-written SQL alike; TRUNCATE and triggers switched off are not: run
-- ph_rebuild_dashboard_summary() after a bulk load that does either.

CREATE OR REPLACE FUNCTION ph_add_customer_month(p_partner uuid, p_month date, p_delta int) RETURNS void
LANGUAGE sql AS $$
  INSERT INTO customer_months AS c (partner_id, month, customers) VALUES (p_partner, p_month, p_delta)
  ON CONFLICT (partner_id, month) DO UPDATE SET customers = c.customers + EXCLUDED.customers
$$;
--> statement-breakpoint
-- A customer counts for its provider and for its reseller, in the month it was added. Keys are always
-- taken in the same order (partner id), so two transactions touching the same two rows cannot deadlock.
CREATE OR REPLACE FUNCTION ph_customer_months() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  d record;
BEGIN
  FOR d IN
    SELECT partner_id, month, sum(delta)::int AS delta FROM (
      SELECT OLD.provider_id AS partner_id, date_trunc('month', OLD.created_at AT TIME ZONE 'UTC')::date AS month, -1 AS delta WHERE TG_OP <> 'INSERT'
      UNION ALL SELECT OLD.reseller_id, date_trunc('month', OLD.created_at AT TIME ZONE 'UTC')::date, -1 WHERE TG_OP <> 'INSERT' AND OLD.reseller_id IS NOT NULL
      UNION ALL SELECT NEW.provider_id, date_trunc('month', NEW.created_at AT TIME ZONE 'UTC')::date, 1 WHERE TG_OP <> 'DELETE'
      UNION ALL SELECT NEW.reseller_id, date_trunc('month', NEW.created_at AT TIME ZONE 'UTC')::date, 1 WHERE TG_OP <> 'DELETE' AND NEW.reseller_id IS NOT NULL
    ) x GROUP BY 1, 2 HAVING sum(delta) <> 0 ORDER BY 1, 2
  LOOP
    PERFORM ph_add_customer_month(d.partner_id, d.month, d.delta);
  END LOOP;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER customers_dashboard_summary AFTER INSERT OR UPDATE OR DELETE ON customers
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ph_customer_months();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION ph_add_subscription_total(p_provider uuid, p_reseller uuid, p_subscriptions int, p_licenses bigint) RETURNS void
LANGUAGE sql AS $$
  INSERT INTO subscription_totals AS t (provider_id, reseller_id, active_subscriptions, active_licenses)
  VALUES (p_provider, p_reseller, p_subscriptions, p_licenses)
  ON CONFLICT ON CONSTRAINT subscription_totals_key DO UPDATE
    SET active_subscriptions = t.active_subscriptions + EXCLUDED.active_subscriptions, active_licenses = t.active_licenses + EXCLUDED.active_licenses
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION ph_subscription_totals() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  was boolean := TG_OP <> 'INSERT' AND OLD.status = 'active';
  is_now boolean := TG_OP <> 'DELETE' AND NEW.status = 'active';
BEGIN
  IF was AND is_now AND OLD.provider_id = NEW.provider_id AND OLD.reseller_id IS NOT DISTINCT FROM NEW.reseller_id THEN
    IF NEW.licenses <> OLD.licenses THEN PERFORM ph_add_subscription_total(NEW.provider_id, NEW.reseller_id, 0, NEW.licenses - OLD.licenses); END IF;
    RETURN NULL;
  END IF;
  IF was AND is_now AND coalesce(NEW.reseller_id::text, '') < coalesce(OLD.reseller_id::text, '') THEN
    PERFORM ph_add_subscription_total(NEW.provider_id, NEW.reseller_id, 1, NEW.licenses);
    PERFORM ph_add_subscription_total(OLD.provider_id, OLD.reseller_id, -1, -OLD.licenses);
    RETURN NULL;
  END IF;
  IF was THEN PERFORM ph_add_subscription_total(OLD.provider_id, OLD.reseller_id, -1, -OLD.licenses); END IF;
  IF is_now THEN PERFORM ph_add_subscription_total(NEW.provider_id, NEW.reseller_id, 1, NEW.licenses); END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER subscriptions_dashboard_summary AFTER INSERT OR UPDATE OR DELETE ON subscriptions
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ph_subscription_totals();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION ph_rebuild_dashboard_summary() RETURNS void LANGUAGE sql AS $$
  DELETE FROM customer_months;
  INSERT INTO customer_months (partner_id, month, customers)
    SELECT partner_id, date_trunc('month', created_at AT TIME ZONE 'UTC')::date, count(*)
    FROM (SELECT provider_id AS partner_id, created_at FROM customers UNION ALL SELECT reseller_id, created_at FROM customers WHERE reseller_id IS NOT NULL) c
    GROUP BY 1, 2;
  DELETE FROM subscription_totals;
  INSERT INTO subscription_totals (provider_id, reseller_id, active_subscriptions, active_licenses)
    SELECT provider_id, reseller_id, count(*), sum(licenses) FROM subscriptions WHERE status = 'active' GROUP BY 1, 2;
$$;
--> statement-breakpoint
SELECT ph_rebuild_dashboard_summary();
