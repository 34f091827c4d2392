// Past periods use the boundaries valid then: the demo's villages before the merger of
// 1 July 2025 (the generator's whole tiling) and after it (three villages merged away).
import { findBusinessesGeoJson } from '@ntm/db/queries/businesses';
import type { VillageBreakdown } from '@ntm/domain/reports/report-types';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type postgres from 'postgres';
import { describe, expect, it } from 'vitest';
import { expectErrorShape, testApp } from '../helpers/test-app';

const { request, sql } = testApp({ as: 'lanhdao', now: () => new Date('2026-12-07T03:00:00Z') });
const police = testApp({ as: 'congan', now: () => new Date('2026-12-07T03:00:00Z') });

type VillageProps = { id: number; name: string; validFrom: string | null; validTo: string | null };
type Villages = FeatureCollection<Polygon | MultiPolygon, VillageProps>;

async function villagesOn(day?: string) {
  const response = await request(`/api/villages${day ? `?on=${day}` : ''}`);
  expect(response.status).toBe(200);
  return (await response.json()) as Villages;
}

const mergedAway = () =>
  sql<{ id: number; name: string }[]>`
    select id, name from villages where valid_to = '2025-07-01' order by id`;

/** Area of the union and of the overlaps of a set of outlines, in m². */
async function tiling(fc: Villages) {
  const geometries = fc.features.map((f) => JSON.stringify(f.geometry));
  const [m] = await sql<[{ unionM2: number; overlapM2: number; communeM2: number }]>`
    with v as (select row_number() over () as i, ST_SetSRID(ST_GeomFromGeoJSON(j), 4326) as g
               from unnest(${geometries}::text[]) as t(j))
    select (select ST_Area(ST_Union(g)::geography) from v) as "unionM2",
           (select coalesce(sum(ST_Area(ST_Intersection(a.g, b.g)::geography)), 0)
              from v a join v b on a.i < b.i and ST_Intersects(a.g, b.g)) as "overlapM2",
           (select ST_Area(geom::geography) from communes where commune_code = '11284') as "communeM2"`;
  return m;
}

type ReportJson = {
  data: {
    businesses: {
      byType: { total: number }[];
      byVillage: VillageBreakdown;
    };
    inspections: { total: number; withViolation: number };
  };
};

async function report(period: string) {
  const response = await request(`/api/reports/periodic?period=${period}&format=json`);
  expect(response.status).toBe(200);
  return ((await response.json()) as ReportJson).data;
}

describe('GET /api/villages?on= and /api/commune?on=', () => {
  it('answers 2024 with the villages before the merger and 2026 with the merged ones', async () => {
    const before = await villagesOn('2024-06-01');
    const after = await villagesOn('2026-01-01');
    const gone = await mergedAway();
    expect(gone).toHaveLength(3);
    expect(before.features).toHaveLength(24);
    expect(after.features).toHaveLength(21);
    const beforeIds = before.features.map((f) => f.properties.id);
    const afterIds = after.features.map((f) => f.properties.id);
    for (const v of gone) {
      expect(beforeIds).toContain(v.id);
      expect(afterIds).not.toContain(v.id);
    }
    for (const f of before.features) {
      expect(f.properties).toMatchObject({ validFrom: null, validTo: '2025-07-01' });
    }
    for (const f of after.features) {
      expect(f.properties).toMatchObject({ validFrom: '2025-07-01', validTo: null });
    }
    // Both versions tile the same commune: the same ground, no overlaps.
    const [a, b] = [await tiling(before), await tiling(after)];
    expect(Math.abs(a.unionM2 - b.unionM2) / a.communeM2).toBeLessThan(0.001);
    expect(a.overlapM2).toBeLessThan(1);
    expect(b.overlapM2).toBeLessThan(1);
  });

  it('gives today’s villages without a day, as before the versions existed', async () => {
    const today = await villagesOn();
    const [n] = await sql<[{ n: number }]>`
      select count(*)::int as n from villages where geom is not null`;
    expect(today.features).toHaveLength(n.n);
    expect(today.features.map((f) => f.properties.id).sort()).toEqual(
      (await villagesOn('2026-12-07')).features.map((f) => f.properties.id).sort(),
    );
  });

  it('gives the commune of a day, with its version', async () => {
    const response = await request('/api/commune?on=2024-06-01');
    expect(response.status).toBe(200);
    const commune = (await response.json()) as {
      properties: { areaKm2: number; validFrom: string | null; validTo: string | null };
    };
    expect(commune.properties.areaKm2).toBeGreaterThan(22);
    expect(commune.properties).toMatchObject({ validFrom: null, validTo: null });
  });

  it('refuses a day that is not one, in the one error shape', async () => {
    for (const path of ['/api/villages?on=2024-13-01', '/api/commune?on=hôm-qua']) {
      const error = await expectErrorShape(await request(path), 400);
      expect(error.code).toBe('invalid-request');
    }
  });
});

