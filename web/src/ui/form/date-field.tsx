import type { TFunction } from 'i18next';
import { type InputHTMLAttributes, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { maskDay, readDay, showDay } from './calendar-day';
import { type FieldFrame, FormField, splitFrame } from './form-field';

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
export function DateField(props: DateFieldProps) {
  const [frame, { value, onChange, min, max, onBlur, ...input }] = splitFrame(props);
  const { t } = useTranslation();
  const [text, setText] = useState(() => showDay(value));
  const [left, setLeft] = useState(false);
  // A value changed from outside (a reset, a slider) replaces the text, unless the text already
  // means it: a half-typed day means "" and stays while the form holds "".
  const seen = useRef(value);
  if (value !== seen.current) {
    seen.current = value;
    if (acceptedDay(text, min, max) !== value) setText(showDay(value));
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

  // A form the browser validates (no noValidate) is stopped by the same words.
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => inputRef.current?.setCustomValidity(own ?? ''), [own]);

  function change(raw: string) {
    const masked = maskDay(raw);
    setText(masked);
    setLeft(false);
    const iso = acceptedDay(masked, min, max);
    if (iso !== value) onChange(iso);
  }

  return (
    <FormField {...frame} error={own ?? frame.error}>
      {(aria) => (
        <input
          {...input}
          {...aria}
          ref={inputRef}
          className="date-input"
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

/** The ISO day the text means, or "" when it is not a whole, real day within the bounds. */
function acceptedDay(text: string, min: string | undefined, max: string | undefined): string {
  const reading = readDay(text);
  if (!reading.ok) return '';
  return (min && reading.iso < min) || (max && reading.iso > max) ? '' : reading.iso;
}

function boundText(t: TFunction, min: string | undefined, max: string | undefined): string {
  if (min && max) return t('form.date.between', { min: showDay(min), max: showDay(max) });
  if (min) return t('form.date.notBefore', { min: showDay(min) });
  return t('form.date.notAfter', { max: showDay(max ?? '') });
}
