// Times `--scale N` generation and load into a scratch database beside the app's, which is
// created, migrated and dropped again, so the app's data is never touched.
import { migrateDatabase } from '@ntm/db/migrate';
import postgres from 'postgres';
import { seedDemo } from '../seed/seed-demo';

export async function timeScaleLoad(appUrl: string, scale: number): Promise<number> {
  const scratch = new URL(appUrl);
  const name = `${decodeURIComponent(scratch.pathname.slice(1))}_bench`;
  scratch.pathname = `/${name}`;
  const maintenance = new URL(appUrl);
  maintenance.pathname = '/postgres';
  const admin = postgres(maintenance.toString(), { max: 1, onnotice: () => {} });
  await admin`drop database if exists ${admin(name)}`;
  await admin`create database ${admin(name)}`;
  try {
    await migrateDatabase(scratch.toString());
    const sql = postgres(scratch.toString(), { max: 1, onnotice: () => {} });
    const started = performance.now();
    try {
      await seedDemo(sql, { seed: 42, scale, log: (line) => console.log(`    ${line}`) });
    } finally {
      await sql.end();
    }
    return (performance.now() - started) / 1000;
  } finally {
    await admin`drop database if exists ${admin(name)}`;
    await admin.end();
  }
}