describe('a past period by village', () => {
  it('reports 2024 on the 24 villages of then and 2026 on the 21 of now, totals equal to the report’s', async () => {
    const gone = (await mergedAway()).map((v) => v.name);
    for (const [period, villages, version] of [
      ['2024', 24, { versionFrom: null, versionTo: '2025-07-01' }],
      ['2025-H1', 24, { versionFrom: null, versionTo: '2025-07-01' }],
      ['2026', 21, { versionFrom: '2025-07-01', versionTo: null }],
    ] as const) {
      const data = await report(period);
      const v = data.businesses.byVillage;
      expect(v).toMatchObject(version);
      const named = v.rows.filter((r) => r.village !== null);
      expect(named).toHaveLength(villages);
      const names = named.map((r) => r.village);
      for (const name of gone) {
        if (villages === 24) expect(names).toContain(name);
        else expect(names).not.toContain(name);
      }
      const sum = (pick: (r: (typeof v.rows)[number]) => number) =>
        v.rows.reduce((s, r) => s + pick(r), 0);
      expect(sum((r) => r.businesses)).toBe(
        data.businesses.byType.reduce((s, t) => s + t.total, 0),
      );
      expect(sum((r) => r.inspections)).toBe(data.inspections.total);
      expect(sum((r) => r.withViolation)).toBe(data.inspections.withViolation);
    }
  });

  it('counts a merged village’s premises in it before the merger and in the village it joined after', async () => {
    // The demo's own premises (one seeding transaction, one created_at): those other tests add
    // today are not in a 2025 report.
    const [m] = await sql<[{ part: string; into: string; n: number }]>`
      select p.name as part, i.name as into,
             (select count(*)::int from businesses b where b.created_at = (select min(created_at) from businesses) and ST_Intersects(b.geom, pb.geom)) as n
      from villages p
      join village_boundaries pb on pb.village_id = p.id
      join village_boundaries ib on ib.valid_from = '2025-07-01' and ST_Covers(ib.geom, ST_PointOnSurface(pb.geom))
      join villages i on i.id = ib.village_id
      where p.valid_to = '2025-07-01'
      order by 3 desc limit 1`;
    const before = (await report('2025-H1')).businesses.byVillage.rows;
    const after = (await report('2026')).businesses.byVillage.rows;
    expect(before.find((r) => r.village === m.part)?.businesses).toBe(m.n);
    expect(after.find((r) => r.village === m.part)).toBeUndefined();
    expect(after.find((r) => r.village === m.into)?.businesses).toBeGreaterThanOrEqual(m.n);
  });

  it('names a premises’ village in the registry of a past day as that day’s map had it', async () => {
    const gone = (await mergedAway()).map((v) => v.name);
    const villagesIn = (asOf: string) =>
      sql.begin(async (tx) => {
        await tx`select set_config('ntm.role', 'leadership', true)`;
        const rows = await tx<{ village: string }[]>`
          select distinct village from ntm_registry_as_of('11284', ${`${asOf.slice(0, 4)}-01-01`}, ${asOf})`;
        return rows.map((r) => r.village);
      });
    const before = await villagesIn('2024-12-31');
    const after = await villagesIn('2026-06-30');
    expect(gone.some((name) => before.includes(name))).toBe(true);
    for (const name of gone) expect(after).not.toContain(name);
  });

  it('lists the registry as of a past day in the villages of that day', async () => {
    // The demo's premises are recorded on the day of the seed; here they were recorded in 2024
    // (moved back in a transaction that is rolled back).
    const gone = await mergedAway();
    const read = (tx: postgres.TransactionSql, villageId: number, asOf?: string) =>
      findBusinessesGeoJson(tx, { communeCode: '11284', villageId, withOwner: false, asOf }).then(
        (bytes) =>
          JSON.parse(new TextDecoder().decode(bytes)) as {
            features: { properties: { village: number } }[];
          },
      );
    const counts = await sql
      .begin(async (tx) => {
        await tx`update businesses set updated_at = '2024-06-01T00:00:00+07:00'`;
        const out: { before: number[]; now: number }[] = [];
        for (const v of gone) {
          const then = await read(tx, v.id, '2025-03-01T23:59:59.999+07:00');
          const now = await read(tx, v.id);
          out.push({
            before: then.features.map((f) => f.properties.village),
            now: now.features.length,
          });
        }
        throw Object.assign(new Error('rollback'), { out });
      })
      .catch((e: { out?: { before: number[]; now: number }[] }) => {
        if (!e.out) throw e;
        return e.out;
      });
    for (const [i, c] of counts.entries()) {
      for (const village of c.before) expect(village).toBe(gone[i]?.id);
      expect(c.now).toBe(0);
    }
    expect(counts.reduce((s, c) => s + c.before.length, 0)).toBeGreaterThan(0);
  });

  it('scores a past day’s risk in the villages of that day', async () => {
    for (const [day, count] of [
      ['2025-03-01', 24],
      ['2026-03-01', 21],
    ] as const) {
      const villages = new Set((await villagesOn(day)).features.map((f) => f.properties.id));
      expect(villages.size).toBe(count);
      const response = await police.request(`/api/risk/businesses?on=${day}`);
      expect(response.status).toBe(200);
      const body = (await response.json()) as { features: { properties: { village: number } }[] };
      expect(body.features.length).toBeGreaterThan(0);
      for (const f of body.features) expect(villages.has(f.properties.village)).toBe(true);
    }
    const early = await police.request('/api/risk/businesses?on=2025-03-01');
    const gone = new Set((await mergedAway()).map((v) => v.id));
    const body = (await early.json()) as { features: { properties: { village: number } }[] };
    expect(body.features.some((f) => gone.has(f.properties.village))).toBe(true);
  });

  it('draws the support choropleth of a past year on that year’s villages, the same total', async () => {
    const health = testApp({ as: 'tramyte', now: () => new Date('2026-12-07T03:00:00Z') });
    for (const [year, count] of [
      [2024, 24],
      [2026, 21],
    ] as const) {
      const response = await health.request(`/api/support/villages?year=${year}`);
      expect(response.status).toBe(200);
      const body = (await response.json()) as {
        total: number;
        features: { properties: { cases: number } }[];
      };
      expect(body.features).toHaveLength(count);
      expect(body.features.reduce((s, f) => s + f.properties.cases, 0)).toBe(body.total);
    }
  });
});
