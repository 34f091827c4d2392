// Risk, the risk grid and the indicators are computed once per version of the commune's data
// and kept: asked again, the kept answer is sent (X-Computed: cached), byte for byte what a fresh
// computation gives; a write anywhere in the commune, through this app or another process,
// names a new answer at once; each role keeps its own (the health station's exact support
// figures never reach culture's suppressed ones).
import { afterAll, describe, expect, it } from 'vitest';
import { testApp } from '../helpers/test-app';

const now = () => new Date('2026-11-14T03:00:00Z');
const police = testApp({ as: 'congan', now });
const leadership = testApp({ as: 'lanhdao', now });
const health = testApp({ as: 'tramyte', now });
const culture = testApp({ as: 'vanhoa', now });
// Another process over the same database, and references that keep nothing.
const otherPolice = testApp({ as: 'congan', now });
const freshPolice = testApp({ as: 'congan', now, answerCacheBytes: 0 });
const freshCulture = testApp({ as: 'vanhoa', now, answerCacheBytes: 0 });

type App = typeof police;
const read = async (app: App, path: string) => {
  const response = await app.request(path);
  expect(response.status).toBe(200);
  return { computed: response.headers.get('x-computed'), body: await response.text() };
};

const reads = ['/api/risk/businesses', '/api/risk/grid?cellMeters=250', '/api/indicators'];
let closed: { id: number; status: string } | undefined;
afterAll(async () => {
  if (closed) {
    await police.sql`update businesses set status = ${closed.status} where id = ${closed.id}`;
  }
});

describe('computed answers', () => {
  it.each(reads)('keeps %s and sends it again as a fresh one would be', async (path) => {
    const first = await read(police, path);
    const second = await read(police, path);
    expect(second.computed).toBe('cached');
    expect(second.body).toBe(first.body);
    expect(JSON.parse(second.body)).toEqual(JSON.parse((await read(freshPolice, path)).body));
  });

  it('keeps one answer per role: culture never gets the health station’s exact figures', async () => {
    const exact = await read(health, '/api/indicators');
    await read(health, '/api/indicators');
    const suppressed = await read(culture, '/api/indicators');
    expect(suppressed.computed).toBe('fresh');
    expect(suppressed.body).toBe((await read(freshCulture, '/api/indicators')).body);
    // Both were computed from the same data, yet they differ where support is exact for health.
    expect(suppressed.body).not.toBe(exact.body);
    const leadershipRisk = await read(leadership, '/api/risk/businesses');
    expect(leadershipRisk.computed).toBe('fresh');
  });

  it('computes anew after a write in another process, and shows the write', async () => {
    const before = JSON.parse((await read(police, '/api/risk/businesses')).body) as {
      features: { properties: { id: number } }[];
    };
    const target = before.features[0]?.properties.id as number;
    expect((await read(police, '/api/risk/businesses')).computed).toBe('cached');
    // The other process closes the riskiest premises (as its owner would record it).
    const [row] = await otherPolice.sql<[{ status: string }]>`
      select status::text from businesses where id = ${target}`;
    closed = { id: target, status: row.status };
    await otherPolice.sql`update businesses set status = 'closed' where id = ${target}`;
    const after = await read(police, '/api/risk/businesses');
    expect(after.computed).toBe('fresh');
    const ids = (JSON.parse(after.body) as typeof before).features.map((f) => f.properties.id);
    expect(ids).not.toContain(target);
    expect(after.body).toBe((await read(freshPolice, '/api/risk/businesses')).body);
  });

  it('computes anew after a write to a table only the indicators read', async () => {
    await read(police, '/api/indicators');
    expect((await read(police, '/api/indicators')).computed).toBe('cached');
    await police.sql`update trainings set held_on = held_on where id = (select min(id) from trainings)`;
    expect((await read(police, '/api/indicators')).computed).toBe('fresh');
  });
});
