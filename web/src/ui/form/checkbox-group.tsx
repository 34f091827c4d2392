import { type ReactNode, useId } from 'react';

interface CheckboxGroupProps<Value extends string | number> {
  legend: ReactNode;
  /** Every choice, in the order shown. */
  options: readonly { value: Value; label: ReactNode }[];
  /** The values ticked, in any order. */
  value: readonly Value[];
  onChange: (value: Value[]) => void;
  hint?: ReactNode;
  error?: string | null;
  /** The fieldset's class, for a form's own layout ("choice-group": one choice a line). */
  className?: string;
  /** Extra class on each choice's label, where a form lays choices out its own way. */
  choiceClassName?: string;
  /** The inputs' name, for a form read as FormData. */
  name?: string;
}

/** Several choices under one legend; ticking keeps the options' order in the value. */
export function CheckboxGroup<Value extends string | number>({
  legend,
  options,
  value,
  onChange,
  hint,
  error,
  className = 'choice-group',
  choiceClassName = 'choice',
  name,
}: CheckboxGroupProps<Value>) {
  const id = useId();
  const describedBy =
    [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') ||
    undefined;
  const toggle = (option: Value, checked: boolean) =>
    onChange(
      options.map((o) => o.value).filter((v) => (v === option ? checked : value.includes(v))),
    );
  return (
    <fieldset
      className={className}
      aria-describedby={describedBy}
      aria-invalid={error ? true : undefined}
    >
      <legend className="field-label">{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      {options.map((option) => (
        <label key={option.value} className={choiceClassName}>
          <input
            type="checkbox"
            name={name}
            value={option.value}
            checked={value.includes(option.value)}
            onChange={(event) => toggle(option.value, event.target.checked)}
          />
          {option.label}
        </label>
      ))}
      <p id={`${id}-error`} className="field-problem" aria-live="polite">
        {error ?? ''}
      </p>
    </fieldset>
  );
}
