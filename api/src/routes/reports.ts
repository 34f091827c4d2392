import {
  findPeriodicReport,
  getPeriodicReport,
  healthAgencyId,
  insertPeriodicReport,
  listPeriodicReports,
  type PeriodicReportRow,
  periodVersions,
  recordElectronicSubmission,
  setPeriodicReportState,
  updatePeriodicReportText,
} from '@ntm/db/queries/periodic-reports';
import { vietnamToday } from '@ntm/domain/clock/vietnam-day';
import { firstIndicatorYear, lastIndicatorYear } from '@ntm/domain/indicators/year-clock';
import { renderCsv, renderJson } from '@ntm/domain/reports/csv';
import { renderDocx } from '@ntm/domain/reports/docx/report-docx';
import { defaultSummary, parsePeriod, reportData } from '@ntm/domain/reports/report-data';
import { reportFileName, reportMeta } from '@ntm/domain/reports/report-meta';
import { reportSteps } from '@ntm/domain/reports/report-steps';
import type { PeriodicReport, ReportData, ReportNarrative } from '@ntm/domain/reports/report-types';
import { renderXlsx } from '@ntm/domain/reports/xlsx';
import { Hono } from 'hono';
import { z } from 'zod';
import { inTransaction } from '../lib/actor';
import { ApiError, illegalTransition, notFound, orNotFound } from '../lib/api-error';
import type { AppEnv } from '../lib/app-env';
import { auditSource, recordAudit } from '../lib/audit-context';
import { downloadDisposition } from '../lib/download-name';
import { rowAndBody, rowWrite } from '../lib/row-write';
import { validate } from '../lib/validate';

type State = PeriodicReport['state'];

const stateNames: Record<State, string> = {
  draft: 'dự thảo',
  reviewed: 'đã rà soát',
  approved: 'đã phê duyệt',
  sent: 'đã gửi',
};

