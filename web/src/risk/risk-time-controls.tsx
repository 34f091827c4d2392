import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Season } from '../api/risk-client';
import { formatCalendarDate } from '../i18n/format';
import { DateField } from '../ui/form/date-field';
import { SelectField } from '../ui/form/select-field';
import { dateOfDay, dayOfYear, daysInYear, yearOf } from './calendar-days';
import { seasonPeak, seasonsOnDay } from './season-peak';

/** Slider moves settle this long before the day is asked of the API. */
const debounceMs = 300;

interface RiskTimeControlsProps {
  /** The day shown on the map. */
  on: string;
  onChange: (day: string) => void;
  /** The seasons of `on`'s year (GET /api/seasons); empty until they load. */
  seasons: readonly Season[];
}

/**
 * The day the map shows: typed as a date, dragged along the days of its year (the date and
 * its season follow the finger; the map asks once the slider rests), or jumped to a season's
 * peak day.
 */
export function RiskTimeControls({ on, onChange, seasons }: RiskTimeControlsProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(on);
  useEffect(() => setDraft(on), [on]);
  useEffect(() => {
    if (draft === on) return;
    const timer = window.setTimeout(() => onChange(draft), debounceMs);
    return () => window.clearTimeout(timer);
  }, [draft, on, onChange]);

  const year = yearOf(draft);
  const inSeason = seasonsOnDay(seasons, draft).map((s) => s.name);
  return (
    <div className="risk-time">
      <DateField
        label={t('risk.day')}
        min="2020-01-01"
        max="2035-12-31"
        value={draft}
        onChange={(day) => day && onChange(day)}
      />
      <label className="risk-slider">
        <span className="visually-hidden">{t('risk.slider', { year })}</span>
        <input
          type="range"
          min={0}
          max={daysInYear(year) - 1}
          step={1}
          value={dayOfYear(draft)}
          aria-valuetext={formatCalendarDate(draft)}
          onChange={(e) => setDraft(dateOfDay(year, Number(e.target.value)))}
        />
      </label>
      <p className="risk-slider-day" aria-live="polite">
        {t('risk.sliderDay', {
          date: formatCalendarDate(draft),
          season: inSeason.length > 0 ? inSeason.join(', ') : t('risk.ordinaryDay'),
        })}
      </p>
      {seasons.length > 0 && (
        <SelectField
          label={t('risk.seasonPicker')}
          value=""
          onChange={(value) => {
            const season = seasons.find((s) => s.code === value);
            if (season) onChange(seasonPeak(season));
          }}
        >
          <option value="">{t('risk.seasonPick')}</option>
          {seasons.map((s) => (
            <option key={s.code} value={s.code}>
              {t('risk.seasonOption', {
                name: s.name,
                date: formatCalendarDate(seasonPeak(s)),
              })}
            </option>
          ))}
        </SelectField>
      )}
    </div>
  );
}
