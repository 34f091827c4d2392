// Loads the generated demo into an empty, migrated database in one transaction: the map tables
// with INSERT (load-map.ts), then businesses, tips, tip events and inspections with COPY
// (load-records.ts), streamed so that a --scale run keeps flat memory.

import type postgres from 'postgres';
import { demoCommune } from './demo-geography';
import { type DemoOptions, generateDemo } from './generate-demo';
import { loadMap } from './load-map';
import { loadPlanRecords } from './load-plan-records';
import { loadRecords } from './load-records';
import { refuseInProduction } from './production-guard';
import { generateSupportCases, loadSupportCases } from './support-cases';

export const defaultDemoPassword = 'demo-2026';

export type SeedSummary = {
  villages: number;
  businesses: number;
  tips: number;
  inspections: number;
};
export type SeedOptions = DemoOptions & {
  /** The password of every demo account (ARCHITECTURE.md §4). */
  password?: string;
  /** Progress lines, e.g. console.error; silent by default. */
  log?: (message: string) => void;
};

export async function seedDemo(sql: postgres.Sql, options: SeedOptions): Promise<SeedSummary> {
  refuseInProduction(process.env.NODE_ENV);
  const log = options.log ?? (() => {});
  const demo = generateDemo(options);
  const { geography } = demo;
  const started = performance.now();
  const step = (label: string) =>
    log(`${label} (${((performance.now() - started) / 1000).toFixed(1)} s)`);

  await sql.begin(async (tx) => {
    const { userIds } = await loadMap(tx, demo, options.password ?? defaultDemoPassword);
    step(
      `map: ${geography.villages.features.length} villages, ${geography.roads.features.length} road edges, ` +
        `${geography.keyAreas.features.length} key areas, ${demo.users.length} users`,
    );
    await loadRecords(tx, demo, userIds, step);
    const supportCases = generateSupportCases(
      demo.seed,
      geography.villagePlans.map((v) => v.slug),
      demo.until,
    );
    await loadSupportCases(
      tx,
      demoCommune.communeCode,
      supportCases,
      userIds.get('tramyte') ?? null,
    );
    // A case keeps the village it was opened in as that day's map had it (a village merged
    // on 1 July 2025 for the cases opened before, the village it joined after).
    await tx`
      update support.cases set village_id = ntm_village_as_on(commune_code, village_id, opened_on)
      where commune_code = ${demoCommune.communeCode} and village_id is not null`;
    step(`support cases: ${supportCases.length}`);
    const plan = await loadPlanRecords(tx, demo, userIds);
    step(
      `plan records: ${plan.officers} officers, ${plan.trainings} trainings, ${plan.reviews} registry reviews`,
    );
  });
  await sql`analyze communes, former_communes, villages, users, roads, key_areas, businesses, tips, tip_events, inspections`;
  step('committed and analysed');

  return {
    villages: geography.villages.features.length,
    businesses: demo.businessCount,
    tips: demo.tipCount,
    inspections: demo.inspectionCount,
  };
}
