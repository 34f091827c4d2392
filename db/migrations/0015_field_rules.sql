-- Who may touch the field records (row-level security, as in 0008), and the public tip form's
-- three doors: file a tip, read its status, add to it, each through a function that runs with
-- the owner's rights and takes only what the form sends. The owner is expected to bypass
-- row-level security (a superuser locally, a BYPASSRLS role in production).
GRANT SELECT, INSERT, UPDATE ON inspection_tips, attachments, online_violations TO ntm_app;
--> statement-breakpoint
GRANT SELECT, INSERT, DELETE ON inspection_tips TO ntm_app;
--> statement-breakpoint
GRANT SELECT ON tip_additions TO ntm_app;
--> statement-breakpoint
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO ntm_app;
--> statement-breakpoint

ALTER TABLE inspection_tips ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE inspection_tips FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY inspection_tips_team ON inspection_tips FOR ALL
  USING (ntm_role() IN ('police', 'culture')) WITH CHECK (ntm_role() IN ('police', 'culture'));
--> statement-breakpoint

ALTER TABLE attachments ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE attachments FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
-- A tip's files follow the tip (police, or whoever took it in); an inspection's, the team.
CREATE POLICY attachments_by_owner ON attachments FOR ALL
  USING (
    (owner_kind = 'tip' AND (ntm_role() = 'police' OR created_by = ntm_user()))
    OR (owner_kind = 'inspection' AND ntm_role() IN ('police', 'culture'))
  )
  WITH CHECK (
    (owner_kind = 'tip' AND (ntm_role() = 'police' OR (ntm_role() IN ('culture', 'village') AND created_by = ntm_user())))
    OR (owner_kind = 'inspection' AND ntm_role() IN ('police', 'culture'))
  );
--> statement-breakpoint

ALTER TABLE online_violations ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE online_violations FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY online_violations_police ON online_violations FOR ALL
  USING (ntm_role() = 'police') WITH CHECK (ntm_role() = 'police');
--> statement-breakpoint

-- No grant on public_tip_codes at all: only the functions below read it.
ALTER TABLE public_tip_codes ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE public_tip_codes FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE tip_additions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE tip_additions FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tip_additions_police ON tip_additions FOR SELECT USING (ntm_role() = 'police');
--> statement-breakpoint

-- Files a tip from the public form: channel public-form, received now, anonymous unless a
-- contact is given (then it goes to the police-only reporter table). Returns the tip's id.
CREATE FUNCTION ntm_public_tip_file(
  commune text, code_hash text, category text, description text,
  lng double precision, lat double precision, precision_meters integer,
  contact_name text, contact_phone text
) RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  new_id bigint;
BEGIN
  INSERT INTO tips (commune_code, received_at, channel, category, description, geom, precision_meters)
  VALUES (commune, now(), 'public-form', category, description,
          CASE WHEN lng IS NULL THEN NULL ELSE ST_SetSRID(ST_MakePoint(lng, lat), 4326) END,
          coalesce(precision_meters, 0))
  RETURNING id INTO new_id;
  INSERT INTO tip_events (commune_code, tip_id, from_status, to_status, at, note)
  VALUES (commune, new_id, NULL, 'received', now(), 'Tiếp nhận qua biểu mẫu công khai');
  INSERT INTO public_tip_codes (tip_id, commune_code, code_hash) VALUES (new_id, commune, code_hash);
  IF contact_name IS NOT NULL OR contact_phone IS NOT NULL THEN
    INSERT INTO tip_reporters (tip_id, commune_code, name, phone)
    VALUES (new_id, commune, contact_name, contact_phone);
  END IF;
  RETURN new_id;
END $$;
--> statement-breakpoint
-- What the code's holder may know: the state and when it last changed, nothing else.
CREATE FUNCTION ntm_public_tip_status(code_hash text)
RETURNS TABLE (status tip_status, received_at timestamptz, changed_at timestamptz, additions integer)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT t.status, t.received_at,
         (SELECT max(e.at) FROM tip_events e WHERE e.tip_id = t.id),
         (SELECT count(*)::integer FROM tip_additions a WHERE a.tip_id = t.id)
    FROM public_tip_codes c JOIN tips t ON t.id = c.tip_id
   WHERE c.code_hash = ntm_public_tip_status.code_hash
$$;
--> statement-breakpoint
-- Adds the holder's further information to their tip; false for an unknown code.
CREATE FUNCTION ntm_public_tip_add(code_hash text, body text) RETURNS boolean
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  found_tip bigint;
BEGIN
  SELECT c.tip_id INTO found_tip FROM public_tip_codes c WHERE c.code_hash = ntm_public_tip_add.code_hash;
  IF found_tip IS NULL THEN
    RETURN false;
  END IF;
  INSERT INTO tip_additions (commune_code, tip_id, body)
  SELECT t.commune_code, t.id, body FROM tips t WHERE t.id = found_tip;
  RETURN true;
END $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION ntm_public_tip_file(text, text, text, text, double precision, double precision, integer, text, text) FROM PUBLIC;
--> statement-breakpoint
REVOKE ALL ON FUNCTION ntm_public_tip_status(text) FROM PUBLIC;
--> statement-breakpoint
REVOKE ALL ON FUNCTION ntm_public_tip_add(text, text) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION ntm_public_tip_file(text, text, text, text, double precision, double precision, integer, text, text) TO ntm_app;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION ntm_public_tip_status(text) TO ntm_app;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION ntm_public_tip_add(text, text) TO ntm_app;
--> statement-breakpoint
-- A photo or PDF the citizen sends with the form, already checked and stored by the API.
CREATE FUNCTION ntm_public_tip_attach(
  code_hash text, file_name text, media_type text, size_bytes integer, sha256 text, storage_key text
) RETURNS boolean
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  found_tip bigint;
BEGIN
  SELECT c.tip_id INTO found_tip FROM public_tip_codes c WHERE c.code_hash = ntm_public_tip_attach.code_hash;
  IF found_tip IS NULL THEN
    RETURN false;
  END IF;
  INSERT INTO attachments (commune_code, owner_kind, owner_id, file_name, media_type, size_bytes, sha256, storage_key)
  SELECT t.commune_code, 'tip', t.id, file_name, media_type, size_bytes, sha256, storage_key
    FROM tips t WHERE t.id = found_tip;
  RETURN true;
END $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION ntm_public_tip_attach(text, text, text, integer, text, text) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION ntm_public_tip_attach(text, text, text, integer, text, text) TO ntm_app;
