import type { Sql } from '@ntm/db/client';
import {
  areaFacts,
  keyAreasForMatching,
  overlappingPairs,
  pointPlaces,
  registryForMatching,
  uncoveredParts,
  villageNames,
} from '@ntm/db/queries/import-facts';
import type { Geometry } from 'geojson';
import { areaVerdicts, matchAreas, type StoredArea } from './area-verdicts';
import type { ColumnMapping, ImportKind, MappedAreaRow, MappedBusinessRow } from './contract';
import { registryVerdicts } from './registry-verdicts';
import type { RowOutcome } from './row-outcome';

/** Mapped rows of one kind: the registry's or the areas'. */
export type MappedRows =
  | { kind: 'registry'; rows: MappedBusinessRow[] }
  | { kind: Exclude<ImportKind, 'registry'>; rows: MappedAreaRow[] };

/** A gap the villages leave in the commune: reported, not refused. */
export type BoundaryGap = { areaM2: number; position: [number, number] };

export type Verdicts = { outcomes: RowOutcome[]; gaps: BoundaryGap[] };

/** Every row's verdict against what the database holds now (run as the importing account). */
export async function computeVerdicts(
  sql: Sql,
  communeCode: string,
  mapped: MappedRows,
  mapping: ColumnMapping,
): Promise<Verdicts> {
  if (mapped.kind === 'registry') {
    const points = mapped.rows.flatMap((r) => {
      const [lng, lat] = (r.position?.coordinates ?? []) as number[];
      return Number.isFinite(lng) && Number.isFinite(lat)
        ? [{ rowNumber: r.rowNumber, lng: lng as number, lat: lat as number }]
        : [];
    });
    const [existing, villages, places] = await Promise.all([
      registryForMatching(sql, communeCode),
      villageNames(sql, communeCode),
      pointPlaces(sql, communeCode, points),
    ]);
    const outcomes = registryVerdicts(mapped.rows, {
      existing,
      villages,
      places: new Map(places.map((p) => [p.rowNumber, p])),
      mapping,
    });
    return { outcomes, gaps: [] };
  }

  const { kind, rows } = mapped;
  const stored: StoredArea[] =
    kind === 'key-areas'
      ? await keyAreasForMatching(sql, communeCode)
      : kind === 'villages'
        ? (await villageNames(sql, communeCode)).map((v) => ({ ...v, kind: null }))
        : [{ id: 0, name: '', kind: null }];
  const matches = matchAreas(kind, rows, stored);
  const shapes = rows.flatMap((r) =>
    r.geometry ? [{ rowNumber: r.rowNumber, geometry: r.geometry as Geometry }] : [],
  );
  const table = kind === 'key-areas' ? 'key_areas' : kind === 'villages' ? 'villages' : 'communes';
  const facts = await areaFacts(
    sql,
    communeCode,
    table,
    shapes.map((s) => ({ ...s, matchedId: matches.get(s.rowNumber) ?? null })),
  );
  const overlaps = kind === 'villages' ? await overlappingPairs(sql, shapes) : [];
  const outcomes = areaVerdicts(rows, {
    kind,
    matches,
    facts: new Map(facts.map((f) => [f.rowNumber, f])),
    overlaps,
    // Only key areas keep a note; a village's or the commune's is neither compared nor stored.
    noteMapped: kind === 'key-areas' && mapping.note !== undefined,
  });
  const gaps =
    kind === 'villages'
      ? (
          await uncoveredParts(
            sql,
            communeCode,
            outcomes.flatMap((o) => (o.verdict !== 'refused' && o.geometry ? [o.geometry] : [])),
            null,
          )
        ).map((g) => ({
          areaM2: Math.round(g.areaM2),
          position: [g.lng, g.lat] as [number, number],
        }))
      : [];
  return { outcomes, gaps };
}
