// The report's tables, once: the DOCX writes them out, the XLSX puts them on sheets and the
// CSV lists them cell by cell, so the three always show the same numbers. Sections 1–3 and the
// village table; sections 4–9 are in report-sections.ts.
import type { Indicator } from '../indicators/types';
import type { SafeCount } from '../support/suppress';
import { indicatorStatusLabels, labelOf } from './labels';
import { laterSections } from './report-sections';
import {
  type Cell,
  col,
  count,
  facts,
  nameColumn,
  namedCounts,
  type ReportSection,
  type ReportTable,
  safe,
  share,
  table,
  text,
  totalRow,
} from './report-table-parts';
import type { ReportData, VillageBreakdown } from './report-types';

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
      table(
        'indicators',
        'Các chỉ tiêu a–g (từ đầu năm đến hết kỳ)',
        [
          col('code', 'Chỉ tiêu', 10),
          nameColumn('Nội dung', 40),
          col('value', 'Kết quả', 14),
          col('target', 'Mục tiêu', 14),
          col('numerator', 'Đạt được', 11),
          col('denominator', 'Tổng số', 11),
          col('status', 'Đánh giá', 16),
        ],
        data.indicators,
        (indicator) => ({
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
        }),
      ),
    ],
  };
}

function businesses(data: ReportData): ReportSection {
  const b = data.businesses;
  const byStatus = [
    (r: (typeof b.byType)[number]) => r.active,
    (r: (typeof b.byType)[number]) => r.suspended,
    (r: (typeof b.byType)[number]) => r.closed,
    (r: (typeof b.byType)[number]) => r.total,
  ];
  return {
    key: 'businesses',
    number: 2,
    title: 'Cơ sở kinh doanh dịch vụ nhạy cảm',
    shortTitle: 'Cơ sở kinh doanh',
    tables: [
      withTotal(
        table(
          'businesses.byType',
          'Cơ sở kinh doanh theo loại hình và tình trạng hoạt động',
          [
            nameColumn('Loại hình', 38),
            col('active', 'Đang hoạt động'),
            col('suspended', 'Tạm ngừng'),
            col('closed', 'Đã đóng cửa'),
            col('total', 'Tổng số'),
          ],
          b.byType,
          (r) => ({
            key: r.type,
            cells: [
              text(labelOf('businessTypes', r.type)),
              ...byStatus.map((pick) => count(pick(r))),
            ],
          }),
        ),
        totalRow(b.byType, byStatus),
      ),
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
  const numbers = [
    (r: VillageBreakdown['rows'][number]) => r.businesses,
    (r: VillageBreakdown['rows'][number]) => r.inspections,
    (r: VillageBreakdown['rows'][number]) => r.withViolation,
  ];
  return withTotal(
    table(
      'businesses.byVillage',
      `Cơ sở kinh doanh và kiểm tra theo thôn (${villageVersionLabel(v)})`,
      [
        nameColumn('Thôn', 30),
        col('businesses', 'Số cơ sở'),
        col('inspections', 'Lượt kiểm tra'),
        col('withViolation', 'Có vi phạm'),
      ],
      v.rows,
      (r, i) => ({
        key: r.village === null ? 'outside' : String(i + 1),
        cells: [text(r.village ?? 'Ngoài các thôn'), ...numbers.map((pick) => count(pick(r)))],
      }),
    ),
    totalRow(v.rows, numbers),
  );
}

/** A table with its total line under the rows. */
const withTotal = (t: ReportTable, total: ReportTable['rows'][number]): ReportTable => ({
  ...t,
  rows: [...t.rows, total],
});

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
      table(
        'inspections.byType',
        'Kiểm tra và vi phạm theo loại hình cơ sở',
        [
          nameColumn('Loại hình', 38),
          col('inspections', 'Lượt kiểm tra'),
          col('violations', 'Lượt có vi phạm'),
        ],
        i.byType,
        (r) => ({
          key: r.type,
          cells: [
            text(labelOf('businessTypes', r.type)),
            count(r.inspections),
            count(r.violations),
          ],
        }),
      ),
      namedCounts(
        'inspections.violations',
        'Hành vi vi phạm phát hiện',
        ['Hành vi vi phạm', 'Số lượt'],
        i.violationsByKind.map((r) => [r.kind, labelOf('violations', r.kind), count(r.count)]),
      ),
      namedCounts(
        'inspections.measures',
        'Biện pháp xử lý đã áp dụng',
        ['Biện pháp xử lý', 'Số lượt'],
        i.measures.map((r) => [r.measure, labelOf('measures', r.measure), count(r.count)]),
      ),
    ],
  };
}

/** Part II of the report, section by section, with every table it shows. */
export function reportSections(data: ReportData): ReportSection[] {
  return [indicators(data), businesses(data), inspections(data), ...laterSections(data)];
}
