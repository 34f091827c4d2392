import '../risk.css';
import { vietnamToday } from '@ntm/domain/clock/vietnam-day';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppConfig } from '../../api/geo-types';
import { riskClient } from '../../api/risk-client';
import { useBaseMapData } from '../../map/use-base-map-data';
import { Link } from '../../router/link';
import { Options } from '../../ui/form/options';
import { PageMessage } from '../../ui/page-message';
import { yearOf } from '../calendar-days';
import { RiskLegend } from '../risk-legend';
import { useFetched } from '../use-fetched';
import type { CompareLayer } from './compare-map';
import { CompareSide } from './compare-side';

const firstYear = 2020;
const lastYear = 2035;
const years = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i);

/**
 * The same season in two years side by side (stacked on a phone): each map shows the season's
 * peak day in its year with the same layer and ramp, and the cameras move together.
 */
export function ComparePage({ config }: { config: AppConfig | null }) {
  const { t } = useTranslation();
  const thisYear = yearOf(vietnamToday());
  const [seasonCode, setSeasonCode] = useState('tet');
  const [yearA, setYearA] = useState(thisYear - 1);
  const [yearB, setYearB] = useState(thisYear);
  const [layer, setLayer] = useState<CompareLayer>('cells');
  const base = useBaseMapData();
  // The national seasons are the same every year; the picker lists the second year's.
  const seasons = useFetched(`seasons:${yearB}`, () => riskClient.seasons(yearB));
  const maps = useSyncedMaps();

  useEffect(() => {
    document.title = `${t('risk.compare.title')} – ${t('app.title')}`;
  }, [t]);

  if (!config)
    return <PageMessage title={t('risk.compare.title')} text={t('risk.compare.loading')} />;
  return (
    <div className="compare-page">
      <header className="compare-head">
        <h1>{t('risk.compare.title')}</h1>
        <p className="muted">{t('risk.compare.intro')}</p>
        <p>
          <Link to="/">{t('risk.compare.back')}</Link>
        </p>
      </header>
      <form className="compare-controls" onSubmit={(e) => e.preventDefault()}>
        <label className="form-field">
          <span>{t('risk.compare.season')}</span>
          <select value={seasonCode} onChange={(e) => setSeasonCode(e.target.value)}>
            {(seasons.data ?? [{ code: 'tet', name: 'Tết Nguyên Đán' }]).map((s) => (
              <option key={s.code} value={s.code}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
        <YearField label={t('risk.compare.yearA')} value={yearA} onChange={setYearA} />
        <YearField label={t('risk.compare.yearB')} value={yearB} onChange={setYearB} />
        <label className="form-field">
          <span>{t('risk.compare.layer')}</span>
          <select value={layer} onChange={(e) => setLayer(e.target.value as CompareLayer)}>
            <option value="cells">{t('risk.compare.layers.cells')}</option>
            <option value="heat">{t('risk.compare.layers.heat')}</option>
          </select>
        </label>
      </form>
      <div className="compare-sides">
        {[yearA, yearB].map((year, index) => (
          <CompareSide
            key={index === 0 ? 'a' : 'b'}
            client={riskClient}
            config={config}
            base={base}
            year={year}
            seasonCode={seasonCode}
            layer={layer}
            onMap={index === 0 ? maps.setA : maps.setB}
          />
        ))}
      </div>
      <div className="compare-legend">
        <RiskLegend view={layer} cellMeters={250} folded={false} />
      </div>
    </div>
  );
}

function YearField(props: { label: string; value: number; onChange: (year: number) => void }) {
  return (
    <label className="form-field">
      <span>{props.label}</span>
      <select value={props.value} onChange={(e) => props.onChange(Number(e.target.value))}>
        <Options values={years} />
      </select>
    </label>
  );
}

/** Moving either map moves the other to the same place, so the two years are read together. */
function useSyncedMaps() {
  const [a, setA] = useState<MapLibreMap | null>(null);
  const [b, setB] = useState<MapLibreMap | null>(null);
  const syncing = useRef(false);
  const follow = useCallback((from: MapLibreMap, to: MapLibreMap) => {
    const move = (e: { originalEvent?: unknown }) => {
      // Only a person's gestures lead; the follower's own jump must not echo back.
      if (syncing.current || !e.originalEvent) return;
      syncing.current = true;
      to.jumpTo({ center: from.getCenter(), zoom: from.getZoom() });
      syncing.current = false;
    };
    from.on('move', move);
    return () => from.off('move', move);
  }, []);
  useEffect(() => {
    if (!a || !b) return;
    const stopA = follow(a, b);
    const stopB = follow(b, a);
    return () => {
      stopA();
      stopB();
    };
  }, [a, b, follow]);
  return { setA, setB };
}
