import { type InputHTMLAttributes, useEffect, useRef, useState } from 'react';
import { type FieldFrame, FormField, splitFrame } from './form-field';

/** How a field of a fixed written form (a day, a time) turns text into the form's value. */
export interface WrittenForm {
  /** The text shown for the form's value ("" for none). */
  show: (value: string) => string;
  /** What the field shows as someone types: separators put in, stray characters dropped. */
  mask: (raw: string) => string;
  /** The value the text means, or "" while it is empty, incomplete or not acceptable. */
  accept: (text: string) => string;
  /** Whether the text looks whole, so a problem with it may be said before the field is left. */
  complete: (text: string) => boolean;
  /** What is wrong with the text, or null. */
  problem: (text: string) => string | null;
  /** The input's own check (pattern, maxLength) and the form it asks for (placeholder). */
  input: { pattern: string; maxLength: number; placeholder: string };
}

export type TypedTextFieldProps = FieldFrame &
  Omit<
    InputHTMLAttributes<HTMLInputElement>,
    'id' | 'value' | 'onChange' | 'type' | 'className' | 'min' | 'max' | 'required' | 'children'
  > & {
    /** The form's value ("" for none), never the text as typed. */
    value: string;
    /** Called with the value the text means, or "" while it means none. */
    onChange: (value: string) => void;
  };

/**
 * A text field typed in one written form whatever the browser's language (the DateField's
 * dd/mm/yyyy, the TimeField's 24-hour HH:mm): the form only ever sees the value. A problem is
 * said under the field once the text is whole or the field is left, and stops a form the
 * browser validates.
 */
export function TypedTextField({
  written,
  inputClassName,
  ...props
}: TypedTextFieldProps & { written: WrittenForm; inputClassName: string }) {
  const [frame, { value, onChange, onBlur, ...input }] = splitFrame(props);
  const [text, setText] = useState(() => written.show(value));
  const [left, setLeft] = useState(false);
  // A value changed from outside (a reset, a slider) replaces the text, unless the text already
  // means it: a half-typed text means "" and stays while the form holds "".
  const seen = useRef(value);
  if (value !== seen.current) {
    seen.current = value;
    if (written.accept(text) !== value) setText(written.show(value));
  }

  const own = written.complete(text) || left ? written.problem(text) : null;
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => inputRef.current?.setCustomValidity(own ?? ''), [own]);

  function change(raw: string) {
    const masked = written.mask(raw);
    setText(masked);
    setLeft(false);
    const accepted = written.accept(masked);
    if (accepted !== value) onChange(accepted);
  }

  return (
    <FormField {...frame} error={own ?? frame.error}>
      {(aria) => (
        <input
          inputMode="numeric"
          autoComplete="off"
          {...written.input}
          {...input}
          {...aria}
          ref={inputRef}
          className={inputClassName}
          type="text"
          value={text}
          onChange={(event) => change(event.target.value)}
          onBlur={(event) => {
            setLeft(true);
            onBlur?.(event);
          }}
        />
      )}
    </FormField>
  );
}
