import type { InputHTMLAttributes, TextareaHTMLAttributes } from 'react';
import { type FieldFrame, FormField } from './form-field';

type Native<Attributes> = Omit<
  Attributes,
  'id' | 'value' | 'onChange' | 'type' | 'className' | 'children' | 'required'
>;

type TextFieldProps = FieldFrame &
  Native<InputHTMLAttributes<HTMLInputElement>> & {
    value: string;
    onChange: (value: string) => void;
    type?: 'text' | 'search' | 'tel' | 'email' | 'password' | 'url';
  };

/** A one-line text field. */
export function TextField({
  label,
  hint,
  error,
  required,
  className,
  value,
  onChange,
  type = 'text',
  ...input
}: TextFieldProps) {
  return (
    <FormField label={label} hint={hint} error={error} required={required} className={className}>
      {(aria) => (
        <input
          {...input}
          {...aria}
          type={type}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </FormField>
  );
}

type NumberFieldProps = FieldFrame &
  Native<InputHTMLAttributes<HTMLInputElement>> & {
    /** As typed (a number is shown as its text): the form decides how to read "" or "1e". */
    value: string | number;
    onChange: (value: string) => void;
  };

/** A number, typed on a phone's numeric keypad. */
export function NumberField({
  label,
  hint,
  error,
  required,
  className,
  value,
  onChange,
  inputMode = 'numeric',
  ...input
}: NumberFieldProps) {
  return (
    <FormField label={label} hint={hint} error={error} required={required} className={className}>
      {(aria) => (
        <input
          {...input}
          {...aria}
          type="number"
          inputMode={inputMode}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </FormField>
  );
}

type TextAreaFieldProps = FieldFrame &
  Native<TextareaHTMLAttributes<HTMLTextAreaElement>> & {
    value: string;
    onChange: (value: string) => void;
  };

/** Several lines of text. */
export function TextAreaField({
  label,
  hint,
  error,
  required,
  className,
  value,
  onChange,
  ...textarea
}: TextAreaFieldProps) {
  return (
    <FormField label={label} hint={hint} error={error} required={required} className={className}>
      {(aria) => (
        <textarea
          {...textarea}
          {...aria}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </FormField>
  );
}
