import { type ExportLayer, exportRoute } from '@ntm/api/exports/export-formats';
import { useTranslation } from 'react-i18next';
import type { Role } from '../api/auth-client';
import { businessTypes, keyAreaKinds } from '../api/geo-types';
import type { GeoDataState } from '../api/use-geo-data';
import { mayCall } from '../auth/permissions';
import { ExportButton } from '../exports/export-button';
import type { LayerVisibility } from '../map/layer-visibility';
import { isTiled } from '../map/tiled-businesses';
import {
  businessTypeColors,
  keyAreaColors,
  keyAreaDashes,
  roadColors,
  villageFallbackFill,
} from '../theme/colors';
import { AreaSwatch, CircleSwatch, FillSwatch, LineSwatch } from '../ui/swatch';
import { Toggle, ToggleGroup } from './toggle-group';

interface LayerPanelProps {
  data: GeoDataState;
  visibility: LayerVisibility;
  onChange: (visibility: LayerVisibility) => void;
  /** Decides which layers get an export button (the API's rule for each export route). */
  role: Role;
}

function countBy<T, K extends string>(items: readonly T[], keyOf: (item: T) => K): Map<K, number> {
  const counts = new Map<K, number>();
  for (const item of items) counts.set(keyOf(item), (counts.get(keyOf(item)) ?? 0) + 1);
  return counts;
}

/** The layer toggles; each carries its legend swatch and feature count. */
export function LayerPanel({ data, visibility, onChange, role }: LayerPanelProps) {
  const { t } = useTranslation();
  const mayExport = (layer: ExportLayer) => mayCall(role, exportRoute(layer));
  const otherExports = (['commune', 'tips', 'inspections'] as const).filter(mayExport);
  const { villages, keyAreas, roads, businesses } = data;
  const keyAreaCounts =
    keyAreas.status === 'ready' ? countBy(keyAreas.data.features, (f) => f.properties.kind) : null;
  const businessLayer = businesses.status === 'ready' ? businesses.data : null;
  // A layer drawn from tiles comes with its counts by type, not its features.
  const businessCounts =
    businessLayer &&
    (isTiled(businessLayer)
      ? new Map(Object.entries(businessLayer.tiled.byType))
      : countBy(businessLayer.features, (f) => f.properties.type));

  return (
    <section className="panel-section" aria-labelledby="layers-heading">
      <h2 id="layers-heading">{t('panel.title')}</h2>
      <div className="layer-row">
        <Toggle
          label={t('layers.villages')}
          checked={visibility.villages}
          onChange={(checked) => onChange({ ...visibility, villages: checked })}
          swatch={<FillSwatch color={villageFallbackFill} outline="#8C8F96" />}
          count={villages.status === 'ready' ? villages.data.features.length : undefined}
        />
        {mayExport('villages') && <ExportButton layer="villages" label={t('layers.villages')} />}
      </div>
      <div className="layer-row">
        <ToggleGroup
          label={t('layers.keyAreas')}
          keys={keyAreaKinds}
          values={visibility.keyAreas}
          onChange={(values) => onChange({ ...visibility, keyAreas: values })}
          labelOf={(kind) => t(`keyAreaKind.${kind}`)}
          swatchOf={(kind) => (
            <AreaSwatch
              fill={keyAreaColors[kind].fill}
              line={keyAreaColors[kind].line}
              dashes={keyAreaDashes[kind]}
            />
          )}
          countOf={(kind) => (keyAreaCounts ? (keyAreaCounts.get(kind) ?? 0) : undefined)}
        />
        {mayExport('key-areas') && <ExportButton layer="key-areas" label={t('layers.keyAreas')} />}
      </div>
      <Toggle
        label={t('layers.roads')}
        checked={visibility.roads}
        onChange={(checked) => onChange({ ...visibility, roads: checked })}
        swatch={
          <LineSwatch
            color={roadColors.national.line}
            casing={roadColors.national.casing}
            width={4}
          />
        }
        count={roads.status === 'ready' ? roads.data.features.length : undefined}
      />
      {businesses.status !== 'not-allowed' && (
        <div className="layer-row">
          <ToggleGroup
            label={t('layers.businesses')}
            keys={businessTypes}
            values={visibility.businesses}
            onChange={(values) => onChange({ ...visibility, businesses: values })}
            labelOf={(type) => t(`businessType.${type}`)}
            swatchOf={(type) => <CircleSwatch color={businessTypeColors[type]} />}
            countOf={(type) => (businessCounts ? (businessCounts.get(type) ?? 0) : undefined)}
          />
          {mayExport('businesses') && (
            <ExportButton layer="businesses" label={t('layers.businesses')} />
          )}
        </div>
      )}
      {otherExports.length > 0 && (
        <div className="export-more">
          <span>{t('exports.more')}:</span>
          {otherExports.map((layer) => (
            <ExportButton key={layer} layer={layer} named />
          ))}
        </div>
      )}
    </section>
  );
}
