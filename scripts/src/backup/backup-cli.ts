// `npm run backup [--out DIR]`: the app's database and attachments in one archive (backup.ts),
// by default into .data/backups. Exit 0 when written, 1 when it failed, 2 when there is no database.
import { parseArgs } from 'node:util';
import { parseEnv } from '@ntm/api/env';
import { readDatabaseUrls } from '@ntm/db/local/database-urls';
import { dataRoot } from '@ntm/db/local/paths';
import { createBackup } from './backup';
import { BackupError } from './files';

const { values } = parseArgs({ options: { out: { type: 'string' } } });
const ownerUrl = readDatabaseUrls()?.owner;
if (!ownerUrl) {
  console.error('No database: set DATABASE_URL or run `npm run db:up` first.');
  process.exit(2);
}
const env = parseEnv();
try {
  await createBackup({
    ownerUrl,
    attachmentsDir: env.ATTACHMENTS_DIR,
    outDir: values.out ?? `${dataRoot}/backups`,
    communeCode: env.COMMUNE_CODE,
  });
} catch (error) {
  console.error(error instanceof BackupError ? error.message : error);
  process.exit(1);
}
