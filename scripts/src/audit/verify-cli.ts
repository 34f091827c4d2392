// `pnpm audit:verify`: walks the hash chain of the audit log and names the first broken link.
// Exit 0 when the chain holds, 1 when it is broken, 2 when there is no database.
import { readDatabaseUrls } from '@ntm/db/local/database-urls';
import { verifyAuditChain } from '@ntm/db/queries/audit-verify';
import postgres from 'postgres';

const explanations = {
  'hash-mismatch': 'its content no longer matches its hash (the row was edited)',
  'prev-hash-mismatch':
    'it does not follow the entry before it (an entry was removed, edited or inserted)',
  'missing-entry': 'the chain does not start here (earlier entries were removed)',
} as const;

const flag = '--database-url=';
const url =
  process.argv.find((a) => a.startsWith(flag))?.slice(flag.length) ?? readDatabaseUrls()?.owner;
if (!url) {
  console.error('No database: set DATABASE_URL or run `npm run db:up` first.');
  process.exit(2);
}
const sql = postgres(url, { max: 1, onnotice: () => {} });
const result = await verifyAuditChain(sql);
await sql.end();
if (result.ok) {
  console.log(`Audit chain intact: ${result.entries} entries.`);
} else {
  console.error(`Audit chain broken at entry #${result.brokenAt}: ${explanations[result.reason]}.`);
  process.exit(1);
}
