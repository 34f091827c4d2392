-- The registry reviews in pages (issue #20): at a province's scale a year holds more than a
-- million, and ntm_registry_review_list gives them all at once. As that function (names
-- through it for plan readers who may not read business rows), a page of at most `lim` after
-- the key (reviewed_on, id) a client was last given, newest first, through the
-- (commune_code, reviewed_on) index; and the count up to `cap`. The first page passes the key
-- ('infinity', the largest id): a condition with an OR for it would be planned once for every
-- call of the function, and then could not start the scan at the key. Both answer only inside the
-- commune the caller acts in (the commune wall of 0005), which a SECURITY DEFINER function
-- would otherwise step over.
CREATE FUNCTION ntm_registry_review_page(
  commune text, from_on date, to_on date, after_on date, after_id bigint, lim integer)
RETURNS TABLE (id bigint, business_id bigint, business_name text, business_type business_type,
               village_name text, outcome registry_review_outcome, note text,
               reviewed_on date, reviewer_name text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT r.id, r.business_id, b.name, b.type, v.name, r.outcome, r.note, r.reviewed_on,
         u.display_name
    FROM registry_reviews r
    JOIN businesses b ON b.id = r.business_id
    LEFT JOIN villages v ON v.id = b.village_id
    LEFT JOIN users u ON u.id = r.reviewed_by
   WHERE r.commune_code = commune AND r.reviewed_on >= from_on AND r.reviewed_on < to_on
     AND (r.reviewed_on, r.id) < (after_on, after_id)
     AND ntm_plan_reader() AND ntm_in_commune(commune)
   ORDER BY r.reviewed_on DESC, r.id DESC
   LIMIT lim
$$;
--> statement-breakpoint
CREATE FUNCTION ntm_registry_review_count(commune text, from_on date, to_on date, cap integer)
RETURNS integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT count(*)::int FROM (
    SELECT FROM registry_reviews r
     WHERE r.commune_code = commune AND r.reviewed_on >= from_on AND r.reviewed_on < to_on
       AND ntm_plan_reader() AND ntm_in_commune(commune)
     LIMIT cap) counted
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION ntm_registry_review_page(text, date, date, date, bigint, integer) FROM PUBLIC;
--> statement-breakpoint
REVOKE ALL ON FUNCTION ntm_registry_review_count(text, date, date, integer) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION ntm_registry_review_page(text, date, date, date, bigint, integer) TO ntm_app;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION ntm_registry_review_count(text, date, date, integer) TO ntm_app;