export const formats = {
  docx: {
    type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  },
  xlsx: { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  csv: { type: 'text/csv; charset=utf-8' },
  json: { type: 'application/json; charset=utf-8' },
} as const;

const periodField = z.string().trim().min(4).max(7);
const yearQuery = z.strictObject({
  year: z.coerce.number().int().min(firstIndicatorYear).max(lastIndicatorYear).optional(),
});
const createBody = z.strictObject({ period: periodField });
const text = z.string().max(20_000);
const patchBody = z
  .strictObject({
    /** Số ký hiệu as the office gives it: "12/BC-TYT". */
    number: z
      .string()
      .trim()
      .regex(/^\d{1,5}\/[A-ZĐ0-9-]{2,30}$/u, 'dạng 12/BC-TYT')
      .nullable()
      .optional(),
    narrative: z
      .strictObject({
        summary: text.optional(),
        difficulties: text.optional(),
        proposals: text.optional(),
      })
      .optional(),
  })
  .refine((b) => b.number !== undefined || b.narrative !== undefined, 'không có gì để sửa');
const transitionBody = z.strictObject({ to: z.enum(['draft', 'reviewed', 'approved', 'sent']) });
const periodicQuery = z.strictObject({
  period: periodField,
  format: z.enum(['docx', 'xlsx', 'csv', 'json']),
  version: z.coerce.number().int().min(1).max(10_000).optional(),
});

/** The stored free text with every part present. */
const narrativeOf = (row: PeriodicReportRow): ReportNarrative => ({
  summary: row.narrative.summary ?? '',
  difficulties: row.narrative.difficulties ?? '',
  proposals: row.narrative.proposals ?? '',
});

const recordOf = (row: PeriodicReportRow): PeriodicReport => ({
  id: row.id,
  period: row.period,
  version: row.version,
  state: row.state,
  number: row.number,
  narrative: narrativeOf(row),
  createdAt: row.createdAt,
  createdBy: row.createdBy,
  reviewedAt: row.reviewedAt,
  reviewedBy: row.reviewedBy,
  approvedAt: row.approvedAt,
  approvedBy: row.approvedBy,
  sentAt: row.sentAt,
  sentBy: row.sentBy,
});

/**
 * The record to change, locked. Row-level security hides a sent report from FOR UPDATE (its
 * update policy excludes sent rows), so it is read first to tell "sent" (409) from "no such
 * report" (404).
 */
async function reportToChange(
  tx: Parameters<typeof getPeriodicReport>[0],
  communeCode: string,
  id: number,
): Promise<PeriodicReportRow> {
  const row = orNotFound(await getPeriodicReport(tx, { communeCode, id }), 'Báo cáo');
  const locked =
    row.state === 'sent'
      ? undefined
      : await getPeriodicReport(tx, { communeCode, id, forUpdate: true });
  return locked ?? { ...row, state: 'sent' };
}

const isUniqueViolation = (e: unknown) =>
  typeof e === 'object' && e !== null && (e as { code?: string }).code === '23505';

/** Báo cáo định kỳ: the records (health writes, the plan's readers read) and the report's files. */
export const reports = new Hono<AppEnv>()
  .get('/', validate('query', yearQuery), async (c) => {
    const { env, now } = c.get('deps');
    const year = c.req.valid('query').year ?? Number(vietnamToday(now()).slice(0, 4));
    const rows = await inTransaction(c, (tx) => listPeriodicReports(tx, env.COMMUNE_CODE, year));
    return c.json({ year, reports: rows.map(recordOf) });
  })
  .get('/periodic', validate('query', periodicQuery), async (c) => {
    const { env, now } = c.get('deps');
    const q = c.req.valid('query');
    const period = parsePeriod(q.period);
    const at = now();
    const { data, meta } = await inTransaction(c, async (tx) => {
      const row = await findPeriodicReport(tx, env.COMMUNE_CODE, period.code, q.version);
      if (!row && q.version !== undefined) throw notFound(`Phiên bản ${q.version} của báo cáo`);
      // Sent: the numbers as they were sent. Otherwise the numbers as they are now.
      const numbers =
        row?.state === 'sent' && row.snapshot
          ? (row.snapshot as ReportData)
          : await reportData(tx, env, period, at);
      const narrative = row
        ? narrativeOf(row)
        : { summary: defaultSummary(numbers), difficulties: '', proposals: '' };
      return { data: numbers, meta: reportMeta(row ? recordOf(row) : null, narrative, at) };
    });
    const version = meta.report?.version ?? null;
    c.header('Content-Type', formats[q.format].type);
    c.header('Cache-Control', 'private, no-store');
    if (q.format === 'json') return c.json(renderJson(data, meta));
    c.header(
      'Content-Disposition',
      downloadDisposition(reportFileName(period.code, version, q.format)),
    );
    if (q.format === 'csv') return c.body(renderCsv(data, meta));
    const bytes = q.format === 'docx' ? await renderDocx(data, meta) : await renderXlsx(data, meta);
    return c.body(new Uint8Array(bytes));
  })
  .post('/', validate('json', createBody), async (c) => {
    const source = auditSource(c);
    const { env, now } = c.get('deps');
    const period = parsePeriod(c.req.valid('json').period);
    const at = now();
    const record = await inTransaction(c, async (tx) => {
      const versions = await periodVersions(tx, source.communeCode, period.code);
      if (versions.open) {
        throw new ApiError(
          409,
          'report-open',
          `Báo cáo ${period.label} đang ở trạng thái ${stateNames[versions.open.state as State]}: tiếp tục phiên bản đó`,
          { id: versions.open.id, state: versions.open.state },
        );
      }
      const data = await reportData(tx, env, period, at);
      const version = versions.last + 1;
      const id = await insertPeriodicReport(tx, {
        communeCode: source.communeCode,
        period: period.code,
        version,
        narrative: { summary: defaultSummary(data), difficulties: '', proposals: '' },
        createdBy: source.userId as number,
      });
      await recordAudit(tx, source, 'create', 'periodic-report', id, {
        after: { period: period.code, version, state: 'draft' },
      });
      const row = await getPeriodicReport(tx, { communeCode: source.communeCode, id });
      return recordOf(row as PeriodicReportRow);
    }).catch((e: unknown) => {
      // Two drafts started at once: the second finds the version taken.
      if (isUniqueViolation(e)) {
        throw new ApiError(
          409,
          'report-open',
          `Báo cáo ${period.label} vừa được tạo: tải lại danh sách`,
        );
      }
      throw e;
    });
    c.header('Location', `/api/reports/${record.id}`);
    return c.json(record, 201);
  })
  .patch('/:id', ...rowAndBody(patchBody), async (c) => {
    const { source, id, body } = rowWrite(c);
    const record = await inTransaction(c, async (tx) => {
      const row = await reportToChange(tx, source.communeCode, id);
      if (row.state !== 'draft') {
        throw new ApiError(
          409,
          'not-draft',
          `Báo cáo ${stateNames[row.state]} không sửa được: chuyển về dự thảo trước`,
          { state: row.state },
        );
      }
      const before = narrativeOf(row);
      const narrative = { ...before, ...body.narrative };
      const number = body.number === undefined ? row.number : body.number;
      await updatePeriodicReportText(tx, id, { number, narrative });
      const changed = (Object.keys(narrative) as (keyof ReportNarrative)[]).filter(
        (k) => narrative[k] !== before[k],
      );
      await recordAudit(tx, source, 'update', 'periodic-report', id, {
        ...(number !== row.number ? { number: [row.number, number] } : {}),
        ...(changed.length > 0 ? { narrativeChanged: changed } : {}),
      });
      return recordOf(
        orNotFound(await getPeriodicReport(tx, { communeCode: source.communeCode, id }), 'Báo cáo'),
      );
    });
    return c.json(record);
  })
  .post('/:id/transitions', ...rowAndBody(transitionBody), async (c) => {
    const { source, id, body } = rowWrite(c);
    const { to } = body;
    const { env, now } = c.get('deps');
    const at = now();
    const record = await inTransaction(c, async (tx) => {
      const row = await reportToChange(tx, source.communeCode, id);
      if (!reportSteps[row.state].includes(to)) {
        throw illegalTransition(
          row.state === 'sent'
            ? 'Báo cáo đã gửi không thay đổi được: lập phiên bản mới'
            : `Không thể chuyển báo cáo từ ${stateNames[row.state]} sang ${stateNames[to]}`,
          { from: row.state, allowed: reportSteps[row.state] },
        );
      }
      const userId = source.userId as number;
      let submission = false;
      if (to === 'sent') {
        // The numbers as they are at this moment, kept with the report for good.
        const snapshot = await reportData(tx, env, parsePeriod(row.period), at);
        await setPeriodicReportState(tx, id, to, userId, at.toISOString(), snapshot);
        const agencyId = await healthAgencyId(tx, source.communeCode);
        if (agencyId !== null) {
          submission = await recordElectronicSubmission(tx, {
            communeCode: source.communeCode,
            agencyId,
            period: row.period,
            submittedAt: at.toISOString(),
            receivedBy: userId,
          });
        }
      } else {
        await setPeriodicReportState(tx, id, to, userId, at.toISOString());
      }
      await recordAudit(
        tx,
        source,
        to === 'approved' ? 'approve' : 'update',
        'periodic-report',
        id,
        {
          state: [row.state, to],
          ...(to === 'sent' ? { submissionRecorded: submission } : {}),
        },
      );
      return recordOf(
        orNotFound(await getPeriodicReport(tx, { communeCode: source.communeCode, id }), 'Báo cáo'),
      );
    });
    return c.json(record);
  });
