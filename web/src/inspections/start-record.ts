import type { Role } from '../api/auth-client';
import type { InspectionKind, TeamMember } from '../api/inspection-client';
import { emptyDraft, type FieldRecord, newRecordKey } from './field-record';
import type { OutboxStore } from './outbox-store';

/** The signed-in officer as the first team member, with the agency their role stands for. */
export function selfAsMember(displayName: string, role: Role): TeamMember {
  return { name: displayName, agency: role === 'culture' ? 'Phòng VH-XH' : 'Công an xã' };
}

/**
 * Opens a record for a business (a new inspection) or for a scheduled one: the draft already
 * on the phone for it if there is one (nothing typed is started over), else a new draft with
 * its own idempotency key, kept at once. Returns the record's key.
 */
export async function startRecord(
  store: OutboxStore,
  start: {
    userId: string;
    business: { id: number; name: string };
    target: FieldRecord['target'];
    team: TeamMember[];
    kind?: InspectionKind;
  },
): Promise<string> {
  const mine = await store.list(start.userId);
  const same = mine.find(
    (r) =>
      r.state === 'draft' &&
      r.business.id === start.business.id &&
      r.target.kind === start.target.kind &&
      (r.target.kind === 'new' ||
        (start.target.kind === 'scheduled' && r.target.inspectionId === start.target.inspectionId)),
  );
  if (same) return same.key;
  const now = Date.now();
  const record: FieldRecord = {
    key: newRecordKey(),
    userId: start.userId,
    createdAt: now,
    updatedAt: now,
    state: 'draft',
    target: start.target,
    business: start.business,
    draft: emptyDraft(new Date(now), start.team, start.kind),
    attempts: 0,
    nextAttemptAt: null,
    error: null,
  };
  await store.put(record);
  return record.key;
}

export const draftParam = 'ban-nhap';

/** The inspections page with one record's form open. */
export const recordPath = (key: string) => `/kiem-tra?${draftParam}=${encodeURIComponent(key)}`;
