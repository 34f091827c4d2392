import { Fragment, type HTMLAttributes, type Key, type ReactNode } from 'react';
import { ColumnHeads } from './column-heads';

/** A column: its heading, and what a row shows in it. */
export interface CardColumn<Row> {
  label: string;
  cell: (row: Row) => ReactNode;
  className?: string;
}

/** A row's class and the `data-` names tests and styles find it by. */
type RowAttributes = HTMLAttributes<HTMLTableRowElement> &
  Partial<Record<`data-${string}`, string | number | boolean>>;

interface CardTableProps<Row extends { id?: Key | null }> {
  /** The table's own class, beside `data-table cards-on-phone`. */
  className?: string;
  rows: readonly Row[];
  /** The row's React key: its `id` unless said otherwise. */
  rowKey?: (row: Row, index: number) => Key;
  /** The row's heading cell: the card's title on a phone. */
  title: CardColumn<Row>;
  /** `false` leaves a column out (one shown only when the rows have its data). */
  columns: readonly (CardColumn<Row> | false)[];
  /** The last cell, of buttons; `hidden` says its heading to screen readers only. */
  actions?: CardColumn<Row> & { hidden?: boolean };
  rowProps?: (row: Row) => RowAttributes;
  /** What follows a row, such as a row of details it opens. */
  after?: (row: Row) => ReactNode;
}

/**
 * A table on a laptop whose rows turn into cards on a phone (see `cards-on-phone` in
 * ui/pages.css): each cell is labelled there by its column's heading, written once here.
 */
export function CardTable<Row extends { id?: Key | null }>({
  className,
  rows,
  rowKey = (row, index) => row.id ?? index,
  title,
  columns,
  actions,
  rowProps,
  after,
}: CardTableProps<Row>) {
  const shown = columns.filter((column) => column !== false);
  return (
    <table className={`data-table cards-on-phone${className ? ` ${className}` : ''}`}>
      <ColumnHeads
        columns={[
          title.label,
          ...shown.map((column) => column.label),
          actions !== undefined && { label: actions.label, hidden: actions.hidden },
        ]}
      />
      <tbody>
        {rows.map((row, index) => (
          <Fragment key={rowKey(row, index)}>
            <tr {...rowProps?.(row)}>
              <th scope="row" className="card-title">
                {title.cell(row)}
              </th>
              {shown.map((column) => (
                <td key={column.label} data-label={column.label} className={column.className}>
                  {column.cell(row)}
                </td>
              ))}
              {actions && <td className="row-actions">{actions.cell(row)}</td>}
            </tr>
            {after?.(row)}
          </Fragment>
        ))}
      </tbody>
    </table>
  );
}
