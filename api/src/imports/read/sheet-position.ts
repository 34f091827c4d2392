// A row's position as its cells give it, before any transformation: degrees or metres, in the
// order the axes are (lng/lat, easting/northing), put right when the columns were swapped.
import type { ColumnMapping, SourceRow } from '../contract';
import { type Angle, type CellValue, isBlank, parseAngle, splitPair } from './parse-coordinates';

export type SheetPosition =
  | { kind: 'none' }
  | { kind: 'bad'; message: string }
  | { kind: 'degrees'; lng: number; lat: number; swapped: boolean }
  | { kind: 'metres'; easting: number; northing: number; swapped: boolean };

/** Vietnam with a margin: latitude 6–24° N, longitude 100–118° E (mainland and islands). */
const inLat = (v: number) => v >= 6 && v <= 24;
const inLng = (v: number) => v >= 100 && v <= 118;
/** Northings of Vietnam in VN-2000 TM-3 and UTM: 0.6–2.7 M m; eastings of any zone 0.1–0.95 M m. */
const inNorthing = (v: number) => v >= 600_000 && v <= 2_700_000;
const inEasting = (v: number) => v >= 100_000 && v <= 950_000;

/**
 * How the file's columns said the two numbers go: lng/lat columns and GIS X/Y exports say
 * "easting first"; Vietnamese X/Y (X northing) and a "Tọa độ" cell (lat, lng as Google Maps
 * copies it) say "northing first". Degrees and metres are then told apart by magnitude.
 */
type Order = 'lng-first' | 'xy' | 'pair';

function classify(first: Angle, second: Angle, order: Order): SheetPosition {
  const a = first.degrees;
  const b = second.degrees;
  if (Math.abs(a) <= 180 && Math.abs(b) <= 180) {
    if (first.axis && first.axis === second.axis)
      return { kind: 'bad', message: 'Hai số đều là vĩ độ hoặc đều là kinh độ' };
    let [lng, lat] =
      first.axis === 'lat' || second.axis === 'lng' || (!first.axis && order === 'pair')
        ? [b, a]
        : [a, b];
    const labelled = Boolean(first.axis || second.axis);
    let swapped = false;
    if (!labelled && !(inLat(lat) && inLng(lng)) && inLat(lng) && inLng(lat)) {
      [lng, lat] = [lat, lng];
      swapped = true;
    }
    // A "lng, lat" cell is as common as Google's "lat, lng": not a swap worth a note.
    if (order === 'pair' && swapped) swapped = false;
    return { kind: 'degrees', lng, lat, swapped };
  }
  if (a > 1000 && b > 1000) {
    const expectNorthingFirst = order !== 'lng-first';
    let [northing, easting] = expectNorthingFirst ? [a, b] : [b, a];
    let swapped = false;
    if (
      !(inNorthing(northing) && inEasting(easting)) &&
      inNorthing(easting) &&
      inEasting(northing)
    ) {
      [northing, easting] = [easting, northing];
      swapped = true;
    }
    return { kind: 'metres', easting, northing, swapped };
  }
  return {
    kind: 'bad',
    message: 'Một số là độ, một số là mét: không phải một cặp tọa độ',
  };
}

function angles(a: CellValue, b: CellValue, order: Order): SheetPosition {
  if (isBlank(a) && isBlank(b)) return { kind: 'none' };
  const first = parseAngle(a);
  const second = parseAngle(b);
  if (!first || !second)
    return {
      kind: 'bad',
      message: `Không đọc được tọa độ "${[a, b].map((v) => v ?? '').join(' ; ')}"`,
    };
  return classify(first, second, order);
}

/** The row's position from the mapped columns: lng/lat, else x/y, else one "Tọa độ" column. */
export function readPosition(row: SourceRow, mapping: ColumnMapping): SheetPosition {
  const cell = (column: string | undefined): CellValue =>
    column === undefined ? undefined : row.values[column];
  if (mapping.lng || mapping.lat) return angles(cell(mapping.lng), cell(mapping.lat), 'lng-first');
  if (mapping.x || mapping.y) return angles(cell(mapping.x), cell(mapping.y), 'xy');
  if (mapping.coordinates) {
    const value = cell(mapping.coordinates);
    if (isBlank(value)) return { kind: 'none' };
    const halves = splitPair(value);
    if (!halves) return { kind: 'bad', message: `Không tách được hai số trong "${value}"` };
    return angles(halves[0], halves[1], 'pair');
  }
  return { kind: 'none' };
}
