-- Tips: police hold the rows; culture and village heads may take a tip in (intake) and follow
-- the ones they took in; reporters are police-only and kept apart. Category and channel are
-- checked here as well as in the API. pg_trgm finds tips with similar text (duplicates).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE INDEX tips_description_trgm_idx ON tips USING gin (description gin_trgm_ops);
--> statement-breakpoint
ALTER TABLE tips ADD CONSTRAINT tips_category_known CHECK (
  category IN ('nghi-mua-ban-dam', 'co-so-tra-hinh', 'quang-cao-truc-tuyen', 'moi-gioi', 'khac')
);
--> statement-breakpoint
ALTER TABLE tips ADD CONSTRAINT tips_not_own_duplicate CHECK (duplicate_of IS NULL OR duplicate_of <> id);
--> statement-breakpoint
ALTER TABLE tips ADD CONSTRAINT tips_transfer_documented CHECK (
  status <> 'transferred' OR transferred_to IS NULL OR transfer_document IS NOT NULL
);
--> statement-breakpoint
ALTER TABLE tips ADD CONSTRAINT tips_precision_range CHECK (precision_meters BETWEEN 0 AND 5000);
--> statement-breakpoint

DROP POLICY tips_police ON tips;
--> statement-breakpoint
CREATE POLICY tips_read ON tips FOR SELECT
  USING (ntm_role() = 'police' OR (created_by IS NOT NULL AND created_by = ntm_user()));
--> statement-breakpoint
CREATE POLICY tips_intake ON tips FOR INSERT WITH CHECK (
  ntm_role() = 'police'
  OR (ntm_role() IN ('culture', 'village') AND created_by = ntm_user() AND status = 'received')
);
--> statement-breakpoint
CREATE POLICY tips_handle ON tips FOR UPDATE
  USING (ntm_role() = 'police') WITH CHECK (ntm_role() = 'police');
--> statement-breakpoint

DROP POLICY tip_events_police ON tip_events;
--> statement-breakpoint
CREATE POLICY tip_events_read ON tip_events FOR SELECT USING (ntm_role() = 'police');
--> statement-breakpoint
CREATE POLICY tip_events_write ON tip_events FOR INSERT WITH CHECK (
  ntm_role() = 'police'
  OR (ntm_role() IN ('culture', 'village') AND to_status = 'received' AND user_id = ntm_user())
);
--> statement-breakpoint

GRANT SELECT, INSERT, UPDATE ON tip_reporters TO ntm_app;
--> statement-breakpoint
ALTER TABLE tip_reporters ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE tip_reporters FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tip_reporters_police ON tip_reporters FOR ALL
  USING (ntm_role() = 'police') WITH CHECK (ntm_role() = 'police');
--> statement-breakpoint
-- Whoever takes a tip in writes down who gave it, and cannot read it back.
CREATE POLICY tip_reporters_intake ON tip_reporters FOR INSERT
  WITH CHECK (ntm_role() IN ('culture', 'village'));
