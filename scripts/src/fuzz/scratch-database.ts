// A database beside another one (`<name>_<suffix>` on the same server), migrated and seeded with
// the demo data (at a province's scale if asked), for a fuzz run or a test that must not touch
// the app's or the tests' data.
import { migrateDatabase } from '@ntm/db/migrate';
import postgres from 'postgres';
import { seedDemo } from '../seed/seed-demo';

const at = (url: string, database: string) => {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
};

/** Creates (again) and seeds the scratch database; `drop` ends its connections and drops it. */
export async function createScratchDatabase(options: {
  ownerUrl: string;
  appUrl: string;
  suffix: string;
  password?: string;
  /** Businesses and tips in the province-sized layer of the `--scale` loader, beside the demo. */
  scale?: number;
}) {
  const name = `${decodeURIComponent(new URL(options.ownerUrl).pathname.slice(1))}_${options.suffix}`;
  const admin = postgres(at(options.ownerUrl, 'postgres'), { max: 1, onnotice: () => {} });
  await admin`drop database if exists ${admin(name)} with (force)`;
  await admin`create database ${admin(name)}`;
  await migrateDatabase(at(options.ownerUrl, name));
  const sql = postgres(at(options.ownerUrl, name), { max: 2, onnotice: () => {} });
  await seedDemo(sql, {
    seed: 42,
    ...(options.password ? { password: options.password } : {}),
    ...(options.scale ? { scale: options.scale } : {}),
  });
  return {
    name,
    /** The owner's connection (ids, canaries, fingerprints, the audit chain). */
    sql,
    /** Where the app connects, as its own role (row-level security applies). */
    appUrl: at(options.appUrl, name),
    /** The owner's address, for a server that checks behind the app's back. */
    ownerUrl: at(options.ownerUrl, name),
    async drop(keep = false) {
      await sql.end();
      if (!keep) await admin`drop database if exists ${admin(name)} with (force)`;
      await admin.end();
    },
  };
}
