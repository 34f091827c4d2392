// Whether a file's coordinates fit the system it claims: a .prj that says metres over numbers
// in degrees, or a system that puts the features far outside Vietnam, is not guessed around.
import type { Geometry } from 'geojson';
import { findCrs } from '../../geo/crs';
import type { CrsGuess } from '../contract';
import { type ReadRefusal, refuse } from './read-refusal';

/** Vietnam with its islands, generously: a feature outside this is in the wrong system. */
const vietnam = { minLng: 102, minLat: 8, maxLng: 110, maxLat: 23.5 };

const looksLikeDegrees = ([minX, minY, maxX, maxY]: readonly number[]) =>
  [minX, maxX].every((x) => Math.abs(x ?? 0) <= 180) &&
  [minY, maxY].every((y) => Math.abs(y ?? 0) <= 90);

const claimed = (crs: CrsGuess) => {
  const label = crs.epsg === null ? '' : `${findCrs(crs.epsg)?.label ?? ''} (EPSG:${crs.epsg})`;
  if (crs.source === 'prj') return `Tệp .prj ghi hệ ${label}`;
  if (crs.source === 'user') return `Hệ tọa độ đã chọn là ${label}`;
  return `Tệp ghi hệ ${label}`;
};

const fix = 'Hãy chọn đúng hệ tọa độ khi tải lên (hoặc sửa tệp .prj) rồi thử lại.';
const round = (n: number) => n.toLocaleString('vi-VN', { maximumFractionDigits: 4 });

/** Before transforming: degrees claimed as metres, or metres claimed as degrees. */
export function checkExtent(
  crs: CrsGuess,
  extent: readonly [number, number, number, number] | null,
): ReadRefusal | null {
  const system = crs.epsg === null ? undefined : findCrs(crs.epsg);
  if (!system || !extent) return null;
  const example = `${round(extent[0])}; ${round(extent[1])}`;
  if (system.kind === 'projected' && looksLikeDegrees(extent))
    return refuse(
      422,
      'crs-mismatch',
      `${claimed(crs)}, đơn vị mét, nhưng tọa độ trong tệp là độ kinh/vĩ (ví dụ ${example}). ${fix}`,
    );
  if (system.kind === 'geographic' && !looksLikeDegrees(extent))
    return refuse(
      422,
      'crs-mismatch',
      `${claimed(crs)}, đơn vị độ kinh/vĩ, nhưng tọa độ trong tệp là mét (ví dụ ${example}), có lẽ VN-2000 X/Y. ${fix}`,
    );
  return null;
}

function firstPosition(geometry: Geometry): number[] | undefined {
  if (geometry.type === 'GeometryCollection')
    return geometry.geometries.map(firstPosition).find((p) => p !== undefined);
  let node: unknown = geometry.coordinates;
  while (Array.isArray(node) && Array.isArray(node[0])) node = node[0];
  return Array.isArray(node) && typeof node[0] === 'number' ? (node as number[]) : undefined;
}

/** After transforming to WGS 84: most features must lie in Vietnam (a stray one is the verdicts'). */
export function checkInVietnam(
  crs: CrsGuess,
  geometries: ReadonlyArray<Geometry | null>,
): ReadRefusal | null {
  const positions = geometries
    .map((g) => (g ? firstPosition(g) : undefined))
    .filter((p): p is number[] => p !== undefined);
  const outside = positions.filter(
    ([lng = 0, lat = 0]) =>
      !(
        lng >= vietnam.minLng &&
        lng <= vietnam.maxLng &&
        lat >= vietnam.minLat &&
        lat <= vietnam.maxLat
      ),
  );
  if (positions.length === 0 || outside.length * 2 <= positions.length) return null;
  const [lng = 0, lat = 0] = outside[0] ?? [];
  return refuse(
    422,
    'crs-mismatch',
    `${claimed(crs)}, nhưng theo hệ đó ${outside.length.toLocaleString('vi-VN')}/${positions.length.toLocaleString('vi-VN')} đối tượng nằm ngoài Việt Nam (ví dụ kinh độ ${round(lng)}, vĩ độ ${round(lat)}): hệ tọa độ ghi trong tệp có lẽ sai. ${fix}`,
  );
}
