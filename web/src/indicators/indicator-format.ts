import type { Indicator } from '@ntm/domain/indicators/types';
import type { SafeCount } from '@ntm/domain/support/suppress';
import type { TFunction } from 'i18next';
import { locale } from '../i18n/i18n';

// How the plan's numbers read, the same on the dashboard and in the report preview: shares as
// "93,5 %" (vi-VN decimal comma, a no-break space before the sign as Vietnamese documents
// write it), counts with their unit ("3 hoạt động"), a done/not-done as words.

const percent = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });

/** 0.935 → "93,5 %"; 1 → "100 %". */
export function formatShare(share: number): string {
  return `${percent.format(Math.round(share * 1000) / 10)}\u00a0%`;
}

/** A count that may be suppressed: 12 → "12", "<5" → "<5", "hidden" → "ẩn". */
export function formatSafeCount(t: TFunction, count: SafeCount): string {
  if (typeof count === 'number') return integer.format(count);
  return t(`indicators.safeCount.${count}`);
}

/** A value of the indicator's kind, e.g. a trend point or the card's figure. */
export function formatIndicatorNumber(t: TFunction, indicator: Indicator, value: number): string {
  if (indicator.kind === 'share') return formatShare(value);
  if (indicator.kind === 'done')
    return t(value >= 1 ? 'indicators.done.yes' : 'indicators.done.no');
  return indicator.code === 'c'
    ? t('indicators.units.c', { n: integer.format(value) })
    : integer.format(value);
}

/** The card's big figure; "Chưa có số liệu" or "Ẩn …" when there is none to show. */
export function formatIndicatorValue(t: TFunction, indicator: Indicator): string {
  if (indicator.value === null) {
    return indicator.suppressed ? t('indicators.hiddenValue') : t('indicators.noValue');
  }
  return formatIndicatorNumber(t, indicator, indicator.value);
}

/** "≥ 80 %", "100 %", "≥ 1 hoạt động", "Ban hành kế hoạch". */
export function formatIndicatorTarget(t: TFunction, indicator: Indicator): string {
  if (indicator.kind === 'done') return t('indicators.doneTarget');
  const value = formatIndicatorNumber(t, indicator, indicator.target);
  const exact = indicator.kind === 'share' && indicator.target >= 1;
  return exact ? value : t('indicators.atLeast', { value });
}

/** "12/15" behind a share, with suppressed counts as "<5" or "ẩn"; null for a done/not-done. */
export function formatRatio(t: TFunction, indicator: Indicator): string | null {
  if (indicator.kind !== 'share' || indicator.numerator === null) return null;
  // Nothing to count yet (no officer listed, no report due): "0/0" would say nothing.
  if (indicator.denominator === null || indicator.denominator === 0) return null;
  return t('indicators.ratio', {
    numerator: formatSafeCount(t, indicator.numerator),
    denominator: formatSafeCount(t, indicator.denominator),
  });
}

/** Whether any count of the indicator is hidden to protect people (indicator d). */
export function hasHiddenCounts(indicator: Indicator): boolean {
  const counts = [indicator.numerator, indicator.denominator, indicator.dueCount];
  return indicator.suppressed || counts.some((c) => c === '<5' || c === 'hidden');
}

/** "2026-03" → 3. */
export function monthNumber(month: string): number {
  return Number(month.slice(5, 7));
}
