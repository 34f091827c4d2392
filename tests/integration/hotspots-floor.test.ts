// Leadership may not read tips, yet asked hot spots of tips in 100 m cells for one day, which
// put a single tip on a house. Its tip hot spots stay above a floor; police's do not need one.
import type { Feature, Polygon } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { staffApps, type testApp } from '../helpers/test-app';

const { leadership, police } = staffApps();
const { sql } = leadership;

type HotSpots = {
  from: string;
  to: string;
  cellMeters: number;
  suppressedBelow: number | null;
  features: (Feature<Polygon> & { properties: { count: number } })[];
};

const hotSpots = async (app: ReturnType<typeof testApp>, query: string) => {
  const response = await app.request(`/api/hotspots?${query}`);
  expect(response.status).toBe(200);
  return (await response.json()) as HotSpots;
};

const dayBefore = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

let day = '';

beforeAll(async () => {
  // The day with the most located tips: the one an outsider would try to pinpoint.
  const [row] = await sql<[{ day: string }]>`
    select to_char(t.received_at at time zone 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD') as day
      from tips t left join businesses b on b.id = t.business_id
     where t.duplicate_of is null and t.status <> 'unfounded' and coalesce(t.geom, b.geom) is not null
     group by 1 order by count(*) desc, 1 limit 1`;
  day = row.day;
});

describe('tip hot spots for a role that may not read tips', () => {
  it('never shows 100 m cells of one day, nor a cell with one or two tips', async () => {
    const body = await hotSpots(leadership, `layer=tips&cellMeters=100&from=${day}&to=${day}`);
    expect(body.cellMeters).toBeGreaterThanOrEqual(500);
    expect(body.to).toBe(day);
    expect(body.from <= dayBefore(day, 89)).toBe(true);
    expect(body.suppressedBelow).toBe(3);
    const counts = body.features.map((f) => f.properties.count);
    expect(counts.filter((n) => n === 1 || n === 2)).toEqual([]);
  });

  it('keeps the cells and period asked for other layers', async () => {
    const body = await hotSpots(
      leadership,
      `layer=violations&cellMeters=100&from=${day}&to=${day}`,
    );
    expect([body.cellMeters, body.from, body.to, body.suppressedBelow]).toEqual([
      100,
      day,
      day,
      null,
    ]);
  });
});

describe('tip hot spots for police, who read the tips themselves', () => {
  it('are counted in the cells and period asked, a single tip included', async () => {
    const body = await hotSpots(police, `layer=tips&cellMeters=100&from=${day}&to=${day}`);
    expect([body.cellMeters, body.from, body.to, body.suppressedBelow]).toEqual([
      100,
      day,
      day,
      null,
    ]);
    expect(body.features.some((f) => f.properties.count > 0)).toBe(true);
  });
});
