import { useTranslation } from 'react-i18next';
import { businessStatuses, roadClasses } from '../api/geo-types';
import type { GeoDataState } from '../api/use-geo-data';
import { formerCommuneColors } from '../map/former-communes';
import { businessStatusStyle, mapColors, roadColors, villageFallbackFill } from '../theme/colors';
import { CircleSwatch, FillSwatch, LineSwatch } from '../ui/swatch';

/** Road swatch widths in pixels, in the proportions the map draws them. */
const roadSwatchWidths = { national: 5, provincial: 3.5, village: 2 } as const;

interface LegendProps {
  data: GeoDataState;
  /** A village head's village, outlined on the map. */
  ownVillageName: string | null;
}

/** What the colours and strokes mean that the toggles do not already say. */
export function Legend({ data, ownVillageName }: LegendProps) {
  const { t } = useTranslation();
  const formerCommunes =
    data.villages.status === 'ready'
      ? formerCommuneColors(data.villages.data.features.map((f) => f.properties.formerCommune))
      : [];
  return (
    <section className="panel-section legend" aria-labelledby="legend-heading">
      <h2 id="legend-heading">{t('panel.legend')}</h2>

      {data.businesses.status !== 'not-allowed' && <BusinessStatusLegend />}

      <h3>{t('layers.roads')}</h3>
      <ul>
        {roadClasses.map((roadClass) => (
          <li key={roadClass}>
            <LineSwatch
              color={roadColors[roadClass].line}
              casing={roadColors[roadClass].casing}
              width={roadSwatchWidths[roadClass]}
            />
            {t(`roadClass.${roadClass}`)}
          </li>
        ))}
      </ul>

      <h3>{t('legend.formerCommunes')}</h3>
      <ul>
        {ownVillageName && (
          <li>
            <LineSwatch color={mapColors.ownVillage} casing={mapColors.ownVillageHalo} width={3} />
            {t('legend.ownVillage', { name: ownVillageName })}
          </li>
        )}
        {formerCommunes.map(({ name, color }) => (
          <li key={name}>
            <FillSwatch color={color} outline={mapColors.villageOutline} />
            {name}
          </li>
        ))}
        {formerCommunes.length === 0 && (
          <li>
            <FillSwatch color={villageFallbackFill} outline={mapColors.villageOutline} />
            {t('legend.otherFormerCommune')}
          </li>
        )}
        <li>
          <LineSwatch color={mapColors.communeOutline} casing={mapColors.communeHalo} width={2.5} />
          {t('legend.communeBoundary')}
        </li>
      </ul>
    </section>
  );
}

function BusinessStatusLegend() {
  const { t } = useTranslation();
  return (
    <>
      <h3>{t('legend.status')}</h3>
      <ul>
        {businessStatuses.map((status) => (
          <li key={status}>
            <CircleSwatch
              color="#7A7F88"
              stroke={businessStatusStyle[status].stroke}
              strokeWidth={businessStatusStyle[status].strokeWidth}
              opacity={businessStatusStyle[status].fillOpacity}
            />
            {t(`businessStatus.${status}`)}
          </li>
        ))}
        <li>
          <svg className="swatch" width={22} height={22} aria-hidden="true" focusable="false">
            <circle cx={11} cy={11} r={10} fill={mapColors.cluster} stroke="#fff" strokeWidth={2} />
            <text x={11} y={15} textAnchor="middle" fontSize={12} fontWeight={700} fill="#fff">
              12
            </text>
          </svg>
          {t('legend.cluster')}
        </li>
      </ul>
    </>
  );
}
