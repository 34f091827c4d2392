// `npm run backup`: the database and the attachment files in one archive, with its SHA-256
// beside it. Called by backup-cli.ts and by the restore drill (tests/integration).
import { existsSync } from 'node:fs';
import { chmod, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import postgres from 'postgres';
import { checksumLine, megabytes, runTool, sha256File, sizeProgress } from './files';
import {
  type ArchivePart,
  grantedRoles,
  type Manifest,
  manifestFormat,
  migrationLevel,
} from './manifest';
import { databaseName, postgresTool, toolConnection } from './postgres-tools';

export type BackupOptions = {
  /** The owner's URL (pg_dump reads every table, past row-level security). */
  ownerUrl: string;
  attachmentsDir: string;
  outDir: string;
  communeCode: string;
  log?: (line: string) => void;
};

const storageKey = /^[0-9a-f]{32}$/;
/** `20261208T004512Z`: sorts as it reads, and safe in a file name everywhere. */
const stamp = (at: Date) =>
  at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');

/**
 * Writes `ntm-backup-<commune>-<UTC time>.tar` and `….tar.sha256` into `outDir`.
 *
 * Consistency: the dump and the list of attachment keys are read in ONE repeatable-read
 * transaction whose snapshot pg_dump imports (`--snapshot`), so every table is as of the same
 * instant, however long the dump takes, and the writes the app keeps making meanwhile are simply
 * not in it.
 *
 * Order: the database first, then the files. The app writes an attachment's file (to a
 * temporary name, then renamed) BEFORE it commits the row naming it, and never deletes the file
 * of a recorded row; so every row in the snapshot had its file on disk before the snapshot was
 * taken, and it is still there when the files are copied afterwards. Files saved after the
 * snapshot belong to rows the archive does not hold, and are left out (only the keys the
 * snapshot names are copied). A key whose file is already missing is listed in the manifest and
 * named on the terminal rather than failing the whole backup.
 */
export async function createBackup(options: BackupOptions): Promise<{
  file: string;
  sha256: string;
  manifest: Manifest;
}> {
  const log = options.log ?? console.log;
  const started = new Date();
  const name = `ntm-backup-${options.communeCode}-${stamp(started)}`;
  const file = join(options.outDir, `${name}.tar`);
  const work = join(options.outDir, `.${name}.tmp`);
  await mkdir(work, { recursive: true, mode: 0o700 });
  const sql = postgres(options.ownerUrl, { max: 1, onnotice: () => {} });
  try {
    const pgDump = await postgresTool(sql, 'pg_dump');
    const dumpPath = join(work, 'database.dump');
    const snapshot = await sql.begin('isolation level repeatable read read only', async (tx) => {
      const [exported] = await tx<{ id: string }[]>`select pg_export_snapshot() as id`;
      const { dbname, env } = toolConnection(options.ownerUrl);
      log(`Dumping ${databaseName(options.ownerUrl)} (one snapshot) …`);
      await runTool(
        pgDump,
        ['--format=custom', `--snapshot=${exported?.id}`, '--file', dumpPath, '--dbname', dbname],
        { env, progress: sizeProgress('dump', dumpPath) },
      );
      const keys = await tx<{ key: string }[]>`select storage_key as key from attachments`;
      const [versions] = await tx<{ server: string }[]>`select version() as server`;
      const roles = await grantedRoles(tx);
      return { keys, roles, migrations: await migrationLevel(tx), server: versions?.server ?? '' };
    });
    const dump: ArchivePart = { path: 'database.dump', ...(await sha256File(dumpPath)) };
    log(`  dump: ${megabytes(dump.sizeBytes)}.`);

    const attachments: ArchivePart[] = [];
    const missingAttachments: string[] = [];
    const keys = snapshot.keys.map((r) => r.key).filter((key) => storageKey.test(key));
    for (const key of keys) {
      const source = join(options.attachmentsDir, key.slice(0, 2), key);
      if (!existsSync(source)) {
        missingAttachments.push(key);
        continue;
      }
      attachments.push({
        path: `attachments/${key.slice(0, 2)}/${key}`,
        ...(await sha256File(source)),
      });
      if (attachments.length % 500 === 0)
        log(`  attachments: ${attachments.length}/${keys.length} …`);
    }
    for (const key of missingAttachments)
      log(`  WARNING: the file of attachment ${key} is missing.`);
    const total = attachments.reduce((sum, a) => sum + a.sizeBytes, 0);
    log(`  attachments: ${attachments.length} files, ${megabytes(total)}.`);

    const manifest: Manifest = {
      format: manifestFormat,
      createdAt: started.toISOString(),
      communeCode: options.communeCode,
      database: databaseName(options.ownerUrl),
      postgres: { server: snapshot.server, pgDump: pgDump },
      migrations: snapshot.migrations,
      roles: snapshot.roles,
      dump,
      attachments,
      missingAttachments,
    };
    await writeFile(join(work, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    const list = join(work, 'attachments.list');
    await writeFile(
      list,
      attachments.map((a) => `${a.path.slice('attachments/'.length)}\n`).join(''),
    );

    log('Writing the archive …');
    const partial = `${file}.part`;
    // Manifest first, then the dump, then the files, renamed under attachments/ in the archive.
    await runTool(
      'tar',
      [
        '--create',
        '--file',
        partial,
        '--directory',
        work,
        'manifest.json',
        'database.dump',
        '--directory',
        options.attachmentsDir,
        '--transform=s,^[0-9a-f][0-9a-f]/,attachments/&,',
        '--files-from',
        list,
      ],
      { progress: sizeProgress('archive', partial) },
    );
    // Password hashes and personal data: readable by the one who made it, like the dump.
    await chmod(partial, 0o600);
    const { sha256, sizeBytes } = await sha256File(partial);
    await writeFile(`${file}.sha256`, checksumLine(sha256, file));
    // Only a complete archive, its checksum already beside it, ever carries the final name.
    await rename(partial, file);
    log(`Backup written: ${file} (${megabytes(sizeBytes)}), SHA-256 in ${file}.sha256.`);
    return { file, sha256, manifest };
  } finally {
    await sql.end();
    await rm(work, { recursive: true, force: true });
  }
}
