import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { maskDay, readDay, showDay } from './calendar-day';
import { TypedTextField, type TypedTextFieldProps, type WrittenForm } from './typed-text-field';

type DateFieldProps = TypedTextFieldProps & {
  /** ISO bounds, both included. */
  min?: string;
  max?: string;
};

/**
 * A day shown and typed as dd/mm/yyyy whatever the browser's language (an <input type="date">
 * shows mm/dd/yyyy on an English system, where 03/05 is another day). Slashes are put in while
 * typing; an impossible day or one outside min..max is said under the field once the year is
 * typed or the field is left. The form only ever sees ISO days ("" for none).
 */
export function DateField({ min, max, ...field }: DateFieldProps) {
  const { t } = useTranslation();
  return (
    <TypedTextField {...field} written={writtenDay(t, min, max)} inputClassName="date-input" />
  );
}

/** A DateField's bounds when only the days of `year` may be recorded (a plan year's records). */
export const daysOfYear = (year: number) => ({ min: `${year}-01-01`, max: `${year}-12-31` });

function writtenDay(t: TFunction, min: string | undefined, max: string | undefined): WrittenForm {
  const outside = (iso: string) => Boolean((min && iso < min) || (max && iso > max));
  return {
    input: {
      pattern: '\\d{1,2}/\\d{1,2}/\\d{4}',
      maxLength: 10,
      placeholder: t('form.date.placeholder'),
    },
    show: showDay,
    mask: maskDay,
    accept: (text) => {
      const reading = readDay(text);
      return reading.ok && !outside(reading.iso) ? reading.iso : '';
    },
    complete: (text) => /\d{4}$/.test(text.trim()),
    problem: (text) => {
      const reading = readDay(text);
      if (reading.ok) return outside(reading.iso) ? boundText(t, min, max) : null;
      if (reading.reason === 'impossible') {
        return t('form.date.impossible', { text: text.trim() });
      }
      return reading.reason === 'incomplete' ? t('form.date.incomplete') : null;
    },
  };
}

function boundText(t: TFunction, min: string | undefined, max: string | undefined): string {
  if (min && max) return t('form.date.between', { min: showDay(min), max: showDay(max) });
  if (min) return t('form.date.notBefore', { min: showDay(min) });
  return t('form.date.notAfter', { max: showDay(max ?? '') });
}
