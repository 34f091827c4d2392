// KML 2.2 for Google Earth, streamed: one Document, one Folder (GDAL reads it as one layer),
// a Placemark per feature with its name, a description table and every property as
// ExtendedData. Every text is XML-escaped. KMZ is the same document zipped as doc.kml.
import type { Geometry } from 'geojson';
import type { ByteSink } from './byte-sink';
import type { ExportFeature } from './export-features';
import { type ExportLayer, exportLayerNames } from './export-formats';
import { kmlGeometry, xmlText } from './kml-geometry';
import { kmlStyleOf, kmlStyles, type RiskLevel, riskLevelNames } from './kml-styles';

export type KmlRisk = (id: number) => { score: number; level: RiskLevel } | undefined;

const text = (value: unknown) =>
  value === null || value === undefined
    ? ''
    : typeof value === 'string'
      ? value
      : typeof value === 'number'
        ? String(value)
        : JSON.stringify(value);

function nameOf(layer: ExportLayer, p: Record<string, unknown>): string {
  if (typeof p.name === 'string' && p.name) return p.name;
  if (layer === 'tips') return `Tin báo #${p.id}`;
  if (layer === 'inspections')
    return `Kiểm tra #${p.id}${p.businessName ? ` — ${p.businessName}` : ''}`;
  return `#${p.id ?? p.code ?? ''}`;
}

/** The description balloon: an HTML table, escaped once more as the element's text. */
function description(
  p: Record<string, unknown>,
  risk: { score: number; level: RiskLevel } | undefined,
) {
  const rows = Object.entries(p)
    .filter(([, v]) => v !== null && v !== undefined && v !== '')
    .map(([k, v]) => `<tr><th align="left">${xmlText(k)}</th><td>${xmlText(text(v))}</td></tr>`);
  if (risk) {
    rows.unshift(
      `<tr><th align="left">Mức nguy cơ</th><td>${riskLevelNames[risk.level]} (${risk.score}/100)</td></tr>`,
    );
  }
  return xmlText(`<table>${rows.join('')}</table>`);
}

export async function writeKml(
  features: AsyncIterable<ExportFeature>,
  sink: ByteSink,
  layer: ExportLayer,
  risk: KmlRisk | null,
): Promise<number> {
  const title = exportLayerNames[layer];
  await sink.write(
    `<?xml version="1.0" encoding="UTF-8"?>\n<kml xmlns="http://www.opengis.net/kml/2.2"><Document><name>${xmlText(title)}</name>${kmlStyles(layer, risk !== null)}<Folder><name>${xmlText(title)}</name>\n`,
  );
  let count = 0;
  for await (const f of features) {
    const p = f.properties;
    const scored = risk && typeof p.id === 'number' ? risk(p.id) : undefined;
    const style = kmlStyleOf(layer, f, scored?.level);
    const data = Object.entries(p)
      .map(([k, v]) => `<Data name="${xmlText(k)}"><value>${xmlText(text(v))}</value></Data>`)
      .join('');
    const riskData = scored
      ? `<Data name="riskLevel"><value>${scored.level}</value></Data><Data name="riskScore"><value>${scored.score}</value></Data>`
      : '';
    const geometry = f.place.exportGeometry
      ? kmlGeometry(JSON.parse(f.place.exportGeometry) as Geometry)
      : '';
    await sink.write(
      `<Placemark id="${xmlText(`${layer}-${f.id}`)}"><name>${xmlText(nameOf(layer, p))}</name><description>${description(p, scored)}</description><styleUrl>#${style}</styleUrl><ExtendedData>${data}${riskData}</ExtendedData>${geometry}</Placemark>\n`,
    );
    count += 1;
  }
  await sink.write('</Folder></Document></kml>\n');
  await sink.flush();
  return count;
}
