CREATE SCHEMA "support";
--> statement-breakpoint
CREATE TYPE "public"."communication_audience" AS ENUM('residents', 'youth-students', 'workers', 'business-owners', 'officers', 'online');--> statement-breakpoint
CREATE TYPE "public"."plan_agency_kind" AS ENUM('health', 'police', 'culture', 'military', 'office', 'economy', 'school', 'public-services', 'front');--> statement-breakpoint
CREATE TYPE "public"."referral_outcome" AS ENUM('pending', 'connected', 'declined', 'not-eligible');--> statement-breakpoint
CREATE TYPE "public"."registry_review_outcome" AS ENUM('confirmed', 'corrected', 'closed-found');--> statement-breakpoint
CREATE TYPE "public"."report_channel" AS ENUM('electronic', 'paper');--> statement-breakpoint
CREATE TYPE "public"."report_state" AS ENUM('draft', 'reviewed', 'approved', 'sent');--> statement-breakpoint
CREATE TYPE "public"."support_service" AS ENUM('health', 'social', 'vocational', 'employment', 'legal-aid');--> statement-breakpoint
CREATE TABLE "agencies" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "agencies_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"commune_code" text NOT NULL,
	"kind" "plan_agency_kind" NOT NULL,
	"name" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE "communication_activities" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "communication_activities_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"commune_code" text NOT NULL,
	"held_on" date NOT NULL,
	"title" text NOT NULL,
	"place_name" text NOT NULL,
	"geom" geometry(Point,4326),
	"village_id" integer,
	"audience" "communication_audience" NOT NULL,
	"reach" integer NOT NULL,
	"organiser" "plan_agency_kind" NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "officers" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "officers_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"commune_code" text NOT NULL,
	"agency_id" integer NOT NULL,
	"full_name" text NOT NULL,
	"position" text NOT NULL,
	"user_id" integer,
	"active" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE "periodic_reports" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "periodic_reports_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"commune_code" text NOT NULL,
	"period" text NOT NULL,
	"version" integer NOT NULL,
	"state" "report_state" DEFAULT 'draft' NOT NULL,
	"number" text,
	"narrative" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"snapshot" jsonb,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"reviewed_by" integer,
	"reviewed_at" timestamp with time zone,
	"approved_by" integer,
	"approved_at" timestamp with time zone,
	"sent_by" integer,
	"sent_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "plan_documents" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "plan_documents_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"commune_code" text NOT NULL,
	"year" integer NOT NULL,
	"number" text NOT NULL,
	"issued_on" date NOT NULL,
	"title" text NOT NULL,
	"signed_by" text,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "registry_reviews" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "registry_reviews_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"commune_code" text NOT NULL,
	"business_id" bigint NOT NULL,
	"reviewed_on" date NOT NULL,
	"reviewed_by" integer,
	"outcome" "registry_review_outcome" NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_submissions" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "report_submissions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"commune_code" text NOT NULL,
	"agency_id" integer NOT NULL,
	"period" text NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	"channel" "report_channel" NOT NULL,
	"received_by" integer,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "support"."cases" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "support"."cases_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"commune_code" text NOT NULL,
	"code" text NOT NULL,
	"village_id" integer,
	"opened_on" date NOT NULL,
	"needs" "support_service"[] NOT NULL,
	"eligible" boolean NOT NULL,
	"consent_on" date,
	"counselled_on" date,
	"closed_on" date,
	"note" text,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cases_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "support"."referrals" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "support"."referrals_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"commune_code" text NOT NULL,
	"case_id" bigint NOT NULL,
	"service" "support_service" NOT NULL,
	"referred_on" date NOT NULL,
	"outcome" "referral_outcome" DEFAULT 'pending' NOT NULL,
	"outcome_on" date,
	"note" text,
	"created_by" integer
);
--> statement-breakpoint
CREATE TABLE "trainings" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "trainings_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"commune_code" text NOT NULL,
	"officer_id" integer NOT NULL,
	"course" text NOT NULL,
	"held_on" date NOT NULL,
	"hours" integer,
	"provider" text,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "agencies" ADD CONSTRAINT "agencies_commune_code_communes_commune_code_fk" FOREIGN KEY ("commune_code") REFERENCES "public"."communes"("commune_code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "communication_activities" ADD CONSTRAINT "communication_activities_commune_code_communes_commune_code_fk" FOREIGN KEY ("commune_code") REFERENCES "public"."communes"("commune_code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "communication_activities" ADD CONSTRAINT "communication_activities_village_id_villages_id_fk" FOREIGN KEY ("village_id") REFERENCES "public"."villages"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "communication_activities" ADD CONSTRAINT "communication_activities_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "officers" ADD CONSTRAINT "officers_commune_code_communes_commune_code_fk" FOREIGN KEY ("commune_code") REFERENCES "public"."communes"("commune_code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "officers" ADD CONSTRAINT "officers_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "officers" ADD CONSTRAINT "officers_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "periodic_reports" ADD CONSTRAINT "periodic_reports_commune_code_communes_commune_code_fk" FOREIGN KEY ("commune_code") REFERENCES "public"."communes"("commune_code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "periodic_reports" ADD CONSTRAINT "periodic_reports_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "periodic_reports" ADD CONSTRAINT "periodic_reports_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "periodic_reports" ADD CONSTRAINT "periodic_reports_approved_by_users_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "periodic_reports" ADD CONSTRAINT "periodic_reports_sent_by_users_id_fk" FOREIGN KEY ("sent_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_documents" ADD CONSTRAINT "plan_documents_commune_code_communes_commune_code_fk" FOREIGN KEY ("commune_code") REFERENCES "public"."communes"("commune_code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_documents" ADD CONSTRAINT "plan_documents_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registry_reviews" ADD CONSTRAINT "registry_reviews_commune_code_communes_commune_code_fk" FOREIGN KEY ("commune_code") REFERENCES "public"."communes"("commune_code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registry_reviews" ADD CONSTRAINT "registry_reviews_business_id_businesses_id_fk" FOREIGN KEY ("business_id") REFERENCES "public"."businesses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registry_reviews" ADD CONSTRAINT "registry_reviews_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_submissions" ADD CONSTRAINT "report_submissions_commune_code_communes_commune_code_fk" FOREIGN KEY ("commune_code") REFERENCES "public"."communes"("commune_code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_submissions" ADD CONSTRAINT "report_submissions_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_submissions" ADD CONSTRAINT "report_submissions_received_by_users_id_fk" FOREIGN KEY ("received_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support"."cases" ADD CONSTRAINT "cases_commune_code_communes_commune_code_fk" FOREIGN KEY ("commune_code") REFERENCES "public"."communes"("commune_code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support"."cases" ADD CONSTRAINT "cases_village_id_villages_id_fk" FOREIGN KEY ("village_id") REFERENCES "public"."villages"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support"."cases" ADD CONSTRAINT "cases_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support"."referrals" ADD CONSTRAINT "referrals_commune_code_communes_commune_code_fk" FOREIGN KEY ("commune_code") REFERENCES "public"."communes"("commune_code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support"."referrals" ADD CONSTRAINT "referrals_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "support"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support"."referrals" ADD CONSTRAINT "referrals_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trainings" ADD CONSTRAINT "trainings_commune_code_communes_commune_code_fk" FOREIGN KEY ("commune_code") REFERENCES "public"."communes"("commune_code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trainings" ADD CONSTRAINT "trainings_officer_id_officers_id_fk" FOREIGN KEY ("officer_id") REFERENCES "public"."officers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trainings" ADD CONSTRAINT "trainings_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "agencies_name_idx" ON "agencies" USING btree ("commune_code","name");--> statement-breakpoint
CREATE INDEX "communication_activities_geom_idx" ON "communication_activities" USING gist ("geom");--> statement-breakpoint
CREATE INDEX "communication_activities_day_idx" ON "communication_activities" USING btree ("commune_code","held_on");--> statement-breakpoint
CREATE INDEX "officers_agency_idx" ON "officers" USING btree ("agency_id");--> statement-breakpoint
CREATE UNIQUE INDEX "periodic_reports_version_idx" ON "periodic_reports" USING btree ("commune_code","period","version");--> statement-breakpoint
CREATE INDEX "periodic_reports_period_idx" ON "periodic_reports" USING btree ("commune_code","period");--> statement-breakpoint
CREATE UNIQUE INDEX "plan_documents_number_idx" ON "plan_documents" USING btree ("commune_code","year","number");--> statement-breakpoint
CREATE INDEX "registry_reviews_day_idx" ON "registry_reviews" USING btree ("commune_code","reviewed_on");--> statement-breakpoint
CREATE INDEX "registry_reviews_business_idx" ON "registry_reviews" USING btree ("business_id");--> statement-breakpoint
CREATE UNIQUE INDEX "report_submissions_agency_period_idx" ON "report_submissions" USING btree ("agency_id","period");--> statement-breakpoint
CREATE INDEX "support_cases_opened_idx" ON "support"."cases" USING btree ("commune_code","opened_on");--> statement-breakpoint
CREATE INDEX "support_referrals_case_idx" ON "support"."referrals" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "trainings_day_idx" ON "trainings" USING btree ("commune_code","held_on");--> statement-breakpoint
CREATE INDEX "trainings_officer_idx" ON "trainings" USING btree ("officer_id");--> statement-breakpoint
-- Issue #8: the records behind the plan's indicators, the periodic report and the support wall.
-- Who may read and write what (ARCHITECTURE.md §4), enforced again here by row-level security.
CREATE FUNCTION ntm_plan_reader() RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT ntm_role() IN ('leadership', 'police', 'health', 'culture')
$$;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON plan_documents, registry_reviews, communication_activities,
  agencies, officers, trainings, report_submissions, periodic_reports TO ntm_app;
--> statement-breakpoint
GRANT DELETE ON trainings, communication_activities TO ntm_app;
--> statement-breakpoint
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO ntm_app;
--> statement-breakpoint
ALTER TABLE plan_documents ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY plan_documents_read ON plan_documents FOR SELECT USING (ntm_plan_reader());
--> statement-breakpoint
CREATE POLICY plan_documents_write ON plan_documents FOR INSERT WITH CHECK (ntm_role() = 'health');
--> statement-breakpoint
CREATE POLICY plan_documents_update ON plan_documents FOR UPDATE
  USING (ntm_role() = 'health') WITH CHECK (ntm_role() = 'health');
--> statement-breakpoint
ALTER TABLE registry_reviews ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY registry_reviews_read ON registry_reviews FOR SELECT USING (ntm_plan_reader());
--> statement-breakpoint
CREATE POLICY registry_reviews_write ON registry_reviews FOR INSERT
  WITH CHECK (ntm_role() IN ('police', 'culture'));
--> statement-breakpoint
ALTER TABLE communication_activities ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
-- Where a talk was held is not sensitive: every signed-in role may see it on the map.
CREATE POLICY communication_activities_read ON communication_activities FOR SELECT
  USING (ntm_role() IS NOT NULL);
--> statement-breakpoint
CREATE POLICY communication_activities_write ON communication_activities FOR ALL
  USING (ntm_role() IN ('culture', 'health')) WITH CHECK (ntm_role() IN ('culture', 'health'));
--> statement-breakpoint
ALTER TABLE agencies ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY agencies_read ON agencies FOR SELECT USING (ntm_plan_reader());
--> statement-breakpoint
CREATE POLICY agencies_write ON agencies FOR ALL
  USING (ntm_role() = 'health') WITH CHECK (ntm_role() = 'health');
--> statement-breakpoint
ALTER TABLE officers ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY officers_read ON officers FOR SELECT USING (ntm_plan_reader());
--> statement-breakpoint
CREATE POLICY officers_write ON officers FOR ALL
  USING (ntm_role() = 'health') WITH CHECK (ntm_role() = 'health');
--> statement-breakpoint
ALTER TABLE trainings ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY trainings_read ON trainings FOR SELECT USING (ntm_plan_reader());
--> statement-breakpoint
CREATE POLICY trainings_write ON trainings FOR ALL
  USING (ntm_role() = 'health') WITH CHECK (ntm_role() = 'health');
--> statement-breakpoint
ALTER TABLE report_submissions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY report_submissions_read ON report_submissions FOR SELECT USING (ntm_plan_reader());
--> statement-breakpoint
CREATE POLICY report_submissions_write ON report_submissions FOR ALL
  USING (ntm_role() = 'health') WITH CHECK (ntm_role() = 'health');
--> statement-breakpoint
ALTER TABLE periodic_reports ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY periodic_reports_read ON periodic_reports FOR SELECT USING (ntm_plan_reader());
--> statement-breakpoint
CREATE POLICY periodic_reports_insert ON periodic_reports FOR INSERT WITH CHECK (ntm_role() = 'health');
--> statement-breakpoint
-- A sent report is frozen: no role may change it (a new version is a new row).
CREATE POLICY periodic_reports_update ON periodic_reports FOR UPDATE
  USING (ntm_role() = 'health' AND state <> 'sent') WITH CHECK (ntm_role() = 'health');
--> statement-breakpoint
-- The support wall. The app's login role `ntm_app` has no grant on the schema at all; it may
-- only switch to `ntm_support` (SET LOCAL ROLE), which the API does for health sessions and
-- for nothing else, and row-level security then checks the session's role is health too.
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'ntm_support') THEN
    CREATE ROLE ntm_support NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
  END IF;
END $$;
--> statement-breakpoint
GRANT ntm_support TO ntm_app;
--> statement-breakpoint
-- Membership without inheritance (PostgreSQL 15 has no per-grant INHERIT FALSE): ntm_app is a
-- member of no other role, so this only stops it from using ntm_support's rights unswitched.
ALTER ROLE ntm_app NOINHERIT;
--> statement-breakpoint
REVOKE ALL ON SCHEMA support FROM PUBLIC;
--> statement-breakpoint
GRANT USAGE ON SCHEMA support TO ntm_support;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON support.cases, support.referrals TO ntm_support;
--> statement-breakpoint
GRANT USAGE ON ALL SEQUENCES IN SCHEMA support TO ntm_support;
--> statement-breakpoint
-- ntm_support still needs to read the few public tables a case refers to, and to audit.
GRANT USAGE ON SCHEMA public TO ntm_support;
--> statement-breakpoint
GRANT SELECT ON villages, communes TO ntm_support;
--> statement-breakpoint
GRANT SELECT, INSERT ON audit_log TO ntm_support;
--> statement-breakpoint
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO ntm_support;
--> statement-breakpoint
ALTER TABLE support.cases ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY cases_health ON support.cases FOR ALL
  USING (ntm_role() = 'health') WITH CHECK (ntm_role() = 'health');
--> statement-breakpoint
ALTER TABLE support.referrals ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY referrals_health ON support.referrals FOR ALL
  USING (ntm_role() = 'health') WITH CHECK (ntm_role() = 'health');
--> statement-breakpoint
-- The only way a number about support leaves the wall: counts per village, with the owner's
-- rights and no code, note or date of any one case. Small counts are still in it; the API
-- suppresses them (counts below 5 as "<5", plus a complementary cell) before they leave the
-- health role. For the period [from_on, to_on):
--   opened     cases opened in the period
--   eligible   cases in need and qualifying, open at some time in the period
--   reached    of those, counselled and connected to at least one service before to_on
--   connected  per service, cases connected to it in the period
CREATE FUNCTION ntm_support_counts(commune text, from_on date, to_on date)
RETURNS TABLE (village_id integer, opened integer, eligible integer, reached integer,
               connected_by_service jsonb)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  WITH c AS (
    SELECT sc.id, sc.village_id, sc.opened_on, sc.eligible, sc.counselled_on, sc.closed_on
      FROM support.cases sc
     WHERE sc.commune_code = commune AND sc.opened_on < to_on
       AND (sc.closed_on IS NULL OR sc.closed_on >= from_on)
  ), conn AS (
    SELECT r.case_id, r.service, min(r.outcome_on) AS on_day
      FROM support.referrals r
     WHERE r.commune_code = commune AND r.outcome = 'connected' AND r.outcome_on < to_on
     GROUP BY r.case_id, r.service
  ), per_case AS (
    SELECT c.*,
           EXISTS (SELECT 1 FROM conn WHERE conn.case_id = c.id) AS any_connected,
           (SELECT coalesce(jsonb_agg(conn.service), '[]'::jsonb) FROM conn
             WHERE conn.case_id = c.id AND conn.on_day >= from_on) AS services_in_period
      FROM c
  )
  SELECT p.village_id,
         count(*) FILTER (WHERE p.opened_on >= from_on)::integer,
         count(*) FILTER (WHERE p.eligible)::integer,
         count(*) FILTER (WHERE p.eligible AND p.counselled_on < to_on AND p.any_connected)::integer,
         coalesce((SELECT jsonb_object_agg(s, n) FROM (
           SELECT s.value #>> '{}' AS s, count(*) AS n
             FROM per_case q CROSS JOIN LATERAL jsonb_array_elements(q.services_in_period) s
            WHERE q.village_id IS NOT DISTINCT FROM p.village_id GROUP BY 1) x), '{}'::jsonb)
    FROM per_case p
   GROUP BY p.village_id
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION ntm_support_counts(text, date, date) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION ntm_support_counts(text, date, date) TO ntm_app;
