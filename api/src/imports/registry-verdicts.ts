import type { ExistingBusiness } from '@ntm/db/queries/import-facts';
import { businessTypes } from '@ntm/db/schema/values';
import type { ColumnMapping, MappedBusinessRow, RowProblem } from './contract';
import { problem } from './problem-messages';
import type { RowOutcome } from './row-outcome';
import { textKey } from './text-key';

export type { ExistingBusiness };

/** Where a row's position lies (from PostGIS, one query for the whole file). */
export type PlaceFacts = { inVietnam: boolean; inCommune: boolean };

export type RegistryContext = {
  existing: readonly ExistingBusiness[];
  places: ReadonlyMap<number, PlaceFacts>;
  villages: ReadonlyArray<{ id: number; name: string }>;
  /** The fields the mapping fills; a field left out is neither compared nor written. */
  mapping: ColumnMapping;
};

/** The business fields a file can carry, as MappedBusinessRow names them. */
export const businessFields = [
  'name',
  'type',
  'address',
  'licenceNumber',
  'licensedTrade',
  'owner',
  'phone',
  'status',
] as const;
export type BusinessField = (typeof businessFields)[number];

const knownTypes = new Set<string>(businessTypes);
// The registry's own limits (api/src/schemas/business.ts): what POST /api/businesses refuses,
// an import refuses too.
const maxLengths: Array<[BusinessField, string, number]> = [
  ['name', 'Tên', 200],
  ['address', 'Địa chỉ', 300],
  ['licensedTrade', 'Ngành nghề', 200],
  ['licenceNumber', 'Số GCN', 50],
  ['owner', 'Tên chủ cơ sở', 120],
];
const phonePattern = /^\+?[0-9 .-]{6,20}$/;
/** 1 cm: closer than this a position counts as the same (a round trip through 7 decimals). */
const samePlaceMeters = 0.01;

function metresBetween(a: [number, number], b: [number, number]): number {
  const rad = Math.PI / 180;
  const dy = (a[1] - b[1]) * rad * 6_371_008.8;
  const dx = (a[0] - b[0]) * rad * 6_371_008.8 * Math.cos(((a[1] + b[1]) / 2) * rad);
  return Math.hypot(dx, dy);
}

/** The fields the mapping fills (status counts only when mapped: the reader defaults it). */
export function mappedBusinessFields(mapping: ColumnMapping): Set<BusinessField> {
  return new Set(businessFields.filter((f) => mapping[f] !== undefined));
}

const nameAddressKey = (name: string | null, address: string | null) =>
  name && address ? `${textKey(name)}|${textKey(address)}` : '';

function validPosition(row: MappedBusinessRow): [number, number] | null | 'bad' {
  if (!row.position) return null;
  const [lng, lat] = row.position.coordinates as [number, number];
  if (!Number.isFinite(lng) || !Number.isFinite(lat) || Math.abs(lng) > 180 || Math.abs(lat) > 90)
    return 'bad';
  return [lng, lat];
}

/** What a matched business's fields would become, and which of them change. */
function changesAgainst(
  row: MappedBusinessRow,
  stored: ExistingBusiness,
  fields: ReadonlySet<BusinessField>,
  position: [number, number] | null,
): string[] {
  const changed: string[] = [];
  for (const field of fields) {
    const value = row.business[field];
    // An empty cell says nothing: it never erases what the registry holds.
    if (value === null || value === '') continue;
    if (value !== stored[field]) changed.push(field);
  }
  if (position && metresBetween(position, [stored.lng, stored.lat]) >= samePlaceMeters)
    changed.push('position');
  return changed;
}

/**
 * The verdict of every registry row (issue #14 point 4), in file order: refused with reasons,
 * else matched to a stored business by licence number, else by name + address (compared
 * without case, spacing or diacritics) → `unchanged` or `update` naming the changed fields,
 * else `new` (kept unplaced when it has no position but names a village of the commune).
 */
