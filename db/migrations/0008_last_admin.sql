-- Every organisation keeps at least one active Admin: demoting, deactivating or deleting the last one
-- is refused by the database itself (issue 14). An organisation is (role, partner, customer); the
-- operator's team is the users with role 'operator'. Concurrent changes in one organisation are
-- serialised by an advisory lock, so two admins cannot demote each other at the same time.
CREATE OR REPLACE FUNCTION ph_users_last_admin() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.org_role <> 'admin' OR OLD.status <> 'active' THEN
    IF TG_OP = 'DELETE' THEN
      RETURN OLD;
    END IF;
    RETURN NEW;
  END IF;
  IF TG_OP = 'UPDATE' AND NEW.org_role = 'admin' AND NEW.status = 'active'
     AND NEW.role = OLD.role
     AND NEW.partner_id IS NOT DISTINCT FROM OLD.partner_id
     AND NEW.customer_id IS NOT DISTINCT FROM OLD.customer_id THEN
    RETURN NEW;
  END IF;
  PERFORM pg_advisory_xact_lock(hashtext('users:' || OLD.role::text || ':' || COALESCE(OLD.partner_id::text, OLD.customer_id::text, '')));
  IF NOT EXISTS (
    SELECT 1 FROM users u
    WHERE u.id <> OLD.id AND u.role = OLD.role
      AND u.partner_id IS NOT DISTINCT FROM OLD.partner_id
      AND u.customer_id IS NOT DISTINCT FROM OLD.customer_id
      AND u.org_role = 'admin' AND u.status = 'active'
  ) THEN
    RAISE EXCEPTION 'an organisation must keep at least one active admin'
      USING ERRCODE = 'check_violation', CONSTRAINT = 'users_last_active_admin';
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER users_last_admin BEFORE UPDATE OR DELETE ON users FOR EACH ROW EXECUTE FUNCTION ph_users_last_admin();
