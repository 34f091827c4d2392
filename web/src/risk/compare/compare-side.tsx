import '../../ui/paper-card.css';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useTranslation } from 'react-i18next';
import { geoClient } from '../../api/geo-client';
import type { AppConfig } from '../../api/geo-types';
import type { RiskClient } from '../../api/risk-client';
import { formatCalendarDate, formatInteger } from '../../i18n/format';
import type { BaseMapData } from '../../map/small-map';
import { VillageVersionNote } from '../../map/village-version-note';
import { useDelayedFlag } from '../../ui/use-delayed-flag';
import { useFetched } from '../use-fetched';
import { type CompareLayer, CompareMap } from './compare-map';
import { useCompareSide } from './use-compare-side';

interface CompareSideProps {
  client: RiskClient;
  config: AppConfig;
  base: BaseMapData;
  year: number;
  seasonCode: string;
  layer: CompareLayer;
  onMap: (map: MapLibreMap | null) => void;
}

const decimal = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });

/** A year's side: its title (season, year, peak day), the map, and the numbers under it. */
export function CompareSide(props: CompareSideProps) {
  const { client, year, seasonCode } = props;
  const { t } = useTranslation();
  const side = useCompareSide(client, year, seasonCode);
  // Each year's map draws the villages of its own peak day (2024: before the 2025 merger).
  const dayVillages = useFetched(side.peak ? `villages:${side.peak}` : null, () =>
    geoClient.villages(undefined, side.peak ?? undefined),
  );
  const base = { ...props.base, villages: dayVillages.data ?? props.base.villages };
  const slow = useDelayedFlag(side.loading, 1000);
  const title = side.season
    ? t('risk.compare.peak', {
        season: side.season.name,
        year,
        date: formatCalendarDate(side.peak ?? ''),
      })
    : String(year);
  return (
    <article className="paper-card compare-side" data-year={year}>
      <h2>{title}</h2>
      <div className="compare-map-box">
        <CompareMap
          config={props.config}
          base={base}
          layer={props.layer}
          businesses={side.businesses}
          grid={side.grid}
          label={t('risk.compare.mapLabel', { season: side.season?.name ?? '', year })}
          onMap={props.onMap}
        />
        <VillageVersionNote villages={dayVillages.data} className="compare-village-note" />
        {slow && (
          <p className="loading compare-loading" role="status">
            <span className="spinner spinner-small" aria-hidden="true" />{' '}
            {t('risk.compare.loading')}
          </p>
        )}
      </div>
      {side.missing && <p className="muted">{t('risk.compare.noSeason', { year })}</p>}
      {side.failed && <p className="form-error">{t('risk.compare.failed', { year })}</p>}
      {side.stats && (
        <dl className="compare-stats">
          <div>
            <dt>{t('risk.compare.highOrAbove')}</dt>
            <dd>{formatInteger(side.stats.highOrAbove)}</dd>
          </div>
          <div>
            <dt>{t('risk.compare.meanScore')}</dt>
            <dd>{side.stats.meanScore === null ? '–' : decimal.format(side.stats.meanScore)}</dd>
          </div>
          <div>
            <dt>{t('risk.compare.hotCells')}</dt>
            <dd>{side.stats.hotCells === null ? '–' : formatInteger(side.stats.hotCells)}</dd>
          </div>
        </dl>
      )}
    </article>
  );
}
