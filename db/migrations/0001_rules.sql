-- Rules that need another table, enforced by the database itself (SPEC §2 "Invariants").
-- Each raises with a named constraint so the app can turn it into a field message.

CREATE OR REPLACE FUNCTION ph_relationship_is_active(p_provider uuid, p_reseller uuid) RETURNS boolean
LANGUAGE sql STABLE AS $$
  SELECT EXISTS (SELECT 1 FROM reseller_relationships r
                 WHERE r.provider_id = p_provider AND r.reseller_id = p_reseller AND r.status = 'active')
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION ph_customers_check() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.reseller_id IS NOT NULL
     AND (TG_OP = 'INSERT' OR NEW.reseller_id IS DISTINCT FROM OLD.reseller_id OR NEW.provider_id IS DISTINCT FROM OLD.provider_id)
     AND NOT ph_relationship_is_active(NEW.provider_id, NEW.reseller_id) THEN
    RAISE EXCEPTION 'the indirect reseller has no active relationship with this provider'
      USING ERRCODE = 'check_violation', CONSTRAINT = 'customers_reseller_active';
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER customers_check BEFORE INSERT OR UPDATE ON customers FOR EACH ROW EXECUTE FUNCTION ph_customers_check();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION ph_subscriptions_check() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE o offers%ROWTYPE;
BEGIN
  SELECT * INTO o FROM offers WHERE id = NEW.offer_id;
  IF TG_OP = 'INSERT' OR NEW.licenses IS DISTINCT FROM OLD.licenses OR NEW.offer_id IS DISTINCT FROM OLD.offer_id THEN
    IF NEW.licenses < o.min_licenses OR NEW.licenses > o.max_licenses THEN
      RAISE EXCEPTION 'licenses must be between % and % for this offer', o.min_licenses, o.max_licenses
        USING ERRCODE = 'check_violation', CONSTRAINT = 'subscriptions_licenses_in_range';
    END IF;
  END IF;
  IF NEW.reseller_id IS NOT NULL
     AND (TG_OP = 'INSERT' OR NEW.reseller_id IS DISTINCT FROM OLD.reseller_id)
     AND NOT ph_relationship_is_active(NEW.provider_id, NEW.reseller_id) THEN
    RAISE EXCEPTION 'the indirect reseller has no active relationship with this provider'
      USING ERRCODE = 'check_violation', CONSTRAINT = 'subscriptions_reseller_active';
  END IF;
  IF NEW.support_contact_id <> NEW.provider_id
     AND (TG_OP = 'INSERT' OR NEW.support_contact_id IS DISTINCT FROM OLD.support_contact_id)
     AND NOT ph_relationship_is_active(NEW.provider_id, NEW.support_contact_id) THEN
    RAISE EXCEPTION 'the support contact must be the provider or one of its active indirect resellers'
      USING ERRCODE = 'check_violation', CONSTRAINT = 'subscriptions_support_contact_active';
  END IF;
  IF o.one_per_customer AND (TG_OP = 'INSERT' OR NEW.offer_id IS DISTINCT FROM OLD.offer_id) THEN
    -- Serialise concurrent inserts for the same customer so two cannot both pass the check.
    PERFORM pg_advisory_xact_lock(hashtext('subscriptions:' || NEW.customer_id::text));
    IF EXISTS (SELECT 1 FROM subscriptions s WHERE s.customer_id = NEW.customer_id AND s.offer_id = NEW.offer_id AND s.id <> NEW.id) THEN
      RAISE EXCEPTION 'this offer allows only one subscription per customer'
        USING ERRCODE = 'unique_violation', CONSTRAINT = 'subscriptions_offer_once_per_customer';
    END IF;
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER subscriptions_check BEFORE INSERT OR UPDATE ON subscriptions FOR EACH ROW EXECUTE FUNCTION ph_subscriptions_check();
--> statement-breakpoint
-- Ending a relationship must first revert every customer, subscription and support assignment of it.
CREATE OR REPLACE FUNCTION ph_relationships_check() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.status = 'ended' AND OLD.status = 'active' AND (
       EXISTS (SELECT 1 FROM customers c WHERE c.provider_id = NEW.provider_id AND c.reseller_id = NEW.reseller_id)
    OR EXISTS (SELECT 1 FROM subscriptions s WHERE s.provider_id = NEW.provider_id
                 AND (s.reseller_id = NEW.reseller_id OR s.support_contact_id = NEW.reseller_id))) THEN
    RAISE EXCEPTION 'the relationship still has associated customers or subscriptions'
      USING ERRCODE = 'check_violation', CONSTRAINT = 'reseller_relationships_ended_clean';
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER reseller_relationships_check BEFORE UPDATE ON reseller_relationships FOR EACH ROW EXECUTE FUNCTION ph_relationships_check();
