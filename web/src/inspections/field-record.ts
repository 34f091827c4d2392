import type {
  RecordInspectionBody,
  RecordScheduledBody,
  TeamMember,
} from '@ntm/api/schemas/inspection';
import { outcomeProblems } from '@ntm/api/schemas/inspection';
import { vietnamMinute } from '@ntm/domain/clock/vietnam-day';
import type {
  InspectionKind,
  InspectionMeasure,
  InspectionResult,
  InspectionViolation,
} from '../api/inspection-client';
import type { FieldPhoto } from './field-photos';

// One inspection record as the phone keeps it (IndexedDB) from the first tap to the server's
// answer: what was typed, where it goes, and how sending it went.

/** What the form holds, as typed (strings), so a half-filled form can be kept as it is. */
export interface InspectionDraft {
  kind: InspectionKind;
  /** `YYYY-MM-DDTHH:mm` in the commune's time (UTC+7, no daylight saving). */
  arrivedAt: string;
  team: TeamMember[];
  /** One person (name or role) per line. */
  peoplePresent: string;
  result: InspectionResult | '';
  violations: InspectionViolation[];
  measures: InspectionMeasure[];
  /** Digits only (dots and spaces typed as thousands separators are dropped). */
  fineVnd: string;
  fineDecisionNumber: string;
  findings: string;
  followUpOn: string;
  tipIds: number[];
  /** Photos taken at the door (absent in drafts kept before photos existed). */
  photos?: FieldPhoto[];
}

export type RecordState = 'draft' | 'pending' | 'failed';

export interface FieldRecord {
  /** The idempotency key, made when the record is created; the server keeps one row per key. */
  key: string;
  /** The account that made it: only that account's session sends it. */
  userId: string;
  createdAt: number;
  updatedAt: number;
  state: RecordState;
  target: { kind: 'new' } | { kind: 'scheduled'; inspectionId: number };
  business: { id: number; name: string };
  draft: InspectionDraft;
  attempts: number;
  /** Epoch ms of the next automatic attempt (pending records). */
  nextAttemptAt: number | null;
  /** The server's Vietnamese message when it refused the record. */
  error: string | null;
  /**
   * The inspection the server made of this record, once it answered: a retry then sends only
   * the photos still waiting, not the record again.
   */
  sentInspectionId?: number;
}

/** `YYYY-MM-DDTHH:mm` of an instant in the commune's time, for a datetime-local field. */
export function communeLocalInput(at: Date): string {
  return vietnamMinute(at);
}

/** A datetime-local value (commune time) as an ISO instant with its offset. */
export function instantOfInput(value: string): string {
  return `${value}:00+07:00`;
}

export function emptyDraft(now: Date, team: TeamMember[] = [], kind: InspectionKind = 'surprise') {
  return {
    kind,
    arrivedAt: communeLocalInput(now),
    team,
    peoplePresent: '',
    result: '',
    violations: [],
    measures: [],
    fineVnd: '',
    fineDecisionNumber: '',
    findings: '',
    followUpOn: '',
    tipIds: [],
    photos: [],
  } satisfies InspectionDraft as InspectionDraft;
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

const fineAmount = (text: string) => {
  const digits = text.replace(/[\s.,]/g, '');
  return /^\d+$/.test(digits) ? Number(digits) : null;
};

export type DraftProblem = { path: string; message: string };

/** What keeps the draft from being sent, field by field (the API checks the same again). */
export function draftProblems(draft: InspectionDraft, now: Date): DraftProblem[] {
  const problems: DraftProblem[] = [];
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(draft.arrivedAt))
    problems.push({ path: 'arrivedAt', message: 'Cần ghi thời điểm đến cơ sở' });
  else if (new Date(instantOfInput(draft.arrivedAt)).getTime() > now.getTime() + 60_000)
    problems.push({ path: 'arrivedAt', message: 'Thời điểm đến cơ sở không thể ở tương lai' });
  const members = draft.team.filter((m) => m.name.trim());
  if (members.length === 0)
    problems.push({ path: 'team', message: 'Đoàn kiểm tra cần ít nhất một thành viên' });
  if (draft.team.some((m) => m.name.trim() && m.name.trim().length < 2))
    problems.push({ path: 'team', message: 'Tên thành viên quá ngắn' });
  if (!draft.result) {
    problems.push({ path: 'result', message: 'Cần chọn kết quả kiểm tra' });
    return problems;
  }
  if (draft.fineVnd.trim() && fineAmount(draft.fineVnd) === null)
    problems.push({ path: 'fineVnd', message: 'Số tiền phạt chỉ gồm chữ số' });
  return [
    ...problems,
    ...outcomeProblems({
      result: draft.result,
      violations: draft.violations,
      measures: draft.measures,
      fineVnd: fineAmount(draft.fineVnd),
      fineDecisionNumber: draft.fineDecisionNumber.trim() || null,
    }),
  ];
}

/** The outcome as the API takes it, with the record's own idempotency key. */
function outcomeBody(record: FieldRecord) {
  const d = record.draft;
  const fined = d.measures.includes('fine');
  return {
    arrivedAt: instantOfInput(d.arrivedAt),
    peoplePresent: lines(d.peoplePresent),
    result: d.result as InspectionResult,
    violations: d.result === 'no-violation' ? [] : d.violations,
    measures: d.measures,
    fineVnd: fined ? fineAmount(d.fineVnd) : null,
    fineDecisionNumber: fined ? d.fineDecisionNumber.trim() || null : null,
    findings: d.findings.trim() || null,
    followUpOn: d.followUpOn || null,
    tipIds: d.tipIds,
    idempotencyKey: record.key,
  };
}

const teamOf = (d: InspectionDraft) =>
  d.team.filter((m) => m.name.trim()).map((m) => ({ name: m.name.trim(), agency: m.agency }));

/** POST /api/inspections for a new record. */
export function newInspectionBody(record: FieldRecord): RecordInspectionBody {
  return {
    businessId: record.business.id,
    kind: record.draft.kind,
    team: teamOf(record.draft),
    ...outcomeBody(record),
  };
}

/** POST /api/inspections/{id}/record for a scheduled one. */
export function scheduledRecordBody(record: FieldRecord): RecordScheduledBody {
  return { team: teamOf(record.draft), ...outcomeBody(record) };
}

/** A key no other phone will make: a random UUID (crypto.randomUUID needs a secure origin). */
export function newRecordKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
