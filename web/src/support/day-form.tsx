import { vietnamToday } from '@ntm/domain/clock/vietnam-day';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { DateField } from '../ui/form/date-field';

interface DayFormProps {
  /** The form's name for screen readers, where the card holds several. */
  name?: string;
  dayLabel: string;
  /** The earliest day allowed (the case's opening, the referral's day); the latest is today. */
  min: string;
  submitLabel: string;
  secondary?: boolean;
  busy: boolean;
  onSubmit: (on: string) => unknown;
  /** The fields asked before the day (a service, an outcome). */
  children?: ReactNode;
}

/**
 * A one-line form on a case card that records something on a day, today unless changed: a
 * referral, its outcome, the case's closing. The browser holds it back while the day is empty or
 * not a real day (the date field says why).
 */
export function DayForm({
  name,
  dayLabel,
  min,
  submitLabel,
  secondary,
  busy,
  onSubmit,
  children,
}: DayFormProps) {
  const [on, setOn] = useState(vietnamToday());
  return (
    <form
      className="support-inline-form"
      aria-label={name}
      onSubmit={(event) => {
        event.preventDefault();
        void onSubmit(on);
      }}
    >
      {children}
      <DateField
        label={dayLabel}
        value={on}
        min={min}
        max={vietnamToday()}
        onChange={setOn}
        required
      />
      <button
        type="submit"
        className={secondary ? 'button button-secondary button-small' : 'button button-small'}
        disabled={busy}
      >
        {submitLabel}
      </button>
    </form>
  );
}
