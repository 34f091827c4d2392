import { type ReactNode, useEffect, useRef } from 'react';
import { formatInteger } from '../i18n/format';

interface ToggleProps {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  swatch?: ReactNode;
  count?: number | undefined;
  indeterminate?: boolean;
}

/** A labelled checkbox with its legend swatch and how many features it stands for. */
export function Toggle({ label, checked, onChange, swatch, count, indeterminate }: ToggleProps) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = Boolean(indeterminate);
  }, [indeterminate]);
  return (
    <label className="toggle">
      <input
        ref={ref}
        type="checkbox"
        checked={checked}
        aria-checked={indeterminate ? 'mixed' : checked}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      {swatch}
      <span className="toggle-label">{label}</span>
      {count !== undefined && <span className="toggle-count">{formatInteger(count)}</span>}
    </label>
  );
}

interface ToggleGroupProps<K extends string> {
  label: string;
  keys: readonly K[];
  values: Record<K, boolean>;
  onChange: (values: Record<K, boolean>) => void;
  labelOf: (key: K) => string;
  swatchOf: (key: K) => ReactNode;
  countOf: (key: K) => number | undefined;
}

/** A master checkbox (checked, unchecked or mixed) over one checkbox per kind. */
export function ToggleGroup<K extends string>(props: ToggleGroupProps<K>) {
  const { label, keys, values, onChange, labelOf, swatchOf, countOf } = props;
  const shown = keys.filter((key) => values[key]).length;
  const setAll = (checked: boolean) =>
    onChange(Object.fromEntries(keys.map((key) => [key, checked])) as Record<K, boolean>);
  const counts = keys.map(countOf);
  const total = counts.every((c) => c === undefined)
    ? undefined
    : counts.reduce<number>((sum, c) => sum + (c ?? 0), 0);
  return (
    <fieldset className="toggle-group">
      <legend className="visually-hidden">{label}</legend>
      <Toggle
        label={label}
        checked={shown === keys.length}
        indeterminate={shown > 0 && shown < keys.length}
        onChange={setAll}
        count={total}
      />
      <ul className="toggle-children">
        {keys.map((key) => (
          <li key={key}>
            <Toggle
              label={labelOf(key)}
              checked={values[key]}
              onChange={(checked) => onChange({ ...values, [key]: checked })}
              swatch={swatchOf(key)}
              count={countOf(key)}
            />
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
