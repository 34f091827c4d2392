-- Lists in pages (issue #20): the tips list reads its open tips (a few percent of them, whose
-- deadlines it computes and sorts) through this index, and the closed ones newest first
-- through tips_received_at_idx. The open statuses are written out (domain/src/tips/workflow.ts
-- closes the others): row-level security lets a scan use an index only on a condition it can
-- prove from the query's own text, as no enum comparison is leakproof.
CREATE INDEX IF NOT EXISTS "tips_open_received_idx" ON "tips" USING btree ("received_at")
  WHERE "status" IN ('received', 'verified', 'classified');