export function registryVerdicts(
  rows: readonly MappedBusinessRow[],
  context: RegistryContext,
): RowOutcome[] {
  const fields = mappedBusinessFields(context.mapping);
  const byLicence = new Map<string, ExistingBusiness>();
  // Several stored premises may share a name and address: a row takes the nearest of them.
  const byNameAddress = new Map<string, ExistingBusiness[]>();
  for (const b of context.existing) {
    if (b.licenceNumber) byLicence.set(textKey(b.licenceNumber), b);
    const key = nameAddressKey(b.name, b.address);
    byNameAddress.set(key, [...(byNameAddress.get(key) ?? []), b]);
  }
  const nearest = (candidates: ExistingBusiness[] | undefined, row: MappedBusinessRow) => {
    if (!candidates?.length) return undefined;
    const at = validPosition(row);
    if (!Array.isArray(at)) return candidates[0];
    const away = (b: ExistingBusiness) => Math.hypot(b.lng - at[0], b.lat - at[1]);
    return candidates.reduce((best, b) => (away(b) < away(best) ? b : best));
  };
  const villages = new Map(context.villages.map((v) => [textKey(v.name), v.id]));
  const firstRowOf = new Map<string, number>();

  return rows.map((row) => {
    const b = row.business;
    // A row without a position may still be kept (with its village): decided below.
    const problems: RowProblem[] = row.problems.filter((p) => p.code !== 'no-position');
    if (!b.name?.trim()) problems.push(problem.missingName());
    if (!b.type || !knownTypes.has(b.type)) {
      if (!problems.some((p) => p.code === 'unknown-type'))
        problems.push(problem.unknownType(b.type));
    }

    const matched =
      (b.licenceNumber ? byLicence.get(textKey(b.licenceNumber)) : undefined) ??
      nearest(byNameAddress.get(nameAddressKey(b.name, b.address)), row);
    for (const [field, label, max] of maxLengths) {
      if ((b[field]?.length ?? 0) > max) problems.push(problem.tooLong(field, label, max));
    }
    if (b.phone && !phonePattern.test(b.phone)) problems.push(problem.badPhone(b.phone));
    const position = validPosition(row);
    let villageId: number | null = null;
    if (position === 'bad') {
      if (!problems.some((p) => p.code === 'bad-coordinates'))
        problems.push(problem.badCoordinates());
    } else if (position) {
      const place = context.places.get(row.rowNumber);
      if (place && !place.inVietnam) problems.push(problem.outsideVietnam());
      else if (place && !place.inCommune) problems.push(problem.outsideCommune());
    } else if (!matched && !problems.some((p) => p.code === 'bad-coordinates')) {
      villageId = row.villageName ? (villages.get(textKey(row.villageName)) ?? null) : null;
      if (row.villageName && villageId === null)
        problems.push(problem.unknownVillage(row.villageName));
      if (villageId === null) problems.push(problem.noPosition());
    }

    // The same key the registry matches by: the licence number, else name + address. Two rows with
    // different licence numbers are two premises even under one name and address (two karaoke
    // rooms of one owner in one hamlet are real).
    // A row without a licence repeats an earlier row of the same name and address.
    const nameKey = nameAddressKey(b.name, b.address);
    const licenceKey = b.licenceNumber ? `licence:${textKey(b.licenceNumber)}` : null;
    const nameAddress = nameKey ? `name:${nameKey}` : null;
    const checked = licenceKey ?? nameAddress;
    const firstRow = checked ? firstRowOf.get(checked) : undefined;
    if (firstRow !== undefined) problems.push(problem.duplicate(firstRow));
    else {
      if (licenceKey) firstRowOf.set(licenceKey, row.rowNumber);
      if (nameAddress && !firstRowOf.has(nameAddress)) firstRowOf.set(nameAddress, row.rowNumber);
    }

    if (!matched && !b.address?.trim()) problems.push(problem.missingAddress());

    const point = position && position !== 'bad' ? position : null;
    const values = { ...b, village: row.villageName };
    const base = {
      rowNumber: row.rowNumber,
      name: b.name,
      values,
      geometry: point ? { type: 'Point' as const, coordinates: point } : null,
      villageId: null,
    };
    if (problems.length > 0) {
      return { ...base, verdict: 'refused', problems, matchedId: matched?.id ?? null, changed: [] };
    }
    if (matched) {
      const changed = changesAgainst(row, matched, fields, point);
      return {
        ...base,
        verdict: changed.length > 0 ? 'update' : 'unchanged',
        problems,
        matchedId: matched.id,
        changed,
      };
    }
    return { ...base, verdict: 'new', problems, matchedId: null, changed: [], villageId };
  });
}
