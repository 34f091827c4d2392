// `npm run restore FILE`: checks the archive, then puts its attachments and its database back.
// Called by restore-cli.ts and by the restore drill (tests/integration).
import { existsSync } from 'node:fs';
import { copyFile, mkdir, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { verifyAuditChain } from '@ntm/db/queries/audit-verify';
import postgres from 'postgres';
import { describeChain } from '../audit/explain';
import { BackupError, runTool, sha256File } from './files';
import type { Manifest } from './manifest';
import { databaseName, postgresTool, toolConnection, withDatabase } from './postgres-tools';
import { checkAppRole, ensureRoles, tablesWithRows } from './restore-checks';
import { type Unpacked, unpackArchive, verifyArchive } from './unpack';

export type RestoreOptions = {
  file: string;
  /** The database to fill, as a role that may create databases (the owner's URL). */
  targetUrl: string;
  /** The app role's login to the target, to check it logs in; null checks by SET ROLE. */
  appUrl: string | null;
  attachmentsDir: string;
  /** Replace a database that holds rows. */
  yes: boolean;
  log?: (line: string) => void;
};

export type RestoreResult = {
  manifest: Manifest;
  attachments: number;
  auditOk: boolean;
  lines: string[];
};

const connect = (url: string) => postgres(url, { max: 1, onnotice: () => {} });

/**
 * Checks, then restores. Nothing is changed until both checksums have held and the target is
 * known to be empty or `yes` is given. The files go back before the database: a file without
 * a row is harmless, a row without its file is not. The dump goes into a staging database in
 * one transaction, and only a complete one replaces the target (drop, then rename), so a
 * restore that fails halfway leaves the old database as it was.
 */
export async function restoreBackup(options: RestoreOptions): Promise<RestoreResult> {
  const log = options.log ?? console.log;
  log(`Checking ${options.file} …`);
  await verifyArchive(options.file);
  const unpacked = await unpackArchive(options.file);
  const { manifest } = unpacked;
  log(
    `  archive intact: ${manifest.database} of ${manifest.createdAt}, migrations up to ${manifest.migrations.last}, ${manifest.attachments.length} attachments.`,
  );
  const name = databaseName(options.targetUrl);
  const admin = connect(withDatabase(options.targetUrl, 'postgres'));
  try {
    await refuseFilledTarget(admin, options, name);
    const attachments = await putAttachmentsBack(unpacked, options.attachmentsDir, log);
    await restoreDatabase(admin, unpacked, options.targetUrl, log);
    const checks = await checkRestored(options, log);
    return { manifest, attachments, ...checks };
  } finally {
    await admin.end();
    await unpacked.remove();
  }
}

async function refuseFilledTarget(admin: postgres.Sql, options: RestoreOptions, name: string) {
  const [exists] = await admin`select 1 from pg_database where datname = ${name}`;
  if (!exists || options.yes) return;
  const target = connect(options.targetUrl);
  try {
    const filled = await tablesWithRows(target);
    if (filled.length > 0) {
      throw new BackupError(
        `The database ${name} is not empty (${filled.length} tables hold rows, ${filled.slice(0, 3).join(', ')} …). Add --yes to replace it; nothing was changed.`,
      );
    }
  } finally {
    await target.end();
  }
}

/** Copies each file to its place (a temporary name, then renamed, as the app's store does). */
async function putAttachmentsBack(
  unpacked: Unpacked,
  dir: string,
  log: (line: string) => void,
): Promise<number> {
  let copied = 0;
  for (const part of unpacked.manifest.attachments) {
    const key = part.path.slice('attachments/'.length);
    const destination = join(dir, key);
    if (existsSync(destination) && (await sha256File(destination)).sha256 === part.sha256) continue;
    await mkdir(join(dir, key.slice(0, 2)), { recursive: true, mode: 0o700 });
    await copyFile(join(unpacked.dir, part.path), `${destination}.part`);
    await rename(`${destination}.part`, destination);
    copied += 1;
  }
  log(
    `  attachments: ${unpacked.manifest.attachments.length} in place (${copied} copied) in ${dir}.`,
  );
  return unpacked.manifest.attachments.length;
}

async function restoreDatabase(
  admin: postgres.Sql,
  unpacked: Unpacked,
  targetUrl: string,
  log: (line: string) => void,
): Promise<void> {
  const name = databaseName(targetUrl);
  const staging = `${name.slice(0, 50)}_restoring`;
  await admin`drop database if exists ${admin(staging)} with (force)`;
  await admin`create database ${admin(staging)}`;
  const created = await ensureRoles(admin, unpacked.manifest.roles);
  if (created.length > 0) {
    log(
      `  roles created without a login: ${created.join(', ')} (give the app's role a login, as db/src/local/up.ts does).`,
    );
  }
  const pgRestore = await postgresTool(admin, 'pg_restore');
  const { dbname, env } = toolConnection(withDatabase(targetUrl, staging));
  log(`Restoring the database into ${staging} …`);
  const started = Date.now();
  try {
    // --no-owner: everything belongs to the role restoring it, as the migrations would have it;
    // the grants to the app role come back from the dump.
    await runTool(
      pgRestore,
      [
        '--no-owner',
        '--exit-on-error',
        '--single-transaction',
        '--dbname',
        dbname,
        join(unpacked.dir, 'database.dump'),
      ],
      {
        env,
        progress: async () =>
          log(`  still restoring (${Math.round((Date.now() - started) / 1000)} s) …`),
        everyMs: 5000,
      },
    );
  } catch (error) {
    await admin`drop database if exists ${admin(staging)} with (force)`;
    throw error;
  }
  // The app's connections to the old database end here; stop it first (README).
  await admin`drop database if exists ${admin(name)} with (force)`;
  await admin`alter database ${admin(staging)} rename to ${admin(name)}`;
  log(`  database ${name} restored in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

async function checkRestored(options: RestoreOptions, log: (line: string) => void) {
  const owner = connect(options.targetUrl);
  const app = options.appUrl ? connect(options.appUrl) : null;
  try {
    const chain = await verifyAuditChain(owner);
    const lines = [await checkAppRole(owner, app), describeChain(chain)];
    for (const line of lines) log(line);
    return { auditOk: chain.ok, lines };
  } finally {
    await owner.end();
    await app?.end();
  }
}
