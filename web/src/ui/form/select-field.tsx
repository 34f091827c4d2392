import type { ReactNode, SelectHTMLAttributes } from 'react';
import { type FieldFrame, FormField } from './form-field';

type SelectFieldProps = FieldFrame &
  Omit<
    SelectHTMLAttributes<HTMLSelectElement>,
    'id' | 'value' | 'onChange' | 'className' | 'children' | 'required'
  > & {
    /** A number is shown as its text; onChange always hands back the option's text. */
    value: string | number;
    onChange: (value: string) => void;
    /** The <option>s (and <optgroup>s), so a form keeps its own empty choice and grouping. */
    children: ReactNode;
  };

/** A choice from a list. */
export function SelectField({
  label,
  hint,
  error,
  required,
  className,
  value,
  onChange,
  children,
  ...select
}: SelectFieldProps) {
  return (
    <FormField label={label} hint={hint} error={error} required={required} className={className}>
      {(aria) => (
        <select
          {...select}
          {...aria}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        >
          {children}
        </select>
      )}
    </FormField>
  );
}
