import { riskInputs } from '@ntm/db/queries/risk';
import { Hono } from 'hono';
import { z } from 'zod';
import { inTransaction } from '../lib/actor';
import type { AppEnv } from '../lib/app-env';
import { validate } from '../lib/validate';
import { cellMetersParam, modelDay, vietnamToday } from '../lib/vietnam-day';
import { communeCells } from '../risk/commune-cells';
import type { BusinessType } from '../risk/factors';
import { riskGrid } from '../risk/risk-grid';
import { scoreBusinesses } from '../risk/score-businesses';
import { seasonsOn } from '../seasons/seasons';

const query = z.object({ on: modelDay.optional() });
const gridQuery = z.object({ on: modelDay.optional(), cellMeters: cellMetersParam });

export const risk = new Hono<AppEnv>()
  /**
   * GET /api/risk/businesses?on=: every open business with its risk score 0–100, level, the
   * factors whose points add up to it, and a plain sentence for the top ones. Highest first.
   */
  .get('/businesses', validate('query', query), async (c) => {
    const { env, now } = c.get('deps');
    const on = c.req.valid('query').on ?? vietnamToday(now());
    const seasons = seasonsOn(on);
    const rows = await inTransaction(c, (tx) => riskInputs(tx, env.COMMUNE_CODE, on));
    const features = scoreBusinesses(rows, seasons);
    return c.json({
      type: 'FeatureCollection',
      on,
      seasons: seasons.map((s) => s.name),
      features,
    });
  })
  /**
   * GET /api/risk/grid?on=&cellMeters=: the risk surface, one hexagon per cell touching the
   * commune, with the combined score of its businesses and the factors that add up to it.
   */
  .get('/grid', validate('query', gridQuery), async (c) => {
    const { env, now } = c.get('deps');
    const { cellMeters, ...q } = c.req.valid('query');
    const on = q.on ?? vietnamToday(now());
    const seasons = seasonsOn(on);
    const seasonNames = seasons.map((s) => s.name);
    const [rows, { grid, cells }] = await inTransaction(c, (tx) =>
      Promise.all([
        riskInputs(tx, env.COMMUNE_CODE, on),
        communeCells(tx, env.COMMUNE_CODE, cellMeters),
      ]),
    );
    const rowsById = new Map(rows.map((r) => [r.businessId, r]));
    const businesses = scoreBusinesses(rows, seasons).map((f) => {
      const row = rowsById.get(f.properties.id);
      return {
        id: f.properties.id,
        name: f.properties.name,
        type: f.properties.type as BusinessType,
        lngLat: f.geometry.coordinates as [number, number],
        riskScore: f.properties.riskScore,
        factors: f.properties.factors,
        tips: row?.tipAges.length ?? 0,
        violations: row?.violationAges.length ?? 0,
      };
    });
    return c.json({
      type: 'FeatureCollection',
      on,
      cellMeters,
      seasons: seasonNames,
      features: riskGrid(grid, cells, businesses, seasonNames),
    });
  });
