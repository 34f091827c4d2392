// Sections 4–9 of the report's part II (tips, support, trainings, communication, online
// violations, reporting), in the same parts as sections 1–3 (report-tables.ts).
import { labelOf } from './labels';
import {
  col,
  count,
  day,
  facts,
  listTable,
  nameColumn,
  namedCounts,
  type ReportSection,
  safe,
  share,
  text,
} from './report-table-parts';
import type { ReportData } from './report-types';

function tips(data: ReportData): ReportSection {
  const t = data.tips;
  return {
    key: 'tips',
    number: 4,
    title: 'Tiếp nhận, xử lý tin báo, tố giác',
    shortTitle: 'Tin báo',
    tables: [
      facts('tips.summary', 'Tin báo trong kỳ', [
        ['received', 'Tin báo tiếp nhận', count(t.received)],
        ['handled', 'Đã xử lý', count(t.handled)],
        ['transferred', 'Đã chuyển cơ quan có thẩm quyền', count(t.transferred)],
        ['unfounded', 'Kết luận không có căn cứ', count(t.unfounded)],
        ['open', 'Đang xác minh, xử lý', count(t.open)],
        ['overdue', 'Quá hạn xử lý', count(t.overdue)],
        ['handledShare', 'Tỷ lệ tin báo được xử lý', share(t.handledShare)],
      ]),
      namedCounts(
        'tips.byCategory',
        'Tin báo theo nội dung',
        ['Nội dung tin báo', 'Số tin'],
        t.byCategory.map((r) => [r.category, labelOf('tipCategories', r.category), count(r.count)]),
      ),
      namedCounts(
        'tips.byChannel',
        'Tin báo theo kênh tiếp nhận',
        ['Kênh tiếp nhận', 'Số tin'],
        t.byChannel.map((r) => [r.channel, labelOf('tipChannels', r.channel), count(r.count)]),
      ),
    ],
  };
}

function support(data: ReportData): ReportSection {
  const s = data.support;
  return {
    key: 'support',
    number: 5,
    title: 'Hỗ trợ, can thiệp giảm hại',
    shortTitle: 'Hỗ trợ',
    tables: [
      facts('support.summary', 'Tư vấn, hỗ trợ trong kỳ', [
        ['eligible', 'Người thuộc diện hỗ trợ', safe(s.eligible)],
        ['reached', 'Người được tư vấn, kết nối dịch vụ', safe(s.reached)],
        [
          'share',
          'Tỷ lệ được tư vấn, kết nối dịch vụ',
          // Null because its counts are hidden: say so, not "–".
          s.share === null && [s.reached, s.eligible].some((n) => typeof n !== 'number')
            ? safe('hidden')
            : share(s.share),
        ],
        ['opened', 'Hồ sơ hỗ trợ mở mới trong kỳ', safe(s.opened)],
      ]),
      namedCounts(
        'support.byService',
        'Kết nối dịch vụ theo loại dịch vụ',
        ['Dịch vụ', 'Số người được kết nối', 'connected'],
        s.byService.map((r) => [
          r.service,
          labelOf('supportServices', r.service),
          safe(r.connected),
        ]),
      ),
    ],
  };
}

function trainings(data: ReportData): ReportSection {
  const t = data.trainings;
  return {
    key: 'trainings',
    number: 6,
    title: 'Tập huấn, bồi dưỡng nghiệp vụ',
    shortTitle: 'Tập huấn',
    tables: [
      facts('trainings.summary', 'Cán bộ được tập huấn', [
        ['officersTrained', 'Cán bộ đã được tập huấn trong năm', count(t.officersTrained)],
        ['officersTotal', 'Tổng số cán bộ tham gia thực hiện Kế hoạch', count(t.officersTotal)],
        [
          'share',
          'Tỷ lệ cán bộ được tập huấn',
          share(t.officersTotal > 0 ? t.officersTrained / t.officersTotal : null),
        ],
      ]),
      listTable(
        'trainings.courses',
        'Các lớp tập huấn trong kỳ',
        [
          col('heldOn', 'Ngày', 15),
          nameColumn('Nội dung tập huấn', 48),
          col('attendees', 'Số người dự', 13),
        ],
        t.courses,
        (r) => [day(r.heldOn), text(r.course), count(r.attendees)],
      ),
    ],
  };
}

