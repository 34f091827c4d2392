import { Fragment, type ReactNode } from 'react';

/** A term, its value, and the value's class; `false` or `null` leaves a row out. */
export type Term = readonly [term: string, value: ReactNode, valueClassName?: string];

interface TermListProps {
  className: string;
  /** In order; each term once (it is the row's key). */
  terms: readonly (Term | false | null | undefined)[];
}

/**
 * Terms and their values as a plain description list (`dt`, `dd` side by side, laid out by the
 * list's own grid), the rows a record lacks left out.
 */
export function TermList({ className, terms }: TermListProps) {
  return (
    <dl className={className}>
      {terms.map(
        (row) =>
          row && (
            <Fragment key={row[0]}>
              <dt>{row[0]}</dt>
              <dd className={row[2]}>{row[1]}</dd>
            </Fragment>
          ),
      )}
    </dl>
  );
}
