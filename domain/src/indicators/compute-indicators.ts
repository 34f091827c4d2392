// GET /api/indicators: the plan's seven indicators and the dashboard's charts for a year, as of
// a day, computed live from the records each time (nothing cached, nothing stored).
import type { Sql } from '@ntm/db/client';
import type { TipCase } from '@ntm/db/queries/indicators';
import { type CommuneSettings, tipRules } from '../tips/tip-rules';
import { inspectionCharts, seasonBands, tipCharts } from './charts';
import type { IndicatorContext } from './common';
import { communicationIndicator, planIndicator } from './plan-indicators';
import { registryIndicator } from './registry-indicator';
import { reportingIndicator } from './reporting-indicator';
import { supportIndicator } from './support-indicator';
import { tipIndicator, yearTips } from './tip-indicator';
import { trainingIndicator } from './training-indicator';
import type { Indicator, IndicatorsResponse } from './types';
import { instantOf } from './year-clock';

export type IndicatorOptions = {
  /** The day to compute for, inside `year` (see indicatorAsOf). */
  asOf: string;
  now: Date;
  /** True only for the health role reading its own dashboard. */
  exactSupport: boolean;
};

export function indicatorContext(
  sql: Sql,
  env: CommuneSettings,
  year: number,
  options: IndicatorOptions,
): IndicatorContext {
  return {
    sql,
    communeCode: env.COMMUNE_CODE,
    year,
    asOf: options.asOf,
    at: instantOf(options.asOf, options.now),
    rules: tipRules(env),
    exactSupport: options.exactSupport,
  };
}

/** The seven indicators a–g in the plan's order. */
export async function computeIndicatorList(
  ctx: IndicatorContext,
  tips?: TipCase[],
): Promise<Indicator[]> {
  const cases = tips ?? (await yearTips(ctx));
  return [
    await planIndicator(ctx),
    await registryIndicator(ctx),
    await communicationIndicator(ctx),
    await supportIndicator(ctx),
    tipIndicator(ctx, cases),
    await trainingIndicator(ctx),
    await reportingIndicator(ctx),
  ];
}

/** Indicators and charts, run inside the reader's transaction (sql carries their role). */
export async function computeIndicators(
  sql: Sql,
  env: CommuneSettings,
  year: number,
  options: IndicatorOptions,
): Promise<IndicatorsResponse> {
  const ctx = indicatorContext(sql, env, year, options);
  const tips = await yearTips(ctx);
  const indicators = await computeIndicatorList(ctx, tips);
  const { inspectionsByMonth, violationsByType } = await inspectionCharts(ctx);
  return {
    year,
    asOf: ctx.asOf,
    indicators,
    charts: {
      inspectionsByMonth,
      seasons: await seasonBands(ctx),
      ...tipCharts(ctx, tips),
      violationsByType,
    },
  };
}
