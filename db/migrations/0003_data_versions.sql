-- Every table whose rows the computed answers read (risk, the risk grid, the plan's indicators,
-- the hot spots) moves on its commune's counter in layer_versions when written, as the tiled
-- layers' tables already do (0001): a cached answer is named by the counters it was computed
-- under, so a write names new answers in every process at once and no cache has to forget.
-- The one counting function of 0001 learns to name a table outside `public` as `schema.table`
-- (the support schema's); the names of public tables, which the tile addresses use, stay.
CREATE OR REPLACE FUNCTION ntm_bump_layer_version() RETURNS trigger
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  counted text := CASE WHEN TG_TABLE_SCHEMA = 'public' THEN TG_TABLE_NAME
                       ELSE TG_TABLE_SCHEMA || '.' || TG_TABLE_NAME END;
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    UPDATE layer_versions SET version = version + 1 WHERE layer = counted;
  ELSE
    INSERT INTO layer_versions (commune_code, layer, version)
    SELECT DISTINCT commune_code, counted, 1 FROM changed
    ON CONFLICT (commune_code, layer) DO UPDATE SET version = layer_versions.version + 1;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
-- Businesses and tips are counted by their tile triggers already. Left out: sessions, tokens,
-- the audit log, import staging, route plans, roads and attachments, which no such answer reads.
-- Each table gets a trigger per kind of write: `<schema>_<table>_versions_<write>`.
DO $$
DECLARE
  target text;
  write text;
BEGIN
  FOREACH target IN ARRAY ARRAY[
    'public.agencies', 'public.business_versions', 'public.commune_boundaries', 'public.communes',
    'public.communication_activities', 'public.inspection_tips', 'public.inspections',
    'public.key_areas', 'public.local_events', 'public.officers', 'public.online_violations',
    'public.periodic_reports', 'public.plan_documents', 'public.proposals',
    'public.registry_reviews', 'public.report_submissions', 'public.risk_weight_sets',
    'public.tip_events', 'public.trainings', 'public.village_boundaries', 'public.villages',
    'support.cases', 'support.referrals'] LOOP
    FOREACH write IN ARRAY ARRAY['insert', 'update', 'delete'] LOOP
      EXECUTE format('CREATE TRIGGER %I AFTER %s ON %s REFERENCING %s TABLE AS changed '
        'FOR EACH STATEMENT EXECUTE FUNCTION ntm_bump_layer_version()',
        replace(target, '.', '_') || '_versions_' || write, upper(write), target,
        CASE write WHEN 'delete' THEN 'OLD' ELSE 'NEW' END);
    END LOOP;
    EXECUTE format('CREATE TRIGGER %I AFTER TRUNCATE ON %s '
      'FOR EACH STATEMENT EXECUTE FUNCTION ntm_bump_layer_version()',
      replace(target, '.', '_') || '_versions_truncate', target);
  END LOOP;
END
$$;
