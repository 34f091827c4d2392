-- Indicator đ for every role that follows the plan, without tip rows: one line per case (linked
-- duplicates left out) with only its state and dates. Runs with the owner's rights, so the
-- policies that keep tip rows police-only do not hide the count.
CREATE FUNCTION ntm_tip_tally(commune text, from_at timestamptz, to_at timestamptz)
RETURNS TABLE (status tip_status, received_at timestamptz, extended_until timestamptz)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT t.status, t.received_at, t.extended_until FROM tips t
   WHERE t.commune_code = commune AND t.duplicate_of IS NULL
     AND t.received_at >= from_at AND t.received_at < to_at
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION ntm_tip_tally(text, timestamptz, timestamptz) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION ntm_tip_tally(text, timestamptz, timestamptz) TO ntm_app;
