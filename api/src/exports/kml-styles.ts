// How a layer looks in Google Earth, from the map's own colours (geo/map-colors.ts): premises
// by type (icon colour), and for the roles that read risk also by risk level (icon size and the
// name's colour on the risk ramp, the level in words in the description); outlines in their
// line colours over a light fill.
import { businessTypes, keyAreaKinds } from '@ntm/db/schema/values';
import { businessTypeColors, keyAreaColors, riskLevelColors } from '../geo/map-colors';
import type { ExportFeature } from './export-features';
import type { ExportLayer } from './export-formats';

/** `#RRGGBB` and an opacity 0–1 → KML's `aabbggrr`. */
export function kmlColor(hex: string, opacity = 1): string {
  const alpha = Math.round(opacity * 255)
    .toString(16)
    .padStart(2, '0');
  const [r, g, b] = [hex.slice(1, 3), hex.slice(3, 5), hex.slice(5, 7)];
  return `${alpha}${b}${g}${r}`.toLowerCase();
}

export type RiskLevel = keyof typeof riskLevelColors;
export const riskLevels = Object.keys(riskLevelColors) as RiskLevel[];

export const riskLevelNames: Record<RiskLevel, string> = {
  low: 'Thấp',
  medium: 'Trung bình',
  high: 'Cao',
  'very-high': 'Rất cao',
};

const iconScale: Record<RiskLevel, number> = { low: 0.9, medium: 1.1, high: 1.3, 'very-high': 1.5 };
const icon = 'https://maps.google.com/mapfiles/kml/shapes/placemark_circle.png';

const iconStyle = (id: string, color: string, scale = 1, label?: string) =>
  `<Style id="${id}"><IconStyle><color>${kmlColor(color)}</color><scale>${scale}</scale><Icon><href>${icon}</href></Icon></IconStyle>${
    label ? `<LabelStyle><color>${kmlColor(label)}</color></LabelStyle>` : ''
  }</Style>`;

const areaStyle = (id: string, line: string, fill: string, fillOpacity: number) =>
  `<Style id="${id}"><LineStyle><color>${kmlColor(line)}</color><width>2</width></LineStyle><PolyStyle><color>${kmlColor(fill, fillOpacity)}</color></PolyStyle></Style>`;

const villageLine = '#5F6368';
const communeLine = '#1B1F24';
const tipColor = '#D81B60';
const inspectionColor = '#1E88E5';

/** The <Style> elements of a layer's document. */
export function kmlStyles(layer: ExportLayer, withRisk: boolean): string {
  switch (layer) {
    case 'businesses':
      return businessTypes
        .flatMap((type) => [
          // Unscored premises (closed ones) keep the plain type style.
          iconStyle(type, businessTypeColors[type]),
          ...(withRisk
            ? riskLevels.map((level) =>
                iconStyle(
                  `${type}-${level}`,
                  businessTypeColors[type],
                  iconScale[level],
                  riskLevelColors[level],
                ),
              )
            : []),
        ])
        .join('');
    case 'villages':
      return areaStyle('village', villageLine, '#FFFFFF', 0.15);
    case 'commune':
      return areaStyle('commune', communeLine, '#FFFFFF', 0);
    case 'key-areas':
      return keyAreaKinds
        .map((kind) => areaStyle(kind, keyAreaColors[kind].line, keyAreaColors[kind].fill, 0.35))
        .join('');
    case 'tips':
      return iconStyle('tip', tipColor);
    case 'inspections':
      return iconStyle('inspection', inspectionColor);
  }
}

/** The style a feature points at (`#karaoke-high`, `#border`, …). */
export function kmlStyleOf(
  layer: ExportLayer,
  feature: ExportFeature,
  risk: RiskLevel | undefined,
): string {
  const p = feature.properties;
  switch (layer) {
    case 'businesses':
      return risk ? `${p.type}-${risk}` : String(p.type);
    case 'villages':
      return 'village';
    case 'commune':
      return 'commune';
    case 'key-areas':
      return String(p.kind);
    case 'tips':
      return 'tip';
    case 'inspections':
      return 'inspection';
  }
}
