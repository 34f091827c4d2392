import { agencyExists } from '@ntm/db/queries/officers';
import {
  insertReportSubmission,
  listReportSubmissions,
  submissionExists,
} from '@ntm/db/queries/report-submissions';
import { vietnamToday } from '@ntm/domain/clock/vietnam-day';
import { parseReportPeriod } from '@ntm/domain/reports/period-code';
import { inTransaction } from '../lib/actor';
import { ApiError } from '../lib/api-error';
import { auditSource, recordAudit } from '../lib/audit-context';
import { listOfYearRoute } from '../lib/plan-year';
import { validate } from '../lib/validate';
import { createReportSubmissionBody } from '../schemas/plan-records';

/**
 * Báo cáo của cơ quan (indicator g): each agency's report for a period as it reached the
 * health station, and how (electronic or paper). One per agency and period: a second is a 409
 * (a correction is not a new submission; the first one's day is what indicator g counts).
 */
export const reportSubmissions = listOfYearRoute('submissions', listReportSubmissions).post(
  '/',
  validate('json', createReportSubmissionBody),
  async (c) => {
    const source = auditSource(c);
    const body = c.req.valid('json');
    const now = c.get('deps').now();
    const period = parseReportPeriod(body.period);
    if (!period) {
      throw new ApiError(
        422,
        'invalid-period',
        'Kỳ báo cáo phải có dạng 2026-03, 2026-Q1, 2026-H1 hoặc 2026 (năm 2020–2035)',
      );
    }
    const today = vietnamToday(now);
    if (period.to >= today) {
      throw new ApiError(422, 'period-not-ended', `Kỳ ${period.label} chưa kết thúc`);
    }
    const submittedAt = body.submittedAt ?? now.toISOString();
    if (new Date(submittedAt) > now) {
      throw new ApiError(422, 'in-the-future', 'Thời điểm nhận báo cáo không thể ở tương lai');
    }
    if (vietnamToday(new Date(submittedAt)) < period.from) {
      throw new ApiError(422, 'before-period', 'Báo cáo không thể được nhận trước khi kỳ bắt đầu');
    }
    const row = await inTransaction(c, async (tx) => {
      if (!(await agencyExists(tx, source.communeCode, body.agencyId))) {
        throw new ApiError(422, 'unknown-agency', 'Không tìm thấy cơ quan, đơn vị này');
      }
      if (await submissionExists(tx, body.agencyId, period.code)) {
        throw new ApiError(409, 'already-submitted', `Cơ quan này đã có báo cáo ${period.label}`);
      }
      const id = await insertReportSubmission(tx, {
        communeCode: source.communeCode,
        agencyId: body.agencyId,
        period: period.code,
        channel: body.channel,
        submittedAt,
        receivedBy: source.userId,
        note: body.note ?? null,
      });
      await recordAudit(tx, source, 'create', 'report-submission', id, {
        after: { agencyId: body.agencyId, period: period.code, channel: body.channel },
      });
      const [created] = await listReportSubmissions(tx, { communeCode: source.communeCode, id });
      return created;
    });
    return c.json(row, 201);
  },
);
