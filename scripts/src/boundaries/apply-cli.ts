// `pnpm boundaries:apply [--on=YYYY-MM-DD] [--database-url=URL]`: brings boundary versions dated
// in the future into force once their day has come (run it daily, e.g. from cron just after
// midnight Vietnam time): today's outlines follow the versions valid on the day and every
// business's village is derived again. Audited as one update of the commune's boundaries, with
// the businesses that changed village. Exit 1 when a business would be left outside every village.
import { readDatabaseUrls } from '@ntm/db/local/database-urls';
import { appendAudit } from '@ntm/db/queries/audit';
import { applyBoundariesOn, BoundaryVersionError } from '@ntm/db/queries/boundary-versions';
import postgres from 'postgres';

const arg = (name: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const url = arg('database-url') ?? readDatabaseUrls()?.owner;
if (!url) {
  console.error('No database: set DATABASE_URL or run `npm run db:up` first.');
  process.exit(2);
}
const commune = arg('commune') ?? process.env.COMMUNE_CODE ?? '11284';
// Vietnam's day (UTC+7 all year).
const day = arg('on') ?? new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) {
  console.error(`Not a day: ${day} (YYYY-MM-DD).`);
  process.exit(2);
}

const sql = postgres(url, { max: 1, onnotice: () => {} });
try {
  const moved = await sql.begin(async (tx) => {
    const moved = await applyBoundariesOn(tx, commune, day);
    if (moved.length > 0) {
      await appendAudit(tx, {
        communeCode: commune,
        action: 'update',
        entity: 'boundaries',
        entityId: day,
        diff: { moved },
        requestId: null,
        clientHash: null,
      });
    }
    return moved;
  });
  console.log(`Boundaries of ${day} in force; ${moved.length} businesses changed village.`);
  for (const m of moved) console.log(`  ${m.name}: ${m.fromVillage} → ${m.toVillage}`);
} catch (e) {
  if (!(e instanceof BoundaryVersionError)) throw e;
  console.error(e.message);
  process.exitCode = 1;
} finally {
  await sql.end();
}
