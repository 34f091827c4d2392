import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatInteger } from '../i18n/format';
import {
  hotSpotClasses,
  hotSpotColors,
  noBusinessesColor,
  type RiskLevelKey,
  riskLevelColors,
  riskRampGradient,
  riskSeasonColor,
  riskThresholds,
} from '../theme/risk-colors';
import type { RiskView } from './risk-view';

const levels = Object.keys(riskLevelColors) as RiskLevelKey[];
/** Each level's band [from, to) on the 0–100 scale. */
const bands: Record<RiskLevelKey, { from: number; to: number }> = {
  low: { from: 0, to: riskThresholds.medium },
  medium: { from: riskThresholds.medium, to: riskThresholds.high },
  high: { from: riskThresholds.high, to: riskThresholds['very-high'] },
  'very-high': { from: riskThresholds['very-high'], to: 100 },
};

interface RiskLegendProps {
  view: RiskView;
  cellMeters: number;
  /** On a phone the legend starts folded so it does not cover the map. */
  folded: boolean;
  /**
   * The day's seasons and the points they add to every business (null on an ordinary day);
   * left out where the day is not one (the season comparison names its own).
   */
  season?: { names: readonly string[]; points: number } | null;
  /** Under the legend: which version of the village outlines a past day's map draws. */
  villageNote?: ReactNode;
}

const decimal = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });

/**
 * The legend on the map for the view shown, saying what the colour means there: each business's
 * score (heat), a cell's riskiest business (cells), a village's mean (villages), all on the one
 * fixed 0–100 ramp with the levels, or the hot-spot classes. On a season's day it says how many
 * points the season adds to every business against an ordinary day.
 */
export function RiskLegend({ view, cellMeters, folded, season, villageNote }: RiskLegendProps) {
  const { t } = useTranslation();
  return (
    <details className="risk-legend" open={!folded}>
      <summary>{t('risk.legend')}</summary>
      {view === 'hotspots' ? (
        <>
          <ul className="risk-legend-classes">
            {hotSpotClasses.map((c) => (
              <li key={c}>
                <span className="risk-legend-box" style={{ background: hotSpotColors[c] }} />
                {t(`risk.hotClasses.${c}`)}
              </li>
            ))}
          </ul>
          <p className="risk-legend-note">{t('risk.legendHot')}</p>
        </>
      ) : (
        <>
          <p className="risk-legend-title">{t('risk.legendScore')}</p>
          <div className="risk-legend-ramp" style={{ background: riskRampGradient }} />
          <div className="risk-legend-ticks" aria-hidden="true">
            {[0, riskThresholds.medium, riskThresholds.high, riskThresholds['very-high'], 100].map(
              (v) => (
                <span key={v} style={{ left: `${v}%` }}>
                  {formatInteger(v)}
                </span>
              ),
            )}
          </div>
          <ul className="risk-legend-levels">
            {levels.map((level) => (
              <li key={level}>
                <span className="risk-legend-box" style={{ background: riskLevelColors[level] }} />
                <strong>{t(`risk.levels.${level}`)}</strong>{' '}
                <span className="muted">
                  {t(`risk.levelRanges.${level}`, {
                    from: formatInteger(bands[level].from),
                    to: formatInteger(bands[level].to),
                  })}
                </span>
              </li>
            ))}
          </ul>
          {view === 'villages' && (
            <p className="risk-legend-none">
              <span className="risk-legend-box" style={{ background: noBusinessesColor }} />
              {t('risk.legendNoBusinesses')}
            </p>
          )}
          <p className="risk-legend-note">
            {view === 'heat' && t('risk.legendHeat')}
            {view === 'cells' && t('risk.legendCells', { cell: formatInteger(cellMeters) })}
            {view === 'villages' && t('risk.legendVillages')}
          </p>
          {season !== undefined && (
            <p className="risk-legend-season">
              {season && view === 'heat' && (
                <span
                  className="risk-legend-ring"
                  style={{ borderColor: riskSeasonColor }}
                  aria-hidden="true"
                />
              )}
              {season
                ? t(view === 'heat' ? 'risk.legendSeasonRing' : 'risk.legendSeason', {
                    names: season.names.join(', '),
                    points: decimal.format(season.points),
                  })
                : t('risk.legendOrdinary')}
            </p>
          )}
        </>
      )}
      {villageNote}
    </details>
  );
}
