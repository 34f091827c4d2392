// `pnpm audit:verify`: walks the hash chain of the audit log and names the first broken link.
// Exit 0 when the chain holds, 1 when it is broken, 2 when there is no database.
import { readDatabaseUrls } from '@ntm/db/local/database-urls';
import { verifyAuditChain } from '@ntm/db/queries/audit-verify';
import postgres from 'postgres';
import { describeChain } from './explain';

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
  console.log(describeChain(result));
} else {
  console.error(describeChain(result));
  process.exit(1);
}
