import type { ReactNode } from 'react';

interface FactProps {
  term: string;
  /** The value; with none (null, false, '') the whole fact is left out. */
  children: ReactNode;
  className?: string;
}

/** One term and its value in a `<dl>`, shown only when there is a value to show. */
export function Fact({ term, children, className }: FactProps) {
  if (children === null || children === undefined || children === false || children === '') {
    return null;
  }
  return (
    <>
      <dt>{term}</dt>
      <dd className={className}>{children}</dd>
    </>
  );
}
