-- The second wall (ARCHITECTURE.md §4): the app connects as `ntm_app`, which owns nothing, and
-- sees and changes only the rows its per-request settings allow. The API sets them with
-- set_config(..., true), i.e. SET LOCAL, at the start of each transaction:
--   ntm.user_id     the signed-in user
--   ntm.role        leadership | police | health | culture | village | admin
--   ntm.village_id  the village head's own village (empty for the other roles)
-- Without settings a query sees nothing. Superusers (migrations, seed, audit:verify) bypass it.
-- The role is cluster-wide; its password is set by the bring-up, never here.
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'ntm_app') THEN
    CREATE ROLE ntm_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
  END IF;
END $$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO ntm_app;
--> statement-breakpoint
GRANT SELECT ON communes, former_communes, villages, key_areas, roads TO ntm_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON businesses, tips, tip_events, inspections, proposals, users TO ntm_app;
--> statement-breakpoint
GRANT SELECT, INSERT ON business_versions TO ntm_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON sessions, api_tokens TO ntm_app;
--> statement-breakpoint
-- Append-only for the app: no UPDATE or DELETE grant (and the trigger refuses them anyway).
GRANT SELECT, INSERT ON audit_log TO ntm_app;
--> statement-breakpoint
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO ntm_app;
--> statement-breakpoint

CREATE FUNCTION ntm_role() RETURNS text LANGUAGE sql STABLE AS $$
  SELECT nullif(current_setting('ntm.role', true), '')
$$;
--> statement-breakpoint
CREATE FUNCTION ntm_village() RETURNS integer LANGUAGE sql STABLE AS $$
  SELECT nullif(current_setting('ntm.village_id', true), '')::integer
$$;
--> statement-breakpoint
CREATE FUNCTION ntm_user() RETURNS integer LANGUAGE sql STABLE AS $$
  SELECT nullif(current_setting('ntm.user_id', true), '')::integer
$$;
--> statement-breakpoint
-- The village a position belongs to. A point on a boundary shared by several villages belongs
-- to the one with the lowest id: the same rule everywhere (trigger, policies, API).
CREATE FUNCTION ntm_village_at(commune text, pos geometry) RETURNS integer
LANGUAGE sql STABLE AS $$
  SELECT v.id FROM villages v
   WHERE v.commune_code = commune AND ST_Intersects(v.geom, pos)
   ORDER BY v.id LIMIT 1
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION ntm_business_village() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.village_id := ntm_village_at(NEW.commune_code, NEW.geom);
  IF NEW.village_id IS NULL THEN
    RAISE EXCEPTION 'the business lies outside every village of commune %', NEW.commune_code
      USING ERRCODE = 'check_violation', CONSTRAINT = 'businesses_inside_village';
  END IF;
  IF TG_OP = 'UPDATE' AND (to_jsonb(NEW) - 'updated_at') IS DISTINCT FROM (to_jsonb(OLD) - 'updated_at') THEN
    NEW.updated_at := now();
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
-- A village head's write is allowed where the position lies in their own village. For an
-- UPDATE the policy's USING clause tests the old row and WITH CHECK the new one, so a business
-- can neither be changed from outside the village nor moved out of it.
CREATE FUNCTION ntm_may_write_business(commune text, pos geometry) RETURNS boolean
LANGUAGE sql STABLE AS $$
  SELECT ntm_role() IN ('police', 'culture')
      OR (ntm_role() = 'village' AND ntm_village_at(commune, pos) = ntm_village())
$$;
--> statement-breakpoint

ALTER TABLE businesses ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE businesses FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY businesses_read ON businesses FOR SELECT USING (
  ntm_role() IN ('leadership', 'police', 'culture')
  OR (ntm_role() = 'village' AND village_id = ntm_village())
);
--> statement-breakpoint
CREATE POLICY businesses_insert ON businesses FOR INSERT
  WITH CHECK (ntm_may_write_business(commune_code, geom));
--> statement-breakpoint
CREATE POLICY businesses_update ON businesses FOR UPDATE
  USING (ntm_may_write_business(commune_code, geom))
  WITH CHECK (ntm_may_write_business(commune_code, geom));
--> statement-breakpoint
-- No DELETE policy: a business is closed or soft-deleted, never removed.

ALTER TABLE business_versions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE business_versions FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY business_versions_read ON business_versions FOR SELECT USING (
  ntm_role() IN ('leadership', 'police', 'culture')
  OR (ntm_role() = 'village' AND (data ->> 'village_id')::integer = ntm_village())
);
--> statement-breakpoint
-- Written only by the history trigger, in the transaction of an update the policies allowed.
CREATE POLICY business_versions_insert ON business_versions FOR INSERT
  WITH CHECK (ntm_role() IN ('police', 'culture', 'village'));
--> statement-breakpoint

-- Tips and inspections: rows for police (inspections also for culture, who sit on the
-- inter-agency team); the other roles get aggregates, never rows.
ALTER TABLE tips ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE tips FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tips_police ON tips FOR ALL
  USING (ntm_role() = 'police') WITH CHECK (ntm_role() = 'police');
--> statement-breakpoint
ALTER TABLE tip_events ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE tip_events FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tip_events_police ON tip_events FOR ALL
  USING (ntm_role() = 'police') WITH CHECK (ntm_role() = 'police');
--> statement-breakpoint
ALTER TABLE inspections ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE inspections FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY inspections_team ON inspections FOR ALL
  USING (ntm_role() IN ('police', 'culture')) WITH CHECK (ntm_role() IN ('police', 'culture'));
--> statement-breakpoint

-- Proposals: a village head files them for their own village only (old and new position both
-- inside it) and reads their village's; police and culture read all and decide pending ones.
ALTER TABLE proposals ADD CONSTRAINT proposals_decision CHECK (
  (status = 'pending' AND decided_by IS NULL AND decided_at IS NULL)
  OR (status = 'approved' AND decided_by IS NOT NULL AND decided_at IS NOT NULL)
  OR (status = 'rejected' AND decided_by IS NOT NULL AND decided_at IS NOT NULL AND length(trim(reason)) > 0)
);
--> statement-breakpoint
ALTER TABLE proposals ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE proposals FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY proposals_read ON proposals FOR SELECT USING (
  ntm_role() IN ('police', 'culture')
  OR (ntm_role() = 'village' AND village_id = ntm_village())
);
--> statement-breakpoint
CREATE POLICY proposals_file ON proposals FOR INSERT WITH CHECK (
  ntm_role() = 'village' AND status = 'pending'
  AND village_id = ntm_village() AND proposed_by = ntm_user()
  AND (before_geom IS NULL OR ntm_village_at(commune_code, before_geom) = ntm_village())
  AND (after_geom IS NULL OR ntm_village_at(commune_code, after_geom) = ntm_village())
);
--> statement-breakpoint
CREATE POLICY proposals_decide ON proposals FOR UPDATE
  USING (ntm_role() IN ('police', 'culture') AND status = 'pending')
  WITH CHECK (ntm_role() IN ('police', 'culture') AND decided_by = ntm_user());
--> statement-breakpoint
-- The village of any business, whoever asks: lets the API answer a village head "403, another
-- village" instead of a bare "not found" for a row the policies hide. Reveals only the id.
CREATE FUNCTION ntm_village_of_business(business bigint) RETURNS integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT village_id FROM businesses WHERE id = business AND deleted_at IS NULL
$$;
