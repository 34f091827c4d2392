import type { ReactNode } from 'react';
import { useFieldAria } from './form-field';

interface CheckboxFieldProps {
  /** The words beside the box, which a press on also ticks it. */
  label: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** Said under the choice and read out with it. */
  hint?: ReactNode;
  disabled?: boolean;
  /** The label's class, for a form's own layout ("choice": one choice a line). */
  className?: string;
}

/** One yes-or-no choice (several under one legend are a CheckboxGroup). */
export function CheckboxField({
  label,
  checked,
  onChange,
  hint,
  disabled,
  className = 'choice',
}: CheckboxFieldProps) {
  const { control, hintId } = useFieldAria({ hint });
  return (
    <>
      <label className={className}>
        <input
          type="checkbox"
          id={control.id}
          aria-describedby={control['aria-describedby']}
          checked={checked}
          disabled={disabled}
          onChange={(event) => onChange(event.target.checked)}
        />
        {label}
      </label>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
    </>
  );
}
