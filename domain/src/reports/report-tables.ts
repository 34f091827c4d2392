// The report's tables, once: the DOCX writes them out, the XLSX puts them on sheets and the
// CSV lists them cell by cell, so the three always show the same numbers.
import type { Indicator } from '../indicators/types';
import type { SafeCount } from '../support/suppress';
import { indicatorStatusLabels, labelOf } from './labels';
import type { ReportData, VillageBreakdown } from './report-types';

export type Cell =
  | { kind: 'text'; value: string }
  | { kind: 'count'; value: number }
  /** A support count: a number, or "<5" / "hidden" (shown "ẩn"). */
  | { kind: 'safe'; value: SafeCount }
  /** 0–1; null when there is nothing to divide by or it is hidden. */
  | { kind: 'share'; value: number | null }
  /** 1 done, 0 not yet (indicator a). */
  | { kind: 'done'; value: number | null }
  | { kind: 'vnd'; value: number }
  /** A calendar day, YYYY-MM-DD. */
  | { kind: 'day'; value: string }
  /** An instant (ISO), or null when it has not happened. */
  | { kind: 'instant'; value: string | null };

export interface ReportColumn {
  key: string;
  label: string;
  /** Relative width in the document and in the sheet (characters, roughly). */
  width: number;
}

export interface ReportRow {
  key: string;
  cells: Cell[];
  /** A total line (bold). */
  total?: boolean;
}

export interface ReportTable {
  /** Machine name, unique in the report: "businesses.byType". */
  key: string;
  title: string;
  columns: ReportColumn[];
  rows: ReportRow[];
  /** False for the tables of single numbers the document already says in its sentences. */
  inDocument: boolean;
}

export interface ReportSection {
  key: string;
  /** The number under part II of the document: 1–9. */
  number: number;
  title: string;
  /** For a sheet's name (at most 31 characters with its number). */
  shortTitle: string;
  tables: ReportTable[];
}

const text = (value: string): Cell => ({ kind: 'text', value });
const count = (value: number): Cell => ({ kind: 'count', value });
const safe = (value: SafeCount): Cell => ({ kind: 'safe', value });
const share = (value: number | null): Cell => ({ kind: 'share', value });

const nameColumn = (label: string, width = 40): ReportColumn => ({ key: 'name', label, width });
const col = (key: string, label: string, width = 14): ReportColumn => ({ key, label, width });

/** A table of single numbers: what each is, and the number. */
function facts(key: string, title: string, rows: [string, string, Cell][]): ReportTable {
  return {
    key,
    title,
    columns: [nameColumn('Nội dung', 50), col('value', 'Số liệu', 18)],
    rows: rows.map(([rowKey, label, cell]) => ({ key: rowKey, cells: [text(label), cell] })),
    inDocument: false,
  };
}

/** The indicator's result in the cell kind its `kind` asks for. */
export function indicatorValue(indicator: Indicator): Cell {
  // Hidden only where its counts are: with nothing to count (0 of 0) there is nothing to hide.
  const countsHidden = [indicator.numerator, indicator.denominator].some(
    (n) => n === '<5' || n === 'hidden',
  );
  if (indicator.suppressed && indicator.value === null && countsHidden) return safe('hidden');
  if (indicator.kind === 'done') return { kind: 'done', value: indicator.value };
  if (indicator.kind === 'share') return share(indicator.value);
  return indicator.value === null ? share(null) : count(indicator.value);
}

function indicatorTarget(indicator: Indicator): Cell {
  if (indicator.kind === 'done') return { kind: 'done', value: indicator.target };
  if (indicator.kind === 'share') return share(indicator.target);
  return count(indicator.target);
}

export const partOf = (n: SafeCount | null): Cell => (n === null ? share(null) : safe(n));

function indicators(data: ReportData): ReportSection {
  return {
    key: 'indicators',
    number: 1,
    title: 'Kết quả thực hiện các chỉ tiêu của Kế hoạch',
    shortTitle: 'Chỉ tiêu',
    tables: [
      {
        key: 'indicators',
        title: 'Các chỉ tiêu a–g (từ đầu năm đến hết kỳ)',
        columns: [
          col('code', 'Chỉ tiêu', 10),
          nameColumn('Nội dung', 40),
          col('value', 'Kết quả', 14),
          col('target', 'Mục tiêu', 14),
          col('numerator', 'Đạt được', 11),
          col('denominator', 'Tổng số', 11),
          col('status', 'Đánh giá', 16),
        ],
        rows: data.indicators.map((indicator) => ({
          key: indicator.code,
          cells: [
            text(indicator.code),
            text(indicator.name),
            indicatorValue(indicator),
            indicatorTarget(indicator),
            partOf(indicator.numerator),
            partOf(indicator.denominator),
            text(indicatorStatusLabels[indicator.status]),
          ],
        })),
        inDocument: true,
      },
    ],
  };
}

