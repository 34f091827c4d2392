import type { Map as MapLibreMap } from 'maplibre-gl';
import { type ReactNode, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BusinessRisk, RiskClient } from '../api/risk-client';
import { formatCalendarDate } from '../i18n/format';
import { addOverlayClick } from '../map/interactions';
import { riskLevelColors } from '../theme/colors';
import { CircleSwatch } from '../ui/swatch';
import { useDelayedFlag } from '../ui/use-delayed-flag';
import { RiskCard } from './risk-card';
import { removeRisk, riskPointLayerId, showRisk } from './risk-layer';

/** Today in Vietnam time, 'YYYY-MM-DD'. */
const vietnamToday = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
const listed = 8;

interface Options {
  map: MapLibreMap | null;
  client: RiskClient;
  /** Leadership and police read risk. */
  enabled: boolean;
  /** Shown from the start (leadership's main view) or on demand (police). */
  shownAtFirst: boolean;
  narrow: boolean;
}

/**
 * The risk map: a heat map of the businesses' scores for a chosen day (the season shown), rings
 * by level when zoomed in, the highest ones listed; a business opens the factors of its score.
 */
export function useRiskMap({ map, client, enabled, shownAtFirst, narrow }: Options) {
  const { t } = useTranslation();
  const [on, setOn] = useState(vietnamToday);
  const [visible, setVisible] = useState(shownAtFirst);
  const [answer, setAnswer] = useState<{
    on: string;
    seasons: string[];
    features: BusinessRisk[];
  } | null>(null);
  const [loading, setLoading] = useState(false);
  const [failed, setFailed] = useState(false);
  const [open, setOpen] = useState<BusinessRisk | null>(null);
  const slow = useDelayedFlag(loading, 1000);

  useEffect(() => {
    if (!enabled || !visible || answer?.on === on) return;
    let current = true;
    setLoading(true);
    client.businesses(on).then(
      (next) => {
        if (!current) return;
        setAnswer(next);
        setFailed(false);
        setLoading(false);
      },
      (cause: unknown) => {
        console.error('Loading risk failed:', cause);
        if (!current) return;
        setFailed(true);
        setLoading(false);
      },
    );
    return () => {
      current = false;
    };
  }, [client, enabled, visible, on, answer?.on]);

  useEffect(() => {
    if (map && answer) showRisk(map, answer.features, visible);
  }, [map, answer, visible]);
  useEffect(
    () => () => {
      if (map?.getStyle()) removeRisk(map);
    },
    [map],
  );

  const openRisk = useCallback(
    (risk: BusinessRisk) => {
      setOpen(risk);
      if (!map) return;
      const height = map.getContainer().clientHeight;
      const padding = narrow
        ? { top: 40, left: 20, right: 20, bottom: Math.round(height * 0.55) }
        : { top: 40, left: 40, right: 440, bottom: 40 };
      map.easeTo({
        center: risk.geometry.coordinates as [number, number],
        zoom: Math.max(map.getZoom(), 15),
        padding,
        duration: 500,
      });
    },
    [map, narrow],
  );

  useEffect(() => {
    if (!map || !enabled || !answer) return;
    return addOverlayClick(map, {
      layers: [riskPointLayerId],
      onClick: (f) => {
        const risk = answer.features.find((r) => r.id === Number(f.properties.id));
        if (risk) openRisk(risk);
      },
    });
  }, [map, enabled, answer, openRisk]);

  const top = answer?.features.slice(0, listed) ?? [];
  const panelSection: ReactNode = enabled && (
    <section className="panel-section risk-section" aria-labelledby="risk-title-panel">
      <h2 id="risk-title-panel">{t('risk.title')}</h2>
      <label className="toggle-label tips-toggle">
        <input type="checkbox" checked={visible} onChange={(e) => setVisible(e.target.checked)} />
        {t('risk.show')}
      </label>
      {visible && (
        <>
          <label className="form-field" htmlFor="risk-day">
            <span>{t('risk.day')}</span>
            <input
              id="risk-day"
              type="date"
              min="2020-01-01"
              max="2035-12-31"
              value={on}
              onChange={(e) => e.target.value && setOn(e.target.value)}
            />
            <span className="muted">{formatCalendarDate(on)}</span>
          </label>
          {answer && (
            <p className="muted risk-season">
              {answer.seasons.length > 0
                ? t('risk.seasons', { names: answer.seasons.join(', ') })
                : t('risk.noSeason')}
            </p>
          )}
          <ul className="tip-legend">
            {Object.entries(riskLevelColors).map(([level, color]) => (
              <li key={level}>
                <CircleSwatch color={color} />{' '}
                {t(`risk.levels.${level as keyof typeof riskLevelColors}`)}
              </li>
            ))}
          </ul>
          <p className="muted">{t('risk.explain')}</p>
          {slow && (
            <p className="loading" role="status">
              <span className="spinner spinner-small" aria-hidden="true" /> {t('risk.loading')}
            </p>
          )}
          {failed && <p className="form-error">{t('risk.failed')}</p>}
          {top.length > 0 && (
            <>
              <h3>{t('risk.top')}</h3>
              <ul className="proposal-list">
                {top.map((r) => (
                  <li key={r.id} data-risk={r.id}>
                    <button type="button" className="proposal-item" onClick={() => openRisk(r)}>
                      <span className="proposal-line">
                        <CircleSwatch color={riskLevelColors[r.properties.riskLevel]} />
                        <strong>{r.properties.riskScore.toLocaleString('vi-VN')}</strong>
                        <span className="proposal-action">
                          {t(`risk.levels.${r.properties.riskLevel}`)}
                        </span>
                      </span>
                      <strong className="proposal-name">{r.properties.name}</strong>
                      <span className="muted">
                        {
                          (
                            r.properties.factors.find((x) => x.factor !== 'type') ??
                            r.properties.factors[0]
                          )?.explanation
                        }
                      </span>
                    </button>
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );

  const view: ReactNode = open && (
    <div className="edit-sheet review-sheet">
      <RiskCard key={open.id} risk={open} onClose={() => setOpen(null)} />
    </div>
  );
  return { panelSection, view };
}
