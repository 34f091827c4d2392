CREATE TABLE "risk_weight_sets" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "risk_weight_sets_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"commune_code" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"trained_before" date NOT NULL,
	"method" text NOT NULL,
	"weights" jsonb NOT NULL,
	"fit" jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "risk_weight_sets" ADD CONSTRAINT "risk_weight_sets_commune_code_communes_commune_code_fk" FOREIGN KEY ("commune_code") REFERENCES "public"."communes"("commune_code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "risk_weight_sets_commune_idx" ON "risk_weight_sets" USING btree ("commune_code","trained_before");--> statement-breakpoint
-- No personal data in a weight set: leadership and police read it (the API checks too); only
-- the owner (`pnpm risk:calibrate`) writes it, so the app role gets no write grant at all.
GRANT SELECT ON risk_weight_sets TO ntm_app;
--> statement-breakpoint
ALTER TABLE risk_weight_sets ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY risk_weight_sets_read ON risk_weight_sets FOR SELECT
  USING (ntm_role() IN ('leadership', 'police'));
--> statement-breakpoint
-- What the calibration and the backtest count in a period [from_day, to_day] (Vietnam days):
-- independent tips (not duplicates, not unfounded) and recorded inspections with whether they
-- found a violation. Only kinds, times, businesses and places, never contents; owner's rights,
-- as tip and inspection rows are police-only and leadership reads the backtest.
CREATE FUNCTION ntm_risk_events(commune text, from_day date, to_day date)
RETURNS TABLE (
  kind text, business_id bigint, at timestamptz, found boolean,
  lng double precision, lat double precision
)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  WITH span AS (
    SELECT (from_day::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh') AS t0,
           ((to_day + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh') AS t1
  )
  SELECT 'tip', t.business_id, t.received_at, true,
         ST_X(coalesce(t.geom, b.geom)), ST_Y(coalesce(t.geom, b.geom))
    FROM tips t LEFT JOIN businesses b ON b.id = t.business_id, span s
   WHERE t.commune_code = commune AND t.duplicate_of IS NULL AND t.status <> 'unfounded'
     AND t.received_at >= s.t0 AND t.received_at < s.t1
  UNION ALL
  SELECT 'inspection', i.business_id, i.started_at,
         i.result IN ('violation', 'suspected', 'closed'), ST_X(b.geom), ST_Y(b.geom)
    FROM inspections i JOIN businesses b ON b.id = i.business_id, span s
   WHERE i.commune_code = commune AND i.status = 'recorded'
     AND i.started_at >= s.t0 AND i.started_at < s.t1
   ORDER BY 3
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION ntm_risk_events(text, date, date) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION ntm_risk_events(text, date, date) TO ntm_app;