function communication(data: ReportData): ReportSection {
  const c = data.communication;
  return {
    key: 'communication',
    number: 7,
    title: 'Thông tin, truyền thông',
    shortTitle: 'Truyền thông',
    tables: [
      facts('communication.summary', 'Hoạt động truyền thông trong kỳ', [
        ['activities', 'Số hoạt động truyền thông', count(c.activities.length)],
        ['reach', 'Số lượt người được tiếp cận', count(c.reach)],
      ]),
      listTable(
        'communication.activities',
        'Các hoạt động truyền thông',
        [
          col('heldOn', 'Ngày', 15),
          nameColumn('Nội dung', 33),
          col('place', 'Địa điểm', 20),
          col('audience', 'Đối tượng', 16),
          col('reach', 'Số người', 11),
        ],
        c.activities,
        (r) => [
          day(r.heldOn),
          text(r.title),
          text(r.placeName),
          text(labelOf('audiences', r.audience)),
          count(r.reach),
        ],
      ),
    ],
  };
}

function onlineViolations(data: ReportData): ReportSection {
  const o = data.onlineViolations;
  return {
    key: 'online',
    number: 8,
    title: 'Phát hiện, xử lý vi phạm trên môi trường mạng',
    shortTitle: 'Vi phạm trên mạng',
    tables: [
      facts('online.summary', 'Vi phạm trên môi trường mạng trong kỳ', [
        ['found', 'Vụ việc phát hiện', count(o.found)],
        ['takedownRequested', 'Đã yêu cầu gỡ bỏ', count(o.takedownRequested)],
        ['removed', 'Đã được gỡ bỏ', count(o.removed)],
      ]),
      namedCounts(
        'online.byKind',
        'Vi phạm trên môi trường mạng theo hành vi',
        ['Hành vi', 'Số vụ việc'],
        o.byKind.map((r) => [r.kind, labelOf('onlineKinds', r.kind), count(r.count)]),
      ),
    ],
  };
}

function reporting(data: ReportData): ReportSection {
  const r = data.reporting;
  const submitted = r.agencies.filter((a) => a.submittedAt !== null).length;
  return {
    key: 'reporting',
    number: 9,
    title: 'Thực hiện chế độ thông tin, báo cáo',
    shortTitle: 'Chế độ báo cáo',
    tables: [
      facts('reporting.summary', 'Báo cáo của các cơ quan trong kỳ', [
        ['agencies', 'Cơ quan, đơn vị thực hiện Kế hoạch', count(r.agencies.length)],
        ['submitted', 'Cơ quan, đơn vị đã báo cáo', count(submitted)],
        ['electronicShare', 'Tỷ lệ báo cáo bằng phương thức điện tử', share(r.electronicShare)],
      ]),
      listTable(
        'reporting.agencies',
        'Báo cáo của các cơ quan, đơn vị',
        [
          nameColumn('Cơ quan, đơn vị', 40),
          col('channel', 'Hình thức', 16),
          col('submittedAt', 'Thời điểm gửi', 22),
        ],
        r.agencies,
        (a) => [
          text(a.name),
          text(a.channel ? labelOf('channels', a.channel) : 'Chưa báo cáo'),
          { kind: 'instant', value: a.submittedAt },
        ],
      ),
    ],
  };
}

/** Sections 4–9, in order. */
export const laterSections = (data: ReportData): ReportSection[] => [
  tips(data),
  support(data),
  trainings(data),
  communication(data),
  onlineViolations(data),
  reporting(data),
];
