// What `ogrinfo` says about a dataset: its layers, and one layer's count, extent and system.
// (GDAL 3.6's ogrinfo has no -json; its text summary is stable enough to read.)
import type { FileSrs } from './crs-match';
import { runGdal } from './gdal-process';

export type LayerInfo = {
  featureCount: number;
  /** minX, minY, maxX, maxY in the layer's own units, or null for a layer without geometry. */
  extent: [number, number, number, number] | null;
  /** The layer's SRS as WKT, null when it has none (a Shapefile without .prj). */
  srsWkt: string | null;
};

type Where = { cwd: string; hide: string };

/** The dataset's layer names, in GDAL's order. */
export async function listLayers(path: string, where: Where): Promise<string[]> {
  const out = (await runGdal('ogrinfo', ['-ro', '-q', path], where)).toString('utf8');
  return out
    .split('\n')
    .map((line) => /^\d+: (.+?)(?: \([^()]*\))?$/.exec(line.trim())?.[1])
    .filter((name): name is string => name !== undefined);
}

export async function layerInfo(path: string, layer: string, where: Where): Promise<LayerInfo> {
  const out = (await runGdal('ogrinfo', ['-ro', '-so', path, layer], where)).toString('utf8');
  const count = /^Feature Count: (\d+)/m.exec(out);
  const number = String.raw`(-?[\d.]+(?:e[+-]?\d+)?)`;
  const extent = new RegExp(
    String.raw`^Extent: \(${number}, ${number}\) - \(${number}, ${number}\)`,
    'm',
  ).exec(out);
  const srs = /^Layer SRS WKT:\n([\s\S]*?)\n(?:Data axis to CRS axis mapping|\S+: \S)/m.exec(out);
  const wkt = srs?.[1]?.trim();
  return {
    featureCount: Number(count?.[1] ?? 0),
    extent: extent
      ? [Number(extent[1]), Number(extent[2]), Number(extent[3]), Number(extent[4])]
      : null,
    srsWkt: wkt && wkt !== '(unknown)' ? wkt : null,
  };
}

/** `gdalsrsinfo -e`: the EPSG code PROJ identifies with full confidence, and the PROJ.4 string. */
export async function describeSrs(wkt: string, where: Where): Promise<FileSrs> {
  const out = (await runGdal('gdalsrsinfo', ['-e', wkt], where)).toString('utf8');
  const identified = /^EPSG:(\d+)$/m.exec(out);
  const confident = !/^Confidence in this match/m.test(out);
  return {
    identifiedEpsg: identified && confident ? Number(identified[1]) : null,
    proj4: /^PROJ\.4 : (.*)$/m.exec(out)?.[1]?.trim() ?? '',
    wkt,
  };
}

/** The name a person knows a system by, from its WKT (`PROJCRS["VN-2000 / TM-3 105-45", …`). */
export const srsName = (wkt: string) => /^\w+\["([^"]+)"/.exec(wkt)?.[1] ?? 'không rõ tên';
