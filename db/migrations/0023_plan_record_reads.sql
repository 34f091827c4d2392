-- Issue #8, the records behind the indicators: the registry reviews as the plan's readers see
-- them. Health and leadership may not read business rows (row-level security), yet the plan
-- asks them to follow indicator b, so this returns only what a review list needs (the
-- premises' id, name, type and village, never its owner, phone or position), and only to a
-- plan reader (ntm_plan_reader() is checked inside, because the owner's rights skip policies).
CREATE FUNCTION ntm_registry_review_list(commune text, from_on date, to_on date)
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
     AND ntm_plan_reader()
   ORDER BY r.reviewed_on DESC, r.id DESC
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION ntm_registry_review_list(text, date, date) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION ntm_registry_review_list(text, date, date) TO ntm_app;
