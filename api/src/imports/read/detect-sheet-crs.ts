// Which coordinate system a sheet's numbers are in: from the headers ("X VN2000 KTT 105°45'",
// "Kinh độ WGS84"), else from their size: degrees near 20–21° N, 105–107° E are WGS 84 (GPS,
// Google Maps); X ≈ 2.2–2.4 M m and Y ≈ 0.4–0.7 M m are VN-2000 TM-3, whose zone the numbers
// cannot tell (105°45′ for Hải Phòng by default; the former Hải Dương communes used 105°30′).
import { findCrs, supportedCrs } from '../../geo/crs';
import type { ColumnMapping, CrsGuess, SourceRow } from '../contract';
import { normaliseHeader } from './column-mapping';
import { readPosition, type SheetPosition } from './sheet-position';

/** Hải Phòng's TM-3 zone, 105°45′ (EPSG:9210): the default until the user confirms. */
export const defaultTm3Zone = 9210;

const vn = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
const vnMetres = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** A TM-3 zone or UTM zone the headers name, by its central meridian ("105 45", "10545", "105.75"). */
function zoneInHeaders(text: string): number | undefined {
  if (/\butm\b/.test(text)) return /\b49\s*n?\b/.test(text) ? 3406 : 3405;
  const zones = supportedCrs.filter((crs) => crs.epsg >= 9205 && crs.centralMeridian !== undefined);
  const said = (form: string) => new RegExp(`(^| )${form}( |$)`).test(text);
  for (const crs of zones) {
    const meridian = crs.centralMeridian ?? 0;
    const degrees = Math.floor(meridian);
    const minutes = String(Math.round((meridian - degrees) * 60)).padStart(2, '0');
    const decimal = String(meridian).split('.')[1];
    const forms = [`${degrees} ${minutes}`, `${degrees}${minutes}`];
    if (decimal) forms.push(`${degrees} ${decimal}`);
    if (forms.some(said)) return crs.epsg;
  }
  // "KTT 106" alone: a whole-degree meridian, asked only after "104 30" and the like.
  return zones.find(
    (crs) => Number.isInteger(crs.centralMeridian) && said(`${crs.centralMeridian}`),
  )?.epsg;
}

/**
 * The system of a sheet's coordinate columns, how it was told, a plain note, and whether the
 * latitude/longitude (or X/Y) columns hold each other's numbers (put right row by row).
 */
export function detectSheetCrs(rows: readonly SourceRow[], mapping: ColumnMapping): CrsGuess {
  const columns = [mapping.lng, mapping.lat, mapping.x, mapping.y, mapping.coordinates];
  const headers = columns
    .filter(Boolean)
    .map((c) => normaliseHeader(c ?? ''))
    .join(' ');
  if (!headers) return { epsg: null, source: 'none', note: 'Không có cột tọa độ.' };
  const positions: SheetPosition[] = rows.map((row) => readPosition(row, mapping));
  const degrees = positions.filter((p) => p.kind === 'degrees');
  const metres = positions.filter((p) => p.kind === 'metres');
  if (degrees.length === 0 && metres.length === 0)
    return { epsg: null, source: 'none', note: 'Không dòng nào có tọa độ đọc được.' };
  // Only the headers of the columns that give the position read: a sheet with WGS 84 lat/lng and
  // extra X/Y columns named "X (VN-2000 …)" (as our exports write) is still WGS 84 degrees.
  const headersOf = (cols: Array<string | undefined>) =>
    cols
      .filter(Boolean)
      .map((c) => normaliseHeader(c ?? ''))
      .join(' ');
  const degreeHeaders = headersOf([mapping.lng, mapping.lat, mapping.coordinates]);
  const saysVn2000 = /\bvn ?2000\b|\bvn2000\b/.test(degreeHeaders);
  const saysWgs = /\bwgs ?84\b|\bgps\b/.test(degreeHeaders);

  if (degrees.length >= metres.length) {
    const swapped = degrees.filter((p) => p.swapped).length > degrees.length / 2;
    const lat = vn.format(median(degrees.map((p) => p.lat)));
    const lng = vn.format(median(degrees.map((p) => p.lng)));
    const epsg = saysVn2000 && !saysWgs ? 4756 : 4326;
    const named = saysVn2000 || saysWgs;
    const system = findCrs(epsg)?.label ?? '';
    const note = [
      `Tọa độ là độ, quanh vĩ độ ${lat}, kinh độ ${lng}: ${system}${named ? ' (theo tên cột)' : ' (GPS, Google Maps)'}.`,
      swapped ? 'Cột vĩ độ và kinh độ bị đổi chỗ trong tệp: đã đổi lại.' : '',
      named ? '' : 'Nếu là VN-2000, hãy chọn lại hệ tọa độ.',
    ];
    return {
      epsg,
      source: named ? 'columns' : 'magnitude',
      note: note.filter(Boolean).join(' '),
      ...(swapped ? { swappedLatLng: true } : {}),
    };
  }

  const swapped = metres.filter((p) => p.swapped).length > metres.length / 2;
  const northing = vnMetres.format(median(metres.map((p) => p.northing)));
  const easting = vnMetres.format(median(metres.map((p) => p.easting)));
  const named = zoneInHeaders(headersOf([mapping.x, mapping.y, mapping.coordinates]));
  const epsg = named ?? defaultTm3Zone;
  const system = findCrs(epsg)?.label ?? '';
  const note = [
    `Tọa độ là mét (X ≈ ${northing} m, Y ≈ ${easting} m): ${system}${named ? ' (theo tên cột)' : ''}.`,
    swapped ? 'Cột X và Y bị đổi chỗ trong tệp (X là tọa độ bắc): đã đổi lại.' : '',
    named
      ? ''
      : 'Số đo không cho biết kinh tuyến trục: mặc định 105°45′ của Hải Phòng; bản đồ cũ của Hải Dương dùng 105°30′. Hãy xác nhận.',
  ];
  return {
    epsg,
    source: named ? 'columns' : 'magnitude',
    note: note.filter(Boolean).join(' '),
    ...(swapped ? { swappedLatLng: true } : {}),
  };
}
