import './date-time-field.css';
import { type ReactNode, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from './date-field';
import { FieldGroup } from './field-group';
import { TimeField } from './time-field';

interface DateTimeFieldProps {
  legend: ReactNode;
  /** "YYYY-MM-DDTHH:mm" in the commune's time, or "" for none. */
  value: string;
  /** Called with "YYYY-MM-DDTHH:mm", or "" while the day or the time is not whole. */
  onChange: (value: string) => void;
  hint?: ReactNode;
  error?: string | null;
}

/**
 * A day and a time of day, side by side (dd/mm/yyyy and 24-hour HH:mm whatever the browser's
 * language, where <input type="datetime-local"> shows "03/05/2026, 07:00 PM" in English).
 */
export function DateTimeField({ legend, value, onChange, hint, error }: DateTimeFieldProps) {
  const { t } = useTranslation();
  const [parts, setParts] = useState(() => splitValue(value));
  // A value changed from outside replaces both parts, unless they already mean it.
  const seen = useRef(value);
  if (value !== seen.current) {
    seen.current = value;
    if (joinParts(parts) !== value) setParts(splitValue(value));
  }

  // Each part's label, text and change: the other part stays as it is.
  const part = (key: 'day' | 'time') => ({
    label: t(`form.dateTime.${key}`),
    value: parts[key],
    onChange: (text: string) => {
      const next = { ...parts, [key]: text };
      setParts(next);
      const joined = joinParts(next);
      if (joined !== value) onChange(joined);
    },
  });

  return (
    <FieldGroup legend={legend} hint={hint} error={error} className="date-time-field">
      <div className="date-time-parts">
        <DateField {...part('day')} />
        <TimeField {...part('time')} />
      </div>
    </FieldGroup>
  );
}

const splitValue = (value: string) => {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(value);
  return match ? { day: match[1] ?? '', time: match[2] ?? '' } : { day: '', time: '' };
};

const joinParts = ({ day, time }: { day: string; time: string }) =>
  day && time ? `${day}T${time}` : '';