function businesses(data: ReportData): ReportSection {
  const b = data.businesses;
  const sum = (pick: (r: (typeof b.byType)[number]) => number) =>
    b.byType.reduce((s, r) => s + pick(r), 0);
  return {
    key: 'businesses',
    number: 2,
    title: 'Cơ sở kinh doanh dịch vụ nhạy cảm',
    shortTitle: 'Cơ sở kinh doanh',
    tables: [
      {
        key: 'businesses.byType',
        title: 'Cơ sở kinh doanh theo loại hình và tình trạng hoạt động',
        columns: [
          nameColumn('Loại hình', 38),
          col('active', 'Đang hoạt động'),
          col('suspended', 'Tạm ngừng'),
          col('closed', 'Đã đóng cửa'),
          col('total', 'Tổng số'),
        ],
        rows: [
          ...b.byType.map((r) => ({
            key: r.type,
            cells: [
              text(labelOf('businessTypes', r.type)),
              count(r.active),
              count(r.suspended),
              count(r.closed),
              count(r.total),
            ],
          })),
          {
            key: 'total',
            total: true,
            cells: [
              text('Tổng cộng'),
              count(sum((r) => r.active)),
              count(sum((r) => r.suspended)),
              count(sum((r) => r.closed)),
              count(sum((r) => r.total)),
            ],
          },
        ],
        inDocument: true,
      },
      ...(b.byVillage ? [villageTable(b.byVillage)] : []),
      facts('businesses.period', 'Đăng ký mới và rà soát trong kỳ', [
        ['added', 'Cơ sở đăng ký mới trong kỳ', count(b.added)],
        ['reviewed', 'Cơ sở được rà soát trong kỳ', count(b.reviewed)],
      ]),
    ],
  };
}

const viDay = (day: string) => day.split('-').reverse().join('/');

/** "theo phiên bản từ 01/07/2025", or "trước 01/07/2025" for the map before the first change. */
export function villageVersionLabel(v: Pick<VillageBreakdown, 'versionFrom' | 'versionTo'>) {
  if (v.versionFrom) return `Ranh giới thôn theo phiên bản từ ${viDay(v.versionFrom)}`;
  if (v.versionTo) return `Ranh giới thôn theo phiên bản trước ${viDay(v.versionTo)}`;
  return 'Ranh giới thôn hiện hành';
}

/** Premises and inspections per village of the period's map, with its version and a total. */
function villageTable(v: VillageBreakdown): ReportTable {
  const sum = (pick: (r: VillageBreakdown['rows'][number]) => number) =>
    v.rows.reduce((s, r) => s + pick(r), 0);
  return {
    key: 'businesses.byVillage',
    title: `Cơ sở kinh doanh và kiểm tra theo thôn (${villageVersionLabel(v)})`,
    columns: [
      nameColumn('Thôn', 30),
      col('businesses', 'Số cơ sở'),
      col('inspections', 'Lượt kiểm tra'),
      col('withViolation', 'Có vi phạm'),
    ],
    rows: [
      ...v.rows.map((r, i) => ({
        key: r.village === null ? 'outside' : String(i + 1),
        cells: [
          text(r.village ?? 'Ngoài các thôn'),
          count(r.businesses),
          count(r.inspections),
          count(r.withViolation),
        ],
      })),
      {
        key: 'total',
        total: true,
        cells: [
          text('Tổng cộng'),
          count(sum((r) => r.businesses)),
          count(sum((r) => r.inspections)),
          count(sum((r) => r.withViolation)),
        ],
      },
    ],
    inDocument: true,
  };
}

