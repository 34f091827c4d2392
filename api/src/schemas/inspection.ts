// zod-only: safe to import from the web bundle (the phone's form checks with the same rules).
import {
  inspectionKinds,
  inspectionMeasures,
  inspectionResults,
  inspectionViolations,
  teamAgencies,
} from '@ntm/db/schema/values';
import { z } from 'zod';
import { idParam, pointGeometry } from './geojson';
import { isoDate, isoInstant } from './instant';

export { teamAgencies };

const text = (min: number, max: number) => z.string().trim().min(min).max(max);
const instant = isoInstant;

/**
 * The phone's own key for one record, made when the record is created (a UUID in practice):
 * a retry with the same key finds the first one instead of making a second.
 */
export const idempotencyKey = z
  .string()
  .regex(/^[A-Za-z0-9_-]{8,100}$/, 'khóa chống trùng: 8–100 ký tự chữ, số, - hoặc _');

export const teamMember = z.strictObject({
  name: text(2, 120),
  agency: z.enum(teamAgencies),
});

const team = z
  .array(teamMember)
  .min(1, 'đoàn kiểm tra cần ít nhất một thành viên')
  .max(20)
  .refine((members) => new Set(members.map((m) => m.name)).size === members.length, {
    message: 'một thành viên chỉ ghi một lần',
  });

const uniqueList = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .array(z.enum(values))
    .max(values.length)
    .refine((list) => new Set(list).size === list.length, { message: 'mỗi mục chỉ chọn một lần' });

const tipIds = z
  .array(idParam)
  .max(50)
  .refine((ids) => new Set(ids).size === ids.length, { message: 'mỗi tin báo chỉ ghi một lần' });

/** What the team found and did at the door. */
const outcome = {
  /** When the team got there; never in the future (checked against the server's clock). */
  arrivedAt: instant,
  /** Who was at the premises (names or roles: owner, manager, staff, guests). */
  peoplePresent: z.array(text(1, 120)).max(50).default([]),
  result: z.enum(inspectionResults),
  violations: uniqueList(inspectionViolations).default([]),
  measures: uniqueList(inspectionMeasures).default([]),
  fineVnd: z.number().int().positive().max(10_000_000_000).nullable().optional(),
  fineDecisionNumber: text(1, 60).nullable().optional(),
  findings: text(1, 4000).nullable().optional(),
  followUpOn: isoDate.nullable().optional(),
  /** The tips this inspection answers (police only: only they see tips). */
  tipIds: tipIds.default([]),
  idempotencyKey: idempotencyKey.optional(),
};

type Outcome = {
  result: string;
  violations: string[];
  measures: string[];
  fineVnd?: number | null;
  fineDecisionNumber?: string | null;
};

/** The rules between the fields, as named reasons the form can show beside the right field. */
export function outcomeProblems(o: Outcome): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  const fined = o.measures.includes('fine');
  if (fined && !o.fineVnd)
    problems.push({ path: 'fineVnd', message: 'Phạt tiền cần ghi số tiền phạt' });
  if (fined && !o.fineDecisionNumber)
    problems.push({
      path: 'fineDecisionNumber',
      message: 'Phạt tiền cần ghi số quyết định xử phạt',
    });
  if (!fined && (o.fineVnd || o.fineDecisionNumber))
    problems.push({
      path: 'measures',
      message: 'Có số tiền phạt thì cần chọn biện pháp phạt tiền',
    });
  if (o.result === 'no-violation' && o.violations.length > 0)
    problems.push({ path: 'violations', message: 'Kết quả không vi phạm thì không ghi vi phạm' });
  if (o.result === 'violation' && o.violations.length === 0)
    problems.push({
      path: 'violations',
      message: 'Kết quả có vi phạm cần chọn ít nhất một vi phạm',
    });
  return problems;
}

const checkOutcome = (o: Outcome, ctx: z.RefinementCtx) => {
  for (const problem of outcomeProblems(o))
    ctx.addIssue({ code: 'custom', path: [problem.path], message: problem.message });
};

/** POST /api/inspections: an inspection recorded at the door, not scheduled beforehand. */
export const recordInspectionBody = z
  .strictObject({
    businessId: idParam,
    kind: z.enum(inspectionKinds).default('surprise'),
    /** When the inspection began, if before arrival is not the same; defaults to arrival. */
    startedAt: instant.optional(),
    team,
    /** Where it took place, if not at the business's own position. */
    location: pointGeometry.optional(),
    ...outcome,
  })
  .superRefine(checkOutcome);

/** POST /api/inspections/{id}/record: the result of a scheduled inspection. */
export const recordScheduledBody = z
  .strictObject({
    /** The team as it went (defaults to the scheduled team). */
    team: team.optional(),
    location: pointGeometry.optional(),
    ...outcome,
  })
  .superRefine(checkOutcome);

/** POST /api/inspections/schedule: planned (theo kế hoạch) or surprise (đột xuất), ahead. */
export const scheduleInspectionBody = z.strictObject({
  businessId: idParam,
  kind: z.enum(inspectionKinds),
  plannedAt: instant,
  team,
  note: text(1, 2000).nullable().optional(),
  tipIds: tipIds.default([]),
  idempotencyKey: idempotencyKey.optional(),
});

/** POST /api/inspections/{id}/cancel: only a scheduled one, with the reason. */
export const cancelInspectionBody = z.strictObject({ reason: text(3, 1000) });

export type RecordInspectionBody = z.input<typeof recordInspectionBody>;
export type RecordScheduledBody = z.input<typeof recordScheduledBody>;
export type ScheduleInspectionBody = z.input<typeof scheduleInspectionBody>;
export type TeamMember = z.infer<typeof teamMember>;
