import type { FeatureCollection, Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { CommunicationActivity } from '../../web/src/api/plan-records-client';
import { expectErrorShape, staffApps } from '../helpers/test-app';

const now = () => new Date('2026-11-29T10:00:00+07:00');
const { culture, health, police, admin } = staffApps({ now });
const { sql } = culture;

type Activity = CommunicationActivity;
type Props = Activity['properties'];

const count = async () =>
  (await sql`select count(*)::int as n from communication_activities`)[0]?.n;

/** A point inside a village of the commune, and that village. */
async function pointInVillage() {
  const [row] = await sql<[{ id: number; name: string; lng: number; lat: number }]>`
    select id, name, ST_X(p) as lng, ST_Y(p) as lat
    from (select id, name, ST_PointOnSurface(geom) as p from villages order by id offset 2 limit 1) v`;
  return row;
}

const talk = (coordinates: [number, number] | null) => ({
  type: 'Feature',
  geometry: coordinates ? { type: 'Point', coordinates } : null,
  properties: {
    heldOn: '2026-11-20',
    title: 'Hội nghị tuyên truyền phòng, chống mại dâm',
    placeName: 'Nhà văn hóa thôn',
    audience: 'residents',
    reach: 120,
    organiser: 'culture',
  },
});

describe('communication activities (indicator c)', () => {
  it('every signed-in role reads the year as GeoJSON; the broadcast has no geometry', async () => {
    for (const reader of [culture, health, police, admin]) {
      const response = await reader.request('/api/communication-activities?year=2026');
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/geo\+json/);
      const fc = (await response.json()) as FeatureCollection<Point | null, Props>;
      expect(fc.type).toBe('FeatureCollection');
      expect(fc.features.length).toBeGreaterThanOrEqual(4);
      expect(fc.features.filter((f) => f.geometry === null)).toHaveLength(1);
      for (const f of fc.features) expect(f.properties.heldOn.startsWith('2026')).toBe(true);
      for (const f of fc.features.filter((x) => x.geometry))
        expect(f.properties.village).not.toBeNull();
    }
  });

  it('culture adds one at a village hall (village from the point), edits it, deletes it; audited', async () => {
    const v = await pointInVillage();
    const created = await culture.sendJson(
      'POST',
      '/api/communication-activities',
      talk([v.lng, v.lat]),
    );
    expect(created.status).toBe(201);
    const a = (await created.json()) as Activity;
    expect(a.properties).toMatchObject({ village: v.id, villageName: v.name, reach: 120 });

    const patched = await health.sendJson('PATCH', `/api/communication-activities/${a.id}`, {
      properties: { reach: 150 },
      geometry: null,
    });
    expect(patched.status).toBe(200);
    const after = (await patched.json()) as Activity;
    expect(after.geometry).toBeNull();
    expect(after.properties).toMatchObject({ reach: 150, village: null });

    const deleted = await culture.request(`/api/communication-activities/${a.id}`, {
      method: 'DELETE',
    });
    expect(deleted.status).toBe(204);
    await expectErrorShape(
      await culture.request(`/api/communication-activities/${a.id}`, { method: 'DELETE' }),
      404,
    );
    const audit = await sql`
      select action, role from audit_log
      where entity = 'communication-activity' and entity_id = ${String(a.id)} order by id`;
    expect(audit).toEqual([
      { action: 'create', role: 'culture' },
      { action: 'update', role: 'health' },
      { action: 'delete', role: 'culture' },
    ]);
  });

  it('refuses other roles, places outside the commune, future days and bad input; stores nothing', async () => {
    const v = await pointInVillage();
    const [seeded] = await sql<
      [{ id: number }]
    >`select id::int from communication_activities order by id limit 1`;
    const before = await count();
    const snapshot = await sql`select * from communication_activities order by id`;
    await expectErrorShape(
      await police.sendJson('POST', '/api/communication-activities', talk([v.lng, v.lat])),
      403,
    );
    await expectErrorShape(
      await police.request(`/api/communication-activities/${seeded.id}`, { method: 'DELETE' }),
      403,
    );
    const cases: Array<[unknown, number]> = [
      [talk([105.8342, 21.0278]), 422], // Hà Nội: in Vietnam, outside the commune
      [talk([2.35, 48.85]), 422], // Paris
      [{ ...talk(null), properties: { ...talk(null).properties, heldOn: '2026-12-01' } }, 422],
      [{ ...talk(null), properties: { ...talk(null).properties, reach: -1 } }, 400],
      [{ ...talk(null), properties: { ...talk(null).properties, reach: 1_000_001 } }, 400],
      [{ ...talk(null), properties: { ...talk(null).properties, reach: '120' } }, 400],
      [{ ...talk(null), properties: { ...talk(null).properties, audience: 'everyone' } }, 400],
      [{ ...talk(null), properties: { ...talk(null).properties, organiser: 'army' } }, 400],
      [{ ...talk(null), geometry: { type: 'Point', coordinates: [200, 20] } }, 400],
      [
        {
          ...talk(null),
          geometry: {
            type: 'LineString',
            coordinates: [
              [106, 20],
              [106.1, 20],
            ],
          },
        },
        400,
      ],
    ];
    for (const [body, status] of cases) {
      await expectErrorShape(
        await culture.sendJson('POST', '/api/communication-activities', body),
        status,
      );
    }
    await expectErrorShape(
      await culture.sendJson('PATCH', `/api/communication-activities/${seeded.id}`, {
        geometry: { type: 'Point', coordinates: [105.8342, 21.0278] },
      }),
      422,
    );
    await expectErrorShape(
      await culture.sendJson('PATCH', `/api/communication-activities/${seeded.id}`, {}),
      400,
    );
    await expectErrorShape(
      await culture.sendJson('PATCH', '/api/communication-activities/99999999', {
        properties: { reach: 1 },
      }),
      404,
    );
    expect(await count()).toBe(before);
    expect(await sql`select * from communication_activities order by id`).toEqual(snapshot);
  });
});
