// `pnpm db:migrate`: applies pending migrations to the app and test databases.
import { readDatabaseUrls } from './local/database-urls';
import { migrateDatabase } from './migrate';

const urls = readDatabaseUrls();
if (!urls) {
  console.error('No database: set DATABASE_URL or run `npm run db:up` first.');
  process.exit(1);
}
for (const url of [urls.owner, urls.testOwner]) await migrateDatabase(url);
console.log('Migrations applied.');
