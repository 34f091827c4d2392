import type { Cell } from './report-table-parts';
import { formatCount, formatDay, formatInstantShort, formatSafe, formatShare } from './vi-format';

/** A table cell as the document prints it (vi-VN numbers, "<5", "ẩn", dd/mm/yyyy). */
export function cellText(cell: Cell): string {
  switch (cell.kind) {
    case 'text':
      return cell.value;
    case 'count':
    case 'vnd':
      return formatCount(cell.value);
    case 'safe':
      return formatSafe(cell.value);
    case 'share':
      return formatShare(cell.value);
    case 'done':
      return cell.value === null ? '–' : cell.value >= 1 ? 'Đã thực hiện' : 'Chưa thực hiện';
    case 'day':
      return formatDay(cell.value);
    case 'instant':
      return cell.value === null ? '–' : formatInstantShort(cell.value);
  }
}
