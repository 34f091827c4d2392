import { riskInputs } from '@ntm/db/queries/risk';
import { Hono } from 'hono';
import { z } from 'zod';
import { inTransaction } from '../lib/actor';
import type { AppEnv } from '../lib/app-env';
import { validate } from '../lib/validate';
import { explain } from '../risk/explain';
import { type BusinessType, type RiskInputs, riskScore } from '../risk/factors';
import { registryMismatch } from '../risk/registry-mismatch';
import { seasonsOn } from '../seasons/seasons';

const query = z.object({
  on: z.iso
    .date()
    .refine((d) => d >= '2020-01-01' && d <= '2035-12-31', 'ngày trong 2020–2035')
    .optional(),
});

const typeNames: Record<BusinessType, string> = {
  lodging: 'cơ sở lưu trú',
  karaoke: 'karaoke',
  massage: 'xoa bóp (massage)',
  'short-term-rental': 'căn hộ cho thuê ngắn hạn',
  'bar-cafe': 'quán bar, cà phê',
  other: 'khác',
};

/** Today in Vietnam time, 'YYYY-MM-DD'. */
const vietnamToday = (now: Date) =>
  new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);

/**
 * GET /api/risk/businesses?on=: every open business with its risk score 0–100, level, the
 * factors whose points add up to it, and a plain sentence for the top ones. Highest first.
 */
export const risk = new Hono<AppEnv>().get('/businesses', validate('query', query), async (c) => {
  const { env, now } = c.get('deps');
  const on = c.req.valid('query').on ?? vietnamToday(now());
  const seasons = seasonsOn(on);
  const seasonIntensity = Math.max(1, ...seasons.map((s) => s.intensity));
  const rows = await inTransaction(c, (tx) => riskInputs(tx, env.COMMUNE_CODE, on));
  const features = rows.map((row) => {
    const type = row.type as BusinessType;
    const input: RiskInputs = {
      type,
      distanceToBorderArea: row.borderM,
      distanceToTrafficRoute: row.trafficM,
      distanceToTouristArea: row.touristM,
      distanceToWorkerHousing: row.housingM,
      similarNearby: row.similarNearby,
      tipAgesDays: row.tipAges,
      violationAgesDays: row.violationAges,
      inspectionsLastYear: row.inspectionsYear,
      registryMismatch: registryMismatch(type, row.licensedTrade),
      seasonIntensity,
    };
    const { score, level, factors } = riskScore(input);
    const reasons = explain(factors, input, {
      typeName: typeNames[type],
      licensedTrade: row.licensedTrade,
      seasonNames: seasons.map((s) => s.name),
    });
    return {
      type: 'Feature' as const,
      id: row.businessId,
      geometry: { type: 'Point' as const, coordinates: [row.lng, row.lat] },
      properties: {
        id: row.businessId,
        name: row.name,
        type,
        village: row.villageId,
        villageName: row.villageName,
        riskScore: score,
        riskLevel: level,
        factors,
        reasons,
      },
    };
  });
  features.sort((a, b) => b.properties.riskScore - a.properties.riskScore);
  return c.json({
    type: 'FeatureCollection',
    on,
    seasons: seasons.map((s) => s.name),
    features,
  });
});
