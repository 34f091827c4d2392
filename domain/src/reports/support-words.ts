// What a report says in words about support (indicator d and the period's cases), written from
// the same suppressed numbers and with the same formatting as its tables, so the text never
// hides a number a table prints, nor prints one a table hides. Two windows are counted and each
// is named: indicator d from 1 January to the period's end (as the indicator table), the
// period's own cases (as the support tables).
import type { Indicator } from '../indicators/types';
import { cellText } from './cell-text';
import { indicatorValue, partOf } from './report-tables';
import type { ReportData } from './report-types';
import { formatSafe, formatShare } from './vi-format';

/** "84,2 % (32/38)", "ẩn (<5/ẩn)": the very cells of indicator d's row in the indicator table. */
function indicatorDFigure(d: Indicator): string {
  const [value, part, whole] = [indicatorValue(d), partOf(d.numerator), partOf(d.denominator)];
  return `${cellText(value)} (${cellText(part)}/${cellText(whole)})`;
}

const isHidden = (d: Indicator) => indicatorValue(d).kind === 'safe';

/** The sentence on indicator d, as its row in the indicator table shows it. */
export function indicatorDSentence(d: Indicator | undefined, year: string): string | null {
  if (!d) return null;
  if (d.denominator === 0) {
    return `Chỉ tiêu d (từ đầu năm ${year} đến hết kỳ): chưa có người có nhu cầu và đủ điều kiện hỗ trợ.`;
  }
  return isHidden(d)
    ? `Chỉ tiêu d (từ đầu năm ${year} đến hết kỳ): tỷ lệ người có nhu cầu, đủ điều kiện được tư vấn, kết nối dịch vụ được ẩn vì số nhỏ (${indicatorDFigure(d)}).`
    : `Chỉ tiêu d (từ đầu năm ${year} đến hết kỳ): ${indicatorDFigure(d)} người có nhu cầu, đủ điều kiện được tư vấn, kết nối dịch vụ.`;
}

/** The period's own cases, as the support tables show them; "ẩn" said as hidden for small numbers. */
export function periodSupportSentence(s: ReportData['support']): string {
  if (s.eligible === 0) return 'Trong kỳ không có người có nhu cầu hỗ trợ.';
  const reached =
    typeof s.reached === 'number'
      ? `${formatSafe(s.reached)} người được tư vấn, kết nối dịch vụ${s.share === null ? '' : ` (${formatShare(s.share)})`}`
      : `số được tư vấn, kết nối dịch vụ trong kỳ được ghi “${formatSafe(s.reached)}” vì số nhỏ`;
  return `Trong kỳ: ${formatSafe(s.eligible)} người có nhu cầu và đủ điều kiện hỗ trợ; ${reached}; ${formatSafe(s.opened)} hồ sơ hỗ trợ mở mới.`;
}
