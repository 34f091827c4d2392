// `pnpm seed`: loads the synthetic demo into the app database (or the one given), or writes it
// as GeoJSON with --out. Refuses to run with NODE_ENV=production.

import { readDatabaseUrls } from '@ntm/db/local/database-urls';
import postgres from 'postgres';
import { optionsOrUsage } from '../cli/read-flags';
import { cliUsage, parseCli } from './cli-options';
import { generateDemo } from './generate-demo';
import { refuseInProduction } from './production-guard';
import { defaultDemoPassword, seedDemo } from './seed-demo';
import { writeDemoGeoJson } from './write-geojson';

/** Every table the seed fills; CASCADE also empties whatever refers to them. */
const seededTables =
  'communes, former_communes, villages, users, roads, key_areas, businesses, tips, tip_events, inspections';

async function main(): Promise<number> {
  const options = optionsOrUsage(parseCli(process.argv.slice(2)), `usage: ${cliUsage}`);
  if (!options) return 2;
  try {
    refuseInProduction(process.env.NODE_ENV);
  } catch (error) {
    console.error((error as Error).message);
    return 1;
  }
  const demoOptions = {
    seed: options.seed,
    // The one place the seed reads the environment: the demo accounts' password.
    password: process.env.DEMO_PASSWORD || defaultDemoPassword,
    ...(options.scale === undefined ? {} : { scale: options.scale }),
    ...(options.until === undefined ? {} : { until: options.until }),
  };
  const started = performance.now();
  const seconds = () => ((performance.now() - started) / 1000).toFixed(1);

  if (options.out) {
    const demo = generateDemo(demoOptions);
    const files = await writeDemoGeoJson(demo, options.out);
    console.log(
      `Demo data (seed ${options.seed}) written to ${options.out}: ${files.join(', ')} in ${seconds()} s.`,
    );
    return 0;
  }

  const databaseUrl = options.databaseUrl ?? readDatabaseUrls()?.owner;
  if (!databaseUrl) {
    console.error(
      'No database: pass --database-url, set DATABASE_URL or run `npm run db:up` first.',
    );
    return 1;
  }
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    if (options.ifEmpty) {
      // Businesses decide, as `npm start` expects; an imported commune without businesses also
      // stays untouched rather than failing the start.
      const [row] = await sql<[{ filled: boolean }]>`
        select exists (select 1 from businesses) or exists (select 1 from communes) as filled`;
      if (row?.filled) {
        console.log('Data already loaded; not seeding again (pnpm seed --reset reloads the demo).');
        return 0;
      }
    }
    if (options.reset) await sql.unsafe(`truncate ${seededTables} restart identity cascade`);
    const summary = await seedDemo(sql, {
      ...demoOptions,
      ...(options.verbose ? { log: (message: string) => console.error(`  ${message}`) } : {}),
    });
    console.log(
      `Demo data (seed ${options.seed}) loaded: ${summary.villages} villages, ${summary.businesses} businesses, ` +
        `${summary.tips} tips, ${summary.inspections} inspections in ${seconds()} s.`,
    );
    return 0;
  } finally {
    await sql.end();
  }
}

process.exitCode = await main();
