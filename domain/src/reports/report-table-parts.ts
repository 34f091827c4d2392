// The parts the report's tables are made of: cells, columns, rows, and the few shapes every
// section repeats (a list of single numbers, a list of names with their counts, a total line).
import type { SafeCount } from '../support/suppress';

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

export const text = (value: string): Cell => ({ kind: 'text', value });
export const count = (value: number): Cell => ({ kind: 'count', value });
export const safe = (value: SafeCount): Cell => ({ kind: 'safe', value });
export const share = (value: number | null): Cell => ({ kind: 'share', value });
export const day = (value: string): Cell => ({ kind: 'day', value });

export const nameColumn = (label: string, width = 40): ReportColumn => ({
  key: 'name',
  label,
  width,
});
export const col = (key: string, label: string, width = 14): ReportColumn => ({
  key,
  label,
  width,
});

/** A table the document shows: its columns, and one row per item with the item's cells. */
export function table<T>(
  key: string,
  title: string,
  columns: ReportColumn[],
  items: readonly T[],
  row: (item: T, index: number) => ReportRow,
): ReportTable {
  return { key, title, columns, rows: items.map(row), inDocument: true };
}

/** A list the document shows (courses, activities, agencies): rows keyed by their place, 1, 2, … */
export function listTable<T>(
  key: string,
  title: string,
  columns: ReportColumn[],
  items: readonly T[],
  cells: (item: T) => Cell[],
): ReportTable {
  return table(key, title, columns, items, (item, i) => ({
    key: String(i + 1),
    cells: cells(item),
  }));
}

/** A table of single numbers: what each is, and the number. */
export function facts(key: string, title: string, rows: [string, string, Cell][]): ReportTable {
  return {
    key,
    title,
    columns: [nameColumn('Nội dung', 50), col('value', 'Số liệu', 18)],
    rows: rows.map(([rowKey, label, cell]) => ({ key: rowKey, cells: [text(label), cell] })),
    inDocument: false,
  };
}

/** Names with one number each: [row key, name, number cell] per row. */
export function namedCounts(
  key: string,
  title: string,
  [nameLabel, countLabel, countKey = 'count']: [string, string, string?],
  rows: readonly [string, string, Cell][],
): ReportTable {
  return table(
    key,
    title,
    [nameColumn(nameLabel, 44), col(countKey, countLabel)],
    rows,
    ([rowKey, name, cell]) => ({ key: rowKey, cells: [text(name), cell] }),
  );
}

/** The "Tổng cộng" line under rows of counts: the sum of each picked number. */
export function totalRow<T>(rows: readonly T[], picks: ((row: T) => number)[]): ReportRow {
  return {
    key: 'total',
    total: true,
    cells: [
      text('Tổng cộng'),
      ...picks.map((pick) => count(rows.reduce((s, r) => s + pick(r), 0))),
    ],
  };
}
