interface FactListProps {
  /** Term and value, in order; each term once (it is the row's key). */
  facts: readonly (readonly [string, string])[];
  className: string;
}

/** Short facts as a description list, each term with its value in a box of its own. */
export function FactList({ facts, className }: FactListProps) {
  return (
    <dl className={className}>
      {facts.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
