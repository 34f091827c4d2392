import { calibrate } from '@ntm/domain/risk/calibrate';
import type { Backtest } from '@ntm/domain/risk/run-backtest';
import type { WeightsUsed } from '@ntm/domain/risk/weights-in-force';
import { storeCalibration } from '@ntm/scripts/risk/store-calibration';
import { afterAll, describe, expect, it } from 'vitest';
import { appRolePool, communeCode, testApp } from '../helpers/test-app';

const now = () => new Date('2026-11-29T05:00:00Z');
const leadership = testApp({ as: 'lanhdao', now });
const { sql } = leadership;

// The stored set would change every later file's scores: leave the database as it was.
afterAll(async () => {
  await sql`delete from risk_weight_sets`;
});

describe('pnpm risk:calibrate (its functions, on the seeded history)', () => {
  it('stores a versioned set that the API then scores with and reports', async () => {
    const calibration = await calibrate(sql, communeCode, '2026-11-29');
    expect(calibration.fit.converged).toBe(true);
    expect(calibration.fit.n).toBeGreaterThan(1000);
    expect(calibration.fit.deviance).toBeLessThan(calibration.fit.nullDeviance);
    const numbers = [
      ...Object.values(calibration.weights.type),
      ...Object.values(calibration.weights).filter((v): v is number => typeof v === 'number'),
    ];
    for (const v of numbers) expect(v).toBeGreaterThanOrEqual(0);

    const stored = await storeCalibration(sql, communeCode, '2026-11-29', calibration);
    const response = await leadership.request('/api/risk/businesses?on=2026-11-29');
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      weights: WeightsUsed;
      features: { properties: { riskScore: number; factors: { contribution: number }[] } }[];
    };
    expect(body.weights).toEqual({
      version: stored.version,
      createdAt: stored.createdAt.toISOString(),
      source: 'calibrated',
    });
    for (const f of body.features) {
      const sum = f.properties.factors.reduce((s, x) => s + x.contribution, 0);
      if (sum <= 100) expect(f.properties.riskScore).toBeCloseTo(sum, 5);
    }

    const [audit] = await sql<[{ action: string }?]>`
      select action from audit_log where entity = 'risk_weight_set' and entity_id = ${String(stored.version)}`;
    expect(audit?.action).toBe('create');

    // A backtest uses a set only from days it was trained before (no look-ahead).
    const model = async (before: string) =>
      (await (await leadership.request(`/api/risk/model?before=${before}`)).json()) as Backtest;
    expect((await model('2026-02-03')).weights.source).toBe('default');
    expect((await model('2026-11-29')).weights).toEqual({
      version: stored.version,
      source: 'calibrated',
      trainedBefore: '2026-11-29',
    });
  });

  it('keeps scoring with the set trained on the most recent data when an older fit is stored later', async () => {
    const recent = await storeCalibration(
      sql,
      communeCode,
      '2026-11-29',
      await calibrate(sql, communeCode, '2026-11-29'),
    );
    const older = await storeCalibration(
      sql,
      communeCode,
      '2026-02-03',
      await calibrate(sql, communeCode, '2026-02-03'),
    );
    expect(older.version).toBeGreaterThan(recent.version);
    const body = (await (
      await leadership.request('/api/risk/businesses?on=2026-11-29')
    ).json()) as { weights: WeightsUsed };
    expect(body.weights.version).toBe(recent.version);
    const model = (await (
      await leadership.request('/api/risk/model?before=2026-02-03')
    ).json()) as Backtest;
    expect(model.weights).toEqual({
      version: older.version,
      source: 'calibrated',
      trainedBefore: '2026-02-03',
    });
  });

  it('lets the app role read weight sets but never write them', async () => {
    const app = appRolePool(1);
    try {
      await expect(
        app`insert into risk_weight_sets (commune_code, trained_before, method, weights, fit)
            values (${communeCode}, '2026-01-01', 'forged', '{}', '{}')`,
      ).rejects.toThrow(/permission denied/);
    } finally {
      await app.end();
    }
  });
});
