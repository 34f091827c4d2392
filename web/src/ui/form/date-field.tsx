import type { TFunction } from 'i18next';
import { type InputHTMLAttributes, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { maskDay, readDay, showDay } from './calendar-day';
import { type FieldFrame, FormField } from './form-field';

type DateFieldProps = FieldFrame &
  Omit<
    InputHTMLAttributes<HTMLInputElement>,
    'id' | 'value' | 'onChange' | 'type' | 'className' | 'min' | 'max' | 'required' | 'children'
  > & {
    /** ISO yyyy-mm-dd, or "" for no day. */
    value: string;
    /** Called with the ISO day, or "" while the text is empty, incomplete or not a real day. */
    onChange: (iso: string) => void;
    /** ISO bounds, both included. */
    min?: string;
    max?: string;
  };

/**
 * A day shown and typed as dd/mm/yyyy whatever the browser's language (an <input type="date">
 * shows mm/dd/yyyy on an English system, where 03/05 is another day). Slashes are put in while
 * typing; an impossible day or one outside min..max is said under the field once the year is
 * typed or the field is left. The form only ever sees ISO days.
 */
export function DateField({
  label,
  hint,
  error,
  required,
  className,
  value,
  onChange,
  min,
  max,
  onBlur,
  ...input
}: DateFieldProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(() => showDay(value));
  const [left, setLeft] = useState(false);
  // The last day this field reported, so a value set from outside (a reset) replaces the text.
  const reported = useRef(value);
  if (value !== reported.current) {
    reported.current = value;
    const shown = showDay(value);
    if (shown !== text) setText(shown);
  }

  const reading = readDay(text);
  const bounded =
    reading.ok && ((min && reading.iso < min) || (max && reading.iso > max)) ? reading.iso : null;
  const complete = /\d{4}$/.test(text.trim()) || left;
  const own = !complete
    ? null
    : bounded
      ? boundText(t, min, max)
      : !reading.ok && reading.reason === 'impossible'
        ? t('form.date.impossible', { text: text.trim() })
        : !reading.ok && reading.reason === 'incomplete'
          ? t('form.date.incomplete')
          : null;

  function change(raw: string) {
    const masked = maskDay(raw);
    setText(masked);
    setLeft(false);
    const next = readDay(masked);
    const iso = next.ok && !(min && next.iso < min) && !(max && next.iso > max) ? next.iso : '';
    reported.current = iso;
    if (iso !== value) onChange(iso);
  }

  return (
    <FormField
      label={label}
      hint={hint}
      error={own ?? error}
      required={required}
      className={className}
    >
      {(aria) => (
        <input
          {...input}
          {...aria}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          pattern="\d{1,2}/\d{1,2}/\d{4}"
          maxLength={10}
          placeholder={t('form.date.placeholder')}
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

function boundText(t: TFunction, min: string | undefined, max: string | undefined): string {
  if (min && max) return t('form.date.between', { min: showDay(min), max: showDay(max) });
  if (min) return t('form.date.notBefore', { min: showDay(min) });
  return t('form.date.notAfter', { max: showDay(max ?? '') });
}
