import type { PeriodKind } from '@ntm/domain/reports/report-types';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { firstPlanYear } from '../indicators/indicator-query';
import { Options } from '../ui/form/options';
import { SelectField } from '../ui/form/select-field';
import {
  lastEndedPeriod,
  type PeriodOption,
  periodEnded,
  periodKinds,
  periodOf,
  periodsOf,
} from './report-periods';

const roman = ['I', 'II', 'III', 'IV'];

/** "Tháng 3", "Quý III", "6 tháng đầu năm", "Cả năm". */
export function periodName(t: TFunction, period: PeriodOption): string {
  switch (period.kind) {
    case 'month':
      return t('reports.periodNames.month', { index: period.index });
    case 'quarter':
      return t('reports.periodNames.quarter', { roman: roman[period.index - 1] });
    case 'half':
      return t(period.index === 1 ? 'reports.periodNames.half1' : 'reports.periodNames.half2');
    default:
      return t('reports.periodNames.year');
  }
}

interface PeriodPickerProps {
  value: PeriodOption;
  today: string;
  onChange: (period: PeriodOption) => void;
}

/**
 * The kind of period (month, quarter, six months, year), its year and which one. Periods that
 * have not started cannot be picked; the running one can (a draft may be started early).
 */
export function PeriodPicker({ value, today, onChange }: PeriodPickerProps) {
  const { t } = useTranslation();
  const thisYear = Number(today.slice(0, 4));
  const years = Array.from({ length: thisYear - firstPlanYear + 1 }, (_, i) => thisYear - i);
  const options = periodsOf(value.kind, value.year).filter((p) => p.from <= today);

  function changeYear(text: string) {
    const year = Number(text);
    const started = periodsOf(value.kind, year).filter((p) => p.from <= today);
    const same = started.find((p) => p.index === value.index);
    onChange(same ?? started.at(-1) ?? periodOf(value.kind, year, 1));
  }
  return (
    <form className="period-picker" onSubmit={(e) => e.preventDefault()}>
      <SelectField
        label={t('reports.kind')}
        value={value.kind}
        onChange={(kind) => onChange(lastEndedPeriod(kind as PeriodKind, today))}
      >
        <Options values={periodKinds} label={(kind) => t(`reports.kinds.${kind}`)} />
      </SelectField>
      <SelectField label={t('reports.year')} value={value.year} onChange={changeYear}>
        <Options values={years} />
      </SelectField>
      {value.kind !== 'year' && (
        <SelectField
          label={t('reports.period')}
          value={value.code}
          onChange={(code) => {
            const next = options.find((p) => p.code === code);
            if (next) onChange(next);
          }}
        >
          {options.map((p) => (
            <option key={p.code} value={p.code}>
              {periodName(t, p)}
              {periodEnded(p, today) ? '' : ` ${t('reports.notEnded')}`}
            </option>
          ))}
        </SelectField>
      )}
    </form>
  );
}
