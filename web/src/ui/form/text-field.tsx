import type { InputHTMLAttributes, Ref, TextareaHTMLAttributes } from 'react';
import { type FieldFrame, FormField, splitFrame } from './form-field';

type Native<Attributes> = Omit<
  Attributes,
  'id' | 'value' | 'onChange' | 'type' | 'className' | 'children' | 'required'
>;

export type TextFieldProps = FieldFrame &
  Native<InputHTMLAttributes<HTMLInputElement>> & {
    /** A number is shown as its text; onChange always hands back the text as typed. */
    value: string | number;
    onChange: (value: string) => void;
    type?: 'text' | 'search' | 'tel' | 'email' | 'url' | 'number';
    /** For a form that moves the focus to the field (the first one at fault). */
    ref?: Ref<HTMLInputElement>;
  };

/** A one-line text field. */
export function TextField(props: TextFieldProps) {
  const [frame, { value, onChange, type = 'text', ...input }] = splitFrame(props);
  return (
    <FormField {...frame}>
      {(aria) => (
        <input
          {...input}
          {...aria}
          type={type}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </FormField>
  );
}

/**
 * A number, typed on a phone's numeric keypad; the value stays as typed, so the form decides
 * how to read "" or "1e".
 */
export function NumberField(props: Omit<TextFieldProps, 'type'>) {
  return <TextField inputMode="numeric" {...props} type="number" />;
}

type TextAreaFieldProps = FieldFrame &
  Native<TextareaHTMLAttributes<HTMLTextAreaElement>> & {
    value: string;
    onChange: (value: string) => void;
  };

/** Several lines of text. */
export function TextAreaField(props: TextAreaFieldProps) {
  const [frame, { value, onChange, ...textarea }] = splitFrame(props);
  return (
    <FormField {...frame}>
      {(aria) => (
        <textarea
          {...textarea}
          {...aria}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </FormField>
  );
}
