import { useTranslation } from 'react-i18next';
import type { GeoDataState } from '../api/use-geo-data';
import { formatAreaKm2, formatInteger } from '../i18n/format';
import { isTiled } from '../map/tiled-businesses';
import { FactList } from '../ui/fact-list';

/** A few figures about the commune, each shown once its data has arrived. */
export function CommuneSummary({ data }: { data: GeoDataState }) {
  const { t } = useTranslation();
  const { commune, villages, businesses } = data;
  const area = commune.status === 'ready' ? commune.data.properties.areaKm2 : null;
  const villageList = villages.status === 'ready' ? villages.data.features : null;
  const populations = villageList?.map((v) => v.properties.population) ?? [];
  const population = populations.some((p) => p === null)
    ? null
    : populations.reduce<number>((sum, p) => sum + (p ?? 0), 0);
  const layer = businesses.status === 'ready' ? businesses.data : null;
  // A layer drawn from tiles comes with its counts, not its features.
  const businessCount = layer && (isTiled(layer) ? layer.tiled.count : layer.features.length);
  const notReviewed =
    layer && !isTiled(layer)
      ? layer.features.filter((b) => b.properties.reviewedAt === null).length
      : undefined;

  const rows: [string, string][] = [];
  if (area !== null) rows.push([t('summary.area'), t('units.km2', { value: formatAreaKm2(area) })]);
  if (population)
    rows.push([t('summary.population'), t('units.people', { value: formatInteger(population) })]);
  if (villageList) rows.push([t('summary.villages'), formatInteger(villageList.length)]);
  if (businessCount !== null) rows.push([t('summary.businesses'), formatInteger(businessCount)]);
  if (notReviewed !== undefined) rows.push([t('summary.notReviewed'), formatInteger(notReviewed)]);
  if (rows.length === 0) return null;

  return (
    <section className="panel-section" aria-labelledby="summary-heading">
      <h2 id="summary-heading">{t('panel.summary')}</h2>
      <FactList className="summary" facts={rows} />
    </section>
  );
}
