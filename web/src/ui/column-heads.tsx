/** A column heading with more than its text: a class, or read by screen readers only. */
export interface ColumnHead {
  label: string;
  className?: string;
  /** Said to screen readers only (a column of buttons needs a name but no visible title). */
  hidden?: boolean;
}

interface ColumnHeadsProps {
  /** In order; `false` leaves a column out (one shown only when the rows have its data). */
  columns: readonly (string | ColumnHead | false)[];
  className?: string;
  /** The class of every heading that names none of its own. */
  cellClassName?: string;
}

/** A table's `<thead>`: one row of column headings. */
export function ColumnHeads({ columns, className, cellClassName }: ColumnHeadsProps) {
  return (
    <thead className={className}>
      <tr>
        {columns.map((column, index) => {
          if (column === false) return null;
          const head = typeof column === 'string' ? { label: column } : column;
          return (
            // By place: the columns are fixed, and two may have the same label.
            <th key={index} scope="col" className={head.className ?? cellClassName}>
              {head.hidden ? <span className="visually-hidden">{head.label}</span> : head.label}
            </th>
          );
        })}
      </tr>
    </thead>
  );
}
