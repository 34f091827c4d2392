import type { AreaFacts } from '@ntm/db/queries/import-facts';
import { keyAreaKinds } from '@ntm/db/schema/values';
import type { ImportKind, MappedAreaRow, RowProblem } from './contract';
import { invalidGeometryProblem } from './invalid-reason';
import { problem } from './problem-messages';
import type { RowOutcome } from './row-outcome';
import { textKey } from './text-key';

export type StoredArea = { id: number; name: string; kind: string | null };
type AreaKind = Exclude<ImportKind, 'registry'>;

const knownKinds = new Set<string>(keyAreaKinds);
const matchKey = (kind: AreaKind, row: { name: string | null; kind: string | null }) =>
  kind === 'key-areas' ? `${textKey(row.name)}|${row.kind ?? ''}` : textKey(row.name);

/**
 * The stored area each row repeats or updates: key areas by name + kind, villages by name
 * (the commune has one outline: every row matches it). Rows without a name match nothing.
 */
export function matchAreas(
  kind: AreaKind,
  rows: readonly MappedAreaRow[],
  stored: readonly StoredArea[],
): Map<number, number> {
  const byKey = new Map(stored.map((s) => [matchKey(kind, s), s.id]));
  const matches = new Map<number, number>();
  for (const row of rows) {
    const id =
      kind === 'commune' ? stored[0]?.id : row.name ? byKey.get(matchKey(kind, row)) : undefined;
    if (id !== undefined) matches.set(row.rowNumber, id);
  }
  return matches;
}

export type AreaContext = {
  kind: AreaKind;
  matches: ReadonlyMap<number, number>;
  facts: ReadonlyMap<number, AreaFacts>;
  /** Overlapping pairs among the file's boundaries (villages), by row number. */
  overlaps: ReadonlyArray<{ a: number; b: number; areaM2: number }>;
  /** Whether the mapping fills the note (an unmapped note is neither compared nor written). */
  noteMapped: boolean;
};

/**
 * The verdict of every key-area or boundary row: name (and for key areas a known kind)
 * required; a valid shape (a bow tie is refused with GEOS's reason in Vietnamese words);
 * inside the commune (border areas may only touch it; the commune itself is not checked);
 * villages not overlapping one another (both named, with the overlap in m²); a second row of
 * the same name refused; then `new`, `update` or `unchanged` against the matched stored area.
 */
export function areaVerdicts(rows: readonly MappedAreaRow[], context: AreaContext): RowOutcome[] {
  const firstRowOf = new Map<string, number>();
  const nameOf = new Map(rows.map((r) => [r.rowNumber, r.name ?? `dòng ${r.rowNumber}`]));
  return rows.map((row) => {
    const problems: RowProblem[] = [...row.problems];
    if (!row.name?.trim()) problems.push(problem.missingName());
    if (context.kind === 'key-areas' && (!row.kind || !knownKinds.has(row.kind)))
      problems.push(problem.unknownKind(row.kind));
    const facts = context.facts.get(row.rowNumber);
    if (!row.geometry || !facts) {
      if (!problems.some((p) => p.code === 'invalid-geometry')) problems.push(problem.noGeometry());
    } else if (!facts.valid) {
      problems.push(invalidGeometryProblem(facts.reason ?? ''));
    } else if (context.kind !== 'key-areas' && !facts.polygonal) {
      problems.push(problem.notPolygon());
    } else if (!facts.inVietnam) {
      problems.push(problem.outsideVietnam());
    } else if (context.kind !== 'commune' && !facts.insideCommune) {
      const borderTouching =
        context.kind === 'key-areas' && row.kind === 'border' && facts.touchesCommune;
      if (!borderTouching) problems.push(problem.outsideCommune());
    }
    for (const o of context.overlaps) {
      if (o.a === row.rowNumber)
        problems.push(problem.overlap(nameOf.get(o.b) as string, o.areaM2));
      if (o.b === row.rowNumber)
        problems.push(problem.overlap(nameOf.get(o.a) as string, o.areaM2));
    }
    if (row.name?.trim() && context.kind !== 'commune') {
      const key = matchKey(context.kind, row);
      const first = firstRowOf.get(key);
      if (first !== undefined) problems.push(problem.duplicate(first));
      else firstRowOf.set(key, row.rowNumber);
    }

    const matchedId = context.matches.get(row.rowNumber) ?? null;
    const base = {
      rowNumber: row.rowNumber,
      name: row.name,
      values: {
        name: row.name,
        kind: row.kind,
        note: row.note,
        population: row.population,
        formerCommune: row.formerCommune,
      },
      geometry: row.geometry,
      villageId: null,
      matchedId,
    };
    if (problems.length > 0) return { ...base, verdict: 'refused', problems, changed: [] };
    if (matchedId === null) return { ...base, verdict: 'new', problems, changed: [] };
    const changed: string[] = [];
    if (!facts?.sameShape) changed.push('geometry');
    if (context.noteMapped && row.note !== null && row.note !== facts?.storedNote)
      changed.push('note');
    return { ...base, verdict: changed.length > 0 ? 'update' : 'unchanged', problems, changed };
  });
}