function inspections(data: ReportData): ReportSection {
  const i = data.inspections;
  return {
    key: 'inspections',
    number: 3,
    title: 'Kiểm tra, phát hiện vi phạm và biện pháp xử lý',
    shortTitle: 'Kiểm tra, xử lý',
    tables: [
      facts('inspections.summary', 'Kiểm tra trong kỳ', [
        ['total', 'Lượt kiểm tra', count(i.total)],
        ['scheduled', 'Kiểm tra theo kế hoạch', count(i.scheduled)],
        ['surprise', 'Kiểm tra đột xuất', count(i.surprise)],
        ['withViolation', 'Lượt kiểm tra phát hiện vi phạm', count(i.withViolation)],
        ['fines', 'Quyết định xử phạt tiền', count(i.fines.count)],
        ['finesVnd', 'Tổng số tiền phạt (đồng)', { kind: 'vnd', value: i.fines.totalVnd }],
      ]),
      {
        key: 'inspections.byType',
        title: 'Kiểm tra và vi phạm theo loại hình cơ sở',
        columns: [
          nameColumn('Loại hình', 38),
          col('inspections', 'Lượt kiểm tra'),
          col('violations', 'Lượt có vi phạm'),
        ],
        rows: i.byType.map((r) => ({
          key: r.type,
          cells: [
            text(labelOf('businessTypes', r.type)),
            count(r.inspections),
            count(r.violations),
          ],
        })),
        inDocument: true,
      },
      {
        key: 'inspections.violations',
        title: 'Hành vi vi phạm phát hiện',
        columns: [nameColumn('Hành vi vi phạm', 44), col('count', 'Số lượt')],
        rows: i.violationsByKind.map((r) => ({
          key: r.kind,
          cells: [text(labelOf('violations', r.kind)), count(r.count)],
        })),
        inDocument: true,
      },
      {
        key: 'inspections.measures',
        title: 'Biện pháp xử lý đã áp dụng',
        columns: [nameColumn('Biện pháp xử lý', 44), col('count', 'Số lượt')],
        rows: i.measures.map((r) => ({
          key: r.measure,
          cells: [text(labelOf('measures', r.measure)), count(r.count)],
        })),
        inDocument: true,
      },
    ],
  };
}

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
      {
        key: 'tips.byCategory',
        title: 'Tin báo theo nội dung',
        columns: [nameColumn('Nội dung tin báo', 44), col('count', 'Số tin')],
        rows: t.byCategory.map((r) => ({
          key: r.category,
          cells: [text(labelOf('tipCategories', r.category)), count(r.count)],
        })),
        inDocument: true,
      },
      {
        key: 'tips.byChannel',
        title: 'Tin báo theo kênh tiếp nhận',
        columns: [nameColumn('Kênh tiếp nhận', 44), col('count', 'Số tin')],
        rows: t.byChannel.map((r) => ({
          key: r.channel,
          cells: [text(labelOf('tipChannels', r.channel)), count(r.count)],
        })),
        inDocument: true,
      },
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
      {
        key: 'support.byService',
        title: 'Kết nối dịch vụ theo loại dịch vụ',
        columns: [nameColumn('Dịch vụ', 44), col('connected', 'Số người được kết nối')],
        rows: s.byService.map((r) => ({
          key: r.service,
          cells: [text(labelOf('supportServices', r.service)), safe(r.connected)],
        })),
        inDocument: true,
      },
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
      {
        key: 'trainings.courses',
        title: 'Các lớp tập huấn trong kỳ',
        columns: [
          col('heldOn', 'Ngày', 15),
          nameColumn('Nội dung tập huấn', 48),
          col('attendees', 'Số người dự', 13),
        ],
        rows: t.courses.map((r, i) => ({
          key: String(i + 1),
          cells: [{ kind: 'day', value: r.heldOn }, text(r.course), count(r.attendees)],
        })),
        inDocument: true,
      },
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
      {
        key: 'communication.activities',
        title: 'Các hoạt động truyền thông',
        columns: [
          col('heldOn', 'Ngày', 15),
          nameColumn('Nội dung', 33),
          col('place', 'Địa điểm', 20),
          col('audience', 'Đối tượng', 16),
          col('reach', 'Số người', 11),
        ],
        rows: c.activities.map((r, i) => ({
          key: String(i + 1),
          cells: [
            { kind: 'day', value: r.heldOn },
            text(r.title),
            text(r.placeName),
            text(labelOf('audiences', r.audience)),
            count(r.reach),
          ],
        })),
        inDocument: true,
      },
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
      {
        key: 'online.byKind',
        title: 'Vi phạm trên môi trường mạng theo hành vi',
        columns: [nameColumn('Hành vi', 44), col('count', 'Số vụ việc')],
        rows: o.byKind.map((r) => ({
          key: r.kind,
          cells: [text(labelOf('onlineKinds', r.kind)), count(r.count)],
        })),
        inDocument: true,
      },
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
      {
        key: 'reporting.agencies',
        title: 'Báo cáo của các cơ quan, đơn vị',
        columns: [
          nameColumn('Cơ quan, đơn vị', 40),
          col('channel', 'Hình thức', 16),
          col('submittedAt', 'Thời điểm gửi', 22),
        ],
        rows: r.agencies.map((a, i) => ({
          key: String(i + 1),
          cells: [
            text(a.name),
            text(a.channel ? labelOf('channels', a.channel) : 'Chưa báo cáo'),
            { kind: 'instant', value: a.submittedAt },
          ],
        })),
        inDocument: true,
      },
    ],
  };
}

/** Part II of the report, section by section, with every table it shows. */
export function reportSections(data: ReportData): ReportSection[] {
  return [
    indicators(data),
    businesses(data),
    inspections(data),
    tips(data),
    support(data),
    trainings(data),
    communication(data),
    onlineViolations(data),
    reporting(data),
  ];
}
