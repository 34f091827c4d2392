// What each part of section II says in words before its tables: the single numbers of the
// period, in the sentences a health station's report uses.
import type { ReportData } from '../report-types';
import { indicatorDSentence, periodSupportSentence } from '../support-words';
import { formatShare, formatVnd, formatCount as n } from '../vi-format';

const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);

export function sentences(data: ReportData): Record<string, string[]> {
  const { indicators: ind, businesses: b, inspections: i, tips: t } = data;
  const met = ind.filter((x) => x.status === 'met').length;
  const onTrack = ind.filter((x) => x.status === 'on-track').length;
  const behind = ind.filter((x) => x.status === 'behind').length;
  const active = sum(b.byType.map((r) => r.active));
  const suspended = sum(b.byType.map((r) => r.suspended));
  const closed = sum(b.byType.map((r) => r.closed));
  const attendees = sum(data.trainings.courses.map((c) => c.attendees));
  const tr = data.trainings;
  const o = data.onlineViolations;
  const rep = data.reporting;
  const submitted = rep.agencies.filter((a) => a.submittedAt !== null).length;
  const s = data.support;
  return {
    indicators: [
      `Trong ${ind.length} chỉ tiêu của Kế hoạch: ${met} chỉ tiêu đạt, ${onTrack} chỉ tiêu đúng tiến độ, ${behind} chỉ tiêu chậm tiến độ; kết quả cụ thể như sau:`,
    ],
    businesses: [
      `Danh sách quản lý của xã có ${n(active + suspended + closed)} cơ sở kinh doanh dịch vụ nhạy cảm: ${n(active)} cơ sở đang hoạt động, ${n(suspended)} cơ sở tạm ngừng hoạt động, ${n(closed)} cơ sở đã đóng cửa. Trong kỳ có ${n(b.added)} cơ sở đăng ký mới; đã rà soát ${n(b.reviewed)} cơ sở.`,
    ],
    inspections: [
      i.total === 0
        ? 'Trong kỳ, Tổ công tác liên ngành chưa tiến hành kiểm tra.'
        : `Tổ công tác liên ngành đã kiểm tra ${n(i.total)} lượt cơ sở (${n(i.scheduled)} lượt theo kế hoạch, ${n(i.surprise)} lượt đột xuất), phát hiện ${n(i.withViolation)} lượt cơ sở có vi phạm; ban hành ${n(i.fines.count)} quyết định xử phạt vi phạm hành chính với tổng số tiền ${formatVnd(i.fines.totalVnd)}.`,
    ],
    tips: [
      t.received === 0
        ? 'Trong kỳ không tiếp nhận tin báo, tố giác nào.'
        : `Trong kỳ tiếp nhận ${n(t.received)} tin báo, tố giác; đã xử lý ${n(t.handled)} tin, chuyển cơ quan có thẩm quyền ${n(t.transferred)} tin, kết luận không có căn cứ ${n(t.unfounded)} tin; đang xác minh, xử lý ${n(t.open)} tin (quá hạn ${n(t.overdue)} tin). Tỷ lệ tin báo được tiếp nhận, phân loại và xử lý hoặc chuyển cơ quan có thẩm quyền đạt ${formatShare(t.handledShare)}.`,
    ],
    support: [
      [
        indicatorDSentence(
          ind.find((x) => x.code === 'd'),
          data.period.from.slice(0, 4),
        ),
        periodSupportSentence(s),
        'Việc tư vấn, hỗ trợ được thực hiện bảo mật, không kỳ thị.',
      ]
        .filter(Boolean)
        .join(' '),
    ],
    trainings: [
      `Trong kỳ tổ chức ${n(tr.courses.length)} lớp tập huấn, bồi dưỡng nghiệp vụ với ${n(attendees)} lượt cán bộ tham dự.`,
      tr.officersTotal === 0
        ? 'Chưa có danh sách cán bộ tham gia thực hiện Kế hoạch.'
        : `Từ đầu năm đến nay, ${n(tr.officersTrained)}/${n(tr.officersTotal)} cán bộ tham gia thực hiện Kế hoạch đã được tập huấn (đạt ${formatShare(tr.officersTrained / tr.officersTotal)}).`,
    ],
    communication: [
      `Tổ chức ${n(data.communication.activities.length)} hoạt động thông tin, truyền thông về phòng, chống mại dâm, tiếp cận ${n(data.communication.reach)} lượt người.`,
    ],
    online: [
      `Phát hiện ${n(o.found)} vụ việc quảng cáo, môi giới mại dâm trên môi trường mạng; đã đề nghị gỡ bỏ ${n(o.takedownRequested)} vụ việc, ${n(o.removed)} vụ việc đã được gỡ bỏ.`,
    ],
    reporting: [
      rep.agencies.length === 0
        ? 'Chưa có cơ quan, đơn vị nào gửi báo cáo kỳ này.'
        : `${n(submitted)}/${n(rep.agencies.length)} cơ quan, đơn vị đã gửi báo cáo kỳ này; tỷ lệ báo cáo bằng phương thức điện tử đạt ${formatShare(rep.electronicShare)}.`,
    ],
  };
}
