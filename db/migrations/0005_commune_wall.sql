-- Communes share one database (issue #21): every table under row-level security gets one more
-- policy, RESTRICTIVE, so that whatever a table's own policies let a role see or write, it sees
-- and writes only rows of the commune it acts in. The commune comes from `ntm.commune_code`: the
-- app's pool sets it for each connection (the instance's commune, db/src/client.ts), and a
-- transaction acting for an account sets it to that account's (SET LOCAL, queries/actor.ts).
-- Unset, no row at all: the wall fails closed. The accounts, sessions and tokens stay outside
-- it (a sign-in finds the account before anyone acts), as do the audit chain and the version
-- counters, which SECURITY DEFINER code writes for every commune.
CREATE FUNCTION ntm_commune() RETURNS text LANGUAGE sql STABLE AS $$
  SELECT nullif(current_setting('ntm.commune_code', true), '')
$$;
--> statement-breakpoint
-- The one place that says which communes' rows the acting transaction may touch: its own. The
-- province's roles will read across communes here.
CREATE FUNCTION ntm_in_commune(code text) RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT code = ntm_commune()
$$;
--> statement-breakpoint
-- Also the reference layers every role reads (roads, former communes, local events): under the
-- wall too, behind a policy that lets every role read them as before.
ALTER TABLE roads ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE roads FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY roads_read ON roads FOR SELECT USING (true);
--> statement-breakpoint
ALTER TABLE former_communes ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE former_communes FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY former_communes_read ON former_communes FOR SELECT USING (true);
--> statement-breakpoint
ALTER TABLE local_events ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE local_events FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY local_events_all ON local_events FOR ALL USING (true) WITH CHECK (true);
--> statement-breakpoint
DO $$
DECLARE
  target regclass;
BEGIN
  FOR target IN
    SELECT c.oid::regclass
    FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace
    JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'commune_code' AND NOT a.attisdropped
    WHERE c.relkind IN ('r', 'p') AND c.relrowsecurity AND n.nspname IN ('public', 'support')
  LOOP
    EXECUTE format(
      'CREATE POLICY commune_wall ON %s AS RESTRICTIVE FOR ALL'
      ' USING (ntm_in_commune(commune_code)) WITH CHECK (ntm_in_commune(commune_code))',
      target);
  END LOOP;
END
$$;
