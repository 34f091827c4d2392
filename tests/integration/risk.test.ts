import type { Feature } from 'geojson';
import { describe, expect, it } from 'vitest';
import { expectErrorShape, staffApps } from '../helpers/test-app';

const { leadership, culture, admin } = staffApps();
const { sql } = leadership;

type Risk = Feature & {
  properties: {
    id: number;
    riskScore: number;
    riskLevel: string;
    factors: { factor: string; contribution: number; explanation: string; lower: string | null }[];
  };
};

const risks = async (on: string) =>
  (await (await leadership.request(`/api/risk/businesses?on=${on}`)).json()) as {
    features: Risk[];
    seasons: string[];
  };

describe('GET /api/risk/businesses', () => {
  it('scores every open business 0–100, highest first, its factors adding up to the score', async () => {
    const { features } = await risks('2026-11-29');
    const [open] =
      await sql`select count(*)::int as n from businesses where deleted_at is null and status <> 'closed'`;
    expect(features.length).toBe(open?.n);
    for (const f of features) {
      const sum = f.properties.factors.reduce((s, x) => s + x.contribution, 0);
      expect(f.properties.riskScore).toBeGreaterThanOrEqual(0);
      expect(f.properties.riskScore).toBeLessThanOrEqual(100);
      if (sum <= 100) expect(f.properties.riskScore).toBeCloseTo(sum, 5);
      expect(f.properties.factors.length).toBeGreaterThan(0);
      for (const r of f.properties.factors) expect(r.explanation.length).toBeGreaterThan(10);
    }
    const scores = features.map((f) => f.properties.riskScore);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(new Set(features.map((f) => f.properties.riskLevel)).size).toBeGreaterThan(1);
  });

  it('raises every score in Tết, names the season, and leaves tip contents out', async () => {
    const tet = await risks('2026-02-17');
    const ordinary = await risks('2026-03-25');
    expect(tet.seasons).toContain('Tết Nguyên Đán');
    const seasonOf = (f: Risk) =>
      f.properties.factors.find((x) => x.factor === 'season')?.contribution ?? 0;
    expect(tet.features.every((f) => seasonOf(f) === 10)).toBe(true);
    expect(ordinary.features.every((f) => seasonOf(f) === 0)).toBe(true);
    const text = JSON.stringify(tet);
    const [tip] = await sql<
      [{ description: string }]
    >`select description from tips order by id limit 1`;
    expect(text).not.toContain(tip.description);
  });

  it('counts a local event the admin adds as a season of its days, and stops when it is removed', async () => {
    const day = '2026-10-14';
    expect((await risks(day)).seasons).toEqual([]);
    const added = await admin.sendJson('POST', '/api/seasons/events', {
      name: 'Hội làng thử nghiệm',
      from: '2026-10-13',
      to: '2026-10-15',
    });
    expect(added.status).toBe(201);
    const { id } = (await added.json()) as { id: number };
    try {
      const during = await risks(day);
      expect(during.seasons).toEqual(['Hội làng thử nghiệm']);
      const season = during.features.map(
        (f) => f.properties.factors.find((x) => x.factor === 'season')?.contribution,
      );
      expect(season.every((points) => points === 2.5)).toBe(true);
      expect((await risks('2026-10-16')).seasons).toEqual([]);
    } finally {
      expect((await admin.request(`/api/seasons/events/${id}`, { method: 'DELETE' })).status).toBe(
        204,
      );
    }
    expect((await risks(day)).seasons).toEqual([]);
  });

  it('gives front businesses their registry-mismatch factor', async () => {
    const { features } = await risks('2026-11-29');
    const fronts = await sql<{ id: number }[]>`
      select id::int from businesses where type in ('karaoke', 'massage') and licensed_trade = 'Dịch vụ ăn uống'
        and deleted_at is null and status <> 'closed'`;
    expect(fronts.length).toBeGreaterThan(0);
    for (const { id } of fronts) {
      const f = features.find((x) => x.properties.id === id);
      expect(f?.properties.factors.map((x) => x.factor)).toContain('registry-mismatch');
    }
  });

  it('is for leadership and police only, and refuses a bad date', async () => {
    await expectErrorShape(await culture.request('/api/risk/businesses'), 403);
    await expectErrorShape(await leadership.request('/api/risk/businesses?on=2026-13-01'), 400);
    await expectErrorShape(await leadership.request('/api/risk/businesses?on=2040-01-01'), 400);
  });
});
