import { riskInputs } from '@ntm/db/queries/risk';
import { latestWeightSet, weightSetInForce } from '@ntm/db/queries/risk-weights';
import { vietnamToday } from '@ntm/domain/clock/vietnam-day';
import { defaultBacktestDay } from '@ntm/domain/risk/backtest';
import { createBacktestCache } from '@ntm/domain/risk/backtest-cache';
import { communeCells } from '@ntm/domain/risk/commune-cells';
import { riskGrid } from '@ntm/domain/risk/risk-grid';
import { runBacktest } from '@ntm/domain/risk/run-backtest';
import { scoreBusinesses } from '@ntm/domain/risk/score-businesses';
import { weightsInForce } from '@ntm/domain/risk/weights-in-force';
import { seasonsOfDay } from '@ntm/domain/seasons/day-seasons';
import { Hono } from 'hono';
import { z } from 'zod';
import { inTransaction } from '../lib/actor';
import { ApiError, notFound } from '../lib/api-error';
import type { AppEnv } from '../lib/app-env';
import { computedAnswer } from '../lib/computed-answer';
import { cellMetersParam, modelDay } from '../lib/day-params';
import { validate } from '../lib/validate';

const businessesQuery = z.object({ on: modelDay.optional() });
const modelQuery = z.object({ before: modelDay.optional() });
const gridQuery = z.object({ on: modelDay.optional(), cellMeters: cellMetersParam });

const backtests = createBacktestCache();

/**
 * GET /api/risk/businesses?on=: every open business with its risk score 0–100, level, the
 * factors whose points add up to it, and a plain sentence for the top ones. Highest first.
 * Scored with the calibrated set trained on the most recent data, else the documented defaults;
 * `weights` says which.
 *
 * GET /api/risk/grid?on=&cellMeters=: the risk surface, one hexagon per cell touching the
 * commune, scoring what its riskiest business scores (scored as above), with that business's
 * factors and how many businesses the cell holds (risk/risk-grid.ts).
 *
 * GET /api/risk/model?before=: the backtest (risk/backtest.ts): the model as it stood on the day
 * against the season that followed. Default day: the start of the last complete Tết window.
 */
export const risk = new Hono<AppEnv>()
  .get('/businesses', validate('query', businessesQuery), async (c) => {
    const { env, now } = c.get('deps');
    const on = c.req.valid('query').on ?? vietnamToday(now());
    return computedAnswer(c, on, async () => {
      const { seasons, rows, stored } = await inTransaction(c, async (tx) => ({
        seasons: await seasonsOfDay(tx, env.COMMUNE_CODE, on),
        rows: await riskInputs(tx, env.COMMUNE_CODE, on),
        stored: await latestWeightSet(tx, env.COMMUNE_CODE),
      }));
      const { weights, used } = weightsInForce(stored);
      return {
        type: 'FeatureCollection' as const,
        on,
        seasons: seasons.map((s) => s.name),
        weights: used,
        features: scoreBusinesses(rows, seasons, weights),
      };
    });
  })
  .get('/grid', validate('query', gridQuery), async (c) => {
    const { env, now } = c.get('deps');
    const { cellMeters, ...q } = c.req.valid('query');
    const on = q.on ?? vietnamToday(now());
    return computedAnswer(c, `${on}|${cellMeters}`, async () => {
      const { seasons, rows, stored, area } = await inTransaction(c, async (tx) => ({
        seasons: await seasonsOfDay(tx, env.COMMUNE_CODE, on),
        rows: await riskInputs(tx, env.COMMUNE_CODE, on),
        stored: await latestWeightSet(tx, env.COMMUNE_CODE),
        area: await communeCells(tx, env.COMMUNE_CODE, cellMeters),
      }));
      const { weights, used } = weightsInForce(stored);
      const businesses = scoreBusinesses(rows, seasons, weights).map((f) => ({
        id: f.properties.id,
        name: f.properties.name,
        villageName: f.properties.villageName,
        lngLat: f.geometry.coordinates as [number, number],
        riskScore: f.properties.riskScore,
        factors: f.properties.factors,
      }));
      return {
        type: 'FeatureCollection' as const,
        on,
        cellMeters,
        seasons: seasons.map((s) => s.name),
        weights: used,
        features: riskGrid(area.grid, area.cells, businesses),
      };
    });
  })
  .get('/model', validate('query', modelQuery), async (c) => {
    const { env, now } = c.get('deps');
    const today = vietnamToday(now());
    const before = c.req.valid('query').before ?? defaultBacktestDay(today);
    if (before > today)
      throw new ApiError(422, 'before-in-future', 'Ngày kiểm định phải không muộn hơn hôm nay', {
        before,
        today,
      });
    const answer = await inTransaction(c, async (tx) => {
      const version = (await weightSetInForce(tx, env.COMMUNE_CODE, before))?.version ?? 'default';
      return backtests.get(`${env.COMMUNE_CODE}|${before}|${version}`, now().getTime(), () =>
        runBacktest(tx, env.COMMUNE_CODE, before),
      );
    });
    if (!answer) throw notFound('Xã');
    return c.json(answer);
  });
