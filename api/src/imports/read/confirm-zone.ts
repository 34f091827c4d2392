// The numbers of VN-2000 X/Y cannot tell their zone: 105°30′ (the former Hải Dương communes) and
// 105°45′ (Hải Phòng) both give X ≈ 2.29 M, Y ≈ 0.55–0.58 M. But only one of them puts the points
// on the commune, 26 km from where the other does: PostGIS tries every projected system once.
import type { Sql } from '@ntm/db/client';
import { countNearCommuneBySystem } from '@ntm/db/queries/import-positions';
import { findCrs, supportedCrs } from '../../geo/crs';
import type { ColumnMapping, CrsGuess, SourceRow } from '../contract';
import { readPosition } from './sheet-position';

/** Enough points to tell, few enough for one cheap query. */
const samplePoints = 200;

const meridian = (epsg: number) => findCrs(epsg)?.label.replace(/^.*kinh tuyến trục /, '') ?? '';

/**
 * A magnitude-only guess of a projected system, checked against the commune: the zone that puts
 * most points on it (more than half) replaces the default; the note says what was found.
 */
export async function confirmZone(
  sql: Sql,
  communeCode: string,
  rows: readonly SourceRow[],
  mapping: ColumnMapping,
  guess: CrsGuess,
): Promise<CrsGuess> {
  const guessed = guess.epsg === null ? undefined : findCrs(guess.epsg);
  if (guess.source !== 'magnitude' || guessed?.kind !== 'projected') return guess;
  const metres: Array<[number, number]> = [];
  for (const row of rows) {
    const position = readPosition(row, mapping);
    if (position.kind === 'metres') metres.push([position.easting, position.northing]);
  }
  const step = Math.max(1, Math.floor(metres.length / samplePoints));
  const sample = metres.filter((_, i) => i % step === 0).slice(0, samplePoints);
  if (sample.length === 0) return guess;
  const candidates = supportedCrs.filter((crs) => crs.kind === 'projected').map((crs) => crs.epsg);
  const counts = await countNearCommuneBySystem(sql, communeCode, sample, candidates);
  const best = counts.reduce((a, b) => (b.near > a.near ? b : a), { epsg: 0, near: 0 });
  const swapNote = guess.swappedLatLng ? ' Cột X và Y bị đổi chỗ trong tệp: đã đổi lại.' : '';
  if (best.near <= sample.length / 2)
    return {
      ...guess,
      note: `${guess.note} Với kinh tuyến trục nào các điểm cũng không nằm trong xã: hãy kiểm tra lại tệp và hệ tọa độ.`,
    };
  const system = findCrs(best.epsg);
  const found = `${best.near}/${sample.length} điểm nằm trong xã với ${system?.label ?? ''}`;
  if (best.epsg === guess.epsg)
    return { ...guess, note: `${guess.note.replace(/ Số đo không cho biết.*$/, '')} ${found}.` };
  return {
    ...guess,
    epsg: best.epsg,
    note: `Tọa độ là mét: ${found}, không phải ${meridian(guess.epsg ?? 0)} như mặc định. Hãy xác nhận.${swapNote}`,
  };
}
