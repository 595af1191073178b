-- Issue 11 #9: the check that a customer's or subscription's reseller has an active relationship locks
-- that relationship row FOR SHARE until the transaction ends. Ending the relationship (an UPDATE of the
-- row) then waits for the association to commit and its own check sees it; an association that comes
-- second waits for the end to commit and then finds the relationship ended. Without the lock both
-- could pass their checks at the same instant and leave a link to an ended relationship.
-- FOR SHARE is not allowed in a STABLE function: this one is VOLATILE now.
CREATE OR REPLACE FUNCTION ph_relationship_is_active(p_provider uuid, p_reseller uuid) RETURNS boolean
LANGUAGE plpgsql VOLATILE AS $$
DECLARE found boolean;
BEGIN
  SELECT true INTO found FROM reseller_relationships r
   WHERE r.provider_id = p_provider AND r.reseller_id = p_reseller AND r.status = 'active'
   FOR SHARE;
  RETURN coalesce(found, false);
END $$;
