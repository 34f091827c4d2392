import type { ReactNode, SelectHTMLAttributes } from 'react';
import { type FieldFrame, FormField, splitFrame } from './form-field';

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
export function SelectField(props: SelectFieldProps) {
  const [frame, { value, onChange, children, ...select }] = splitFrame(props);
  return (
    <FormField {...frame}>
      {(aria) => (
        <select {...select} {...aria} value={value} onChange={(e) => onChange(e.target.value)}>
          {children}
        </select>
      )}
    </FormField>
  );
}
