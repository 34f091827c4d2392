import type { AreaFacts } from '@ntm/db/queries/import-facts';
import type { Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { type AreaContext, areaVerdicts, matchAreas } from './area-verdicts';
import type { MappedAreaRow } from './contract';

const shape: Geometry = {
  type: 'Polygon',
  coordinates: [
    [
      [106.2, 20.7],
      [106.21, 20.7],
      [106.21, 20.71],
      [106.2, 20.7],
    ],
  ],
};
const row = (rowNumber: number, over: Partial<MappedAreaRow> = {}): MappedAreaRow => ({
  rowNumber,
  name: `Khu ${rowNumber}`,
  kind: 'tourist',
  note: null,
  population: null,
  formerCommune: null,
  geometry: shape,
  problems: [],
  ...over,
});
const facts = (rowNumber: number, over: Partial<AreaFacts> = {}): AreaFacts => ({
  rowNumber,
  valid: true,
  reason: null,
  polygonal: true,
  inVietnam: true,
  insideCommune: true,
  touchesCommune: true,
  sameShape: null,
  storedNote: null,
  ...over,
});
const verdicts = (rows: MappedAreaRow[], over: Partial<AreaContext> & { f?: AreaFacts[] } = {}) =>
  areaVerdicts(rows, {
    kind: 'key-areas',
    matches: new Map(),
    facts: new Map((over.f ?? rows.map((r) => facts(r.rowNumber))).map((f) => [f.rowNumber, f])),
    overlaps: [],
    noteMapped: false,
    ...over,
  });

describe('area verdicts', () => {
  it('a valid area inside the commune matching nothing is new', () => {
    expect(verdicts([row(1)])[0]).toMatchObject({ verdict: 'new', problems: [] });
  });

  it('refuses a bow tie with where it crosses, in Vietnamese', () => {
    const [o] = verdicts([row(1)], {
      f: [facts(1, { valid: false, reason: 'Self-intersection[106.24 20.72]' })],
    });
    expect(o?.problems).toEqual([
      { code: 'self-intersection', message: 'Tự cắt tại 106.24, 20.72' },
    ]);
  });

  it('lets a border area only touch the commune, but not a tourist area', () => {
    const outside = { insideCommune: false, touchesCommune: true };
    const [border, tourist] = verdicts([row(1, { kind: 'border' }), row(2)], {
      f: [facts(1, outside), facts(2, outside)],
    });
    expect(border?.verdict).toBe('new');
    expect(tourist?.problems.map((p) => p.code)).toEqual(['outside-commune']);
  });

  it('names both villages of an overlap with its area', () => {
    const out = verdicts([row(1, { name: 'Thôn A' }), row(2, { name: 'Thôn B' })], {
      kind: 'villages',
      overlaps: [{ a: 1, b: 2, areaM2: 1234.4 }],
    });
    expect(out[0]?.problems[0]?.message).toBe('Chồng lấn với «Thôn B» 1.234 m²');
    expect(out[1]?.problems[0]?.message).toBe('Chồng lấn với «Thôn A» 1.234 m²');
  });

  it('matches stored areas by name and kind: same shape unchanged, else update', () => {
    const stored = [{ id: 9, name: 'Khu Đảo Cò', kind: 'tourist' }];
    const rows = [row(1, { name: 'khu dao co' }), row(2, { name: 'Khu Đảo Cò', kind: 'border' })];
    const matches = matchAreas('key-areas', rows, stored);
    expect([...matches]).toEqual([[1, 9]]);
    const [same] = verdicts([rows[0] as MappedAreaRow], {
      matches,
      f: [facts(1, { sameShape: true })],
    });
    expect(same).toMatchObject({ verdict: 'unchanged', matchedId: 9 });
    const [moved] = verdicts([rows[0] as MappedAreaRow], {
      matches,
      f: [facts(1, { sameShape: false })],
    });
    expect(moved).toMatchObject({ verdict: 'update', changed: ['geometry'] });
  });

  it('refuses a second area of the same name and kind, and one without a name or known kind', () => {
    const out = verdicts([row(1), row(2, { name: 'KHU 1' }), row(3, { name: null, kind: 'chợ' })]);
    expect(out[1]?.problems.map((p) => p.code)).toEqual(['duplicate-in-file']);
    expect(out[2]?.problems.map((p) => p.code)).toEqual(['missing-name', 'bad-value']);
  });
});
