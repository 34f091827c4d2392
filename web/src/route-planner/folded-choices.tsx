import type { ReactNode } from 'react';

interface FoldedChoicesProps<Value extends string | number> {
  title: string;
  options: readonly { value: Value; label: ReactNode }[];
  /** The values ticked, in the order they were ticked. */
  chosen: readonly Value[];
  onChange: (chosen: Value[]) => void;
  /** In columns: many short names (villages, key areas). */
  grid?: boolean;
}

/** Checkboxes folded under their title, which says how many are ticked while folded. */
export function FoldedChoices<Value extends string | number>({
  title,
  options,
  chosen,
  onChange,
  grid,
}: FoldedChoicesProps<Value>) {
  const boxes = options.map(({ value, label }) => (
    <label key={value} className="planner-check">
      <input
        type="checkbox"
        checked={chosen.includes(value)}
        onChange={() =>
          onChange(chosen.includes(value) ? chosen.filter((v) => v !== value) : [...chosen, value])
        }
      />
      {label}
    </label>
  ));
  return (
    <details className="planner-choices">
      <summary className="planner-choices-title">
        {title}
        {chosen.length > 0 ? ` · ${chosen.length}` : ''}
      </summary>
      {grid ? <div className="planner-village-grid">{boxes}</div> : boxes}
    </details>
  );
}
