// `npm run restore FILE [--into local|URL] [--app-url URL] [--yes]`: see restore.ts. `local`
// (the default) is the app's own database (DATABASE_URL, else the local cluster's). Exit 0 when
// restored and the audit chain holds, 1 otherwise.
import { parseArgs } from 'node:util';
import { parseEnv } from '@ntm/api/env';
import { readDatabaseUrls } from '@ntm/db/local/database-urls';
import { BackupError } from './files';
import { databaseName, withDatabase } from './postgres-tools';
import { restoreBackup } from './restore';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    into: { type: 'string', default: 'local' },
    'app-url': { type: 'string' },
    yes: { type: 'boolean', default: false },
  },
});
const [file] = positionals;
if (!file) {
  console.error('Usage: npm run restore FILE [--into local|URL] [--app-url URL] [--yes]');
  process.exit(1);
}
const urls = readDatabaseUrls();
const targetUrl = values.into === 'local' ? urls?.owner : values.into;
if (!targetUrl) {
  console.error('No database: set DATABASE_URL, run `npm run db:up`, or give --into URL.');
  process.exit(1);
}

/** The app's login to the target: given, or the app's own URL moved to the same server's target. */
function appUrlFor(target: string): string | null {
  if (values['app-url']) return values['app-url'];
  if (!urls?.app) return null;
  const app = new URL(urls.app);
  if (app.host !== new URL(target).host) return null;
  return withDatabase(urls.app, databaseName(target));
}

try {
  const result = await restoreBackup({
    file,
    targetUrl,
    appUrl: appUrlFor(targetUrl),
    attachmentsDir: parseEnv().ATTACHMENTS_DIR,
    yes: values.yes,
  });
  if (!result.auditOk) process.exit(1);
  const journal = result.manifest.migrations.last;
  console.log(
    `Restored. The archive's migrations end at ${journal}; run \`npm run db:migrate\` if this app is newer.`,
  );
} catch (error) {
  console.error(error instanceof BackupError ? error.message : error);
  process.exit(1);
}
