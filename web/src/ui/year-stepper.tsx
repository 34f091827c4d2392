import './pages.css';
import { useTranslation } from 'react-i18next';

interface YearStepperProps {
  year: number;
  firstYear: number;
  lastYear: number;
  onChange: (year: number) => void;
}

/** A year between firstYear and lastYear, one step back or forward at a time. */
export function YearStepper({ year, firstYear, lastYear, onChange }: YearStepperProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="year-stepper" aria-label={t('yearStepper.label')}>
      <button
        type="button"
        className="button button-secondary button-small"
        disabled={year <= firstYear}
        onClick={() => onChange(year - 1)}
        aria-label={t('yearStepper.previous')}
      >
        ‹
      </button>
      <strong aria-live="polite">{t('yearStepper.value', { year })}</strong>
      <button
        type="button"
        className="button button-secondary button-small"
        disabled={year >= lastYear}
        onClick={() => onChange(year + 1)}
        aria-label={t('yearStepper.next')}
      >
        ›
      </button>
    </fieldset>
  );
}
