// The restore drill (issue #20): back up a scratch database and its attachment files, write
// more, restore into a fresh database and folder, and find every table exactly as it was at
// the backup (no row lost, none extra), every file with its bytes, the audit chain whole.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { appendFile, copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAttachmentStore } from '@ntm/api/attachments/store';
import { insertAttachment } from '@ntm/db/queries/attachments';
import { appendAudit } from '@ntm/db/queries/audit';
import { verifyAuditChain } from '@ntm/db/queries/audit-verify';
import { createBackup } from '@ntm/scripts/backup/backup';
import { checksumLine, sha256File } from '@ntm/scripts/backup/files';
import { withDatabase } from '@ntm/scripts/backup/postgres-tools';
import { restoreBackup } from '@ntm/scripts/backup/restore';
import { createScratchDatabase } from '@ntm/scripts/fuzz/scratch-database';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

type Scratch = Awaited<ReturnType<typeof createScratchDatabase>>;
let scratch: Scratch;
let work: string;
let store: ReturnType<typeof createAttachmentStore>;
let targetUrl: string;
let targetAppUrl: string;
const quiet = () => {};

/** Every table's row count and an md5 of its rows in a fixed order, and every sequence's value. */
async function fingerprint(url: string): Promise<Record<string, string>> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const tables = await sql<{ name: string }[]>`
      select format('%I.%I', n.nspname, c.relname) as name
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where c.relkind in ('r', 'p') and n.nspname not in ('pg_catalog', 'information_schema')
        and n.nspname not like 'pg\\_%' order by 1`;
    const found: Record<string, string> = {};
    for (const { name } of tables) {
      const [row] = await sql<{ rows: number; hash: string }[]>`
        select count(*)::int as rows, md5(coalesce(string_agg(t::text, E'\n' order by t::text), '')) as hash
        from ${sql.unsafe(name)} t`;
      found[name] = `${row?.rows} rows, ${row?.hash}`;
    }
    const sequences = await sql<{ name: string; value: string | null }[]>`
      select schemaname || '.' || sequencename as name, last_value::text as value from pg_sequences order by 1`;
    for (const s of sequences) found[`sequence ${s.name}`] = String(s.value);
    return found;
  } finally {
    await sql.end();
  }
}

/** A file saved the app's way (store, then the row naming it) on a tip, with its audit entry. */
async function attachToTip(bytes: Buffer): Promise<string> {
  const saved = await store.save(bytes);
  const [tip] = await scratch.sql<{ id: number; userId: number }[]>`
    select t.id::int as id, (select min(id)::int from users where role = 'police') as "userId"
    from tips t order by t.id limit 1`;
  await scratch.sql.begin(async (tx) => {
    const id = await insertAttachment(tx, {
      communeCode: '11284',
      ownerKind: 'tip',
      ownerId: tip?.id as number,
      fileName: 'anh.jpg',
      mediaType: 'image/jpeg',
      ...saved,
      createdBy: tip?.userId as number,
    });
    await appendAudit(tx, {
      communeCode: '11284',
      userId: tip?.userId ?? null,
      role: 'police',
      action: 'create',
      entity: 'attachment',
      entityId: String(id),
      diff: { after: { sha256: saved.sha256 } },
      requestId: null,
      clientHash: null,
    });
  });
  return saved.storageKey;
}

/** A backup of the scratch database and its files into `work/<folder>`. */
const backUp = (folder: string) =>
  createBackup({
    ownerUrl: scratch.ownerUrl,
    attachmentsDir: store.dir,
    outDir: join(work, folder),
    communeCode: '11284',
    log: quiet,
  });

beforeAll(async () => {
  scratch = await createScratchDatabase({
    ownerUrl: inject('databaseUrl'),
    appUrl: inject('appDatabaseUrl'),
    suffix: 'backup',
  });
  work = await mkdtemp(join(tmpdir(), 'ntm-drill-'));
  store = createAttachmentStore(join(work, 'attachments'));
  targetUrl = withDatabase(scratch.ownerUrl, `${scratch.name}_restored`);
  targetAppUrl = withDatabase(scratch.appUrl, `${scratch.name}_restored`);
});

afterAll(async () => {
  const admin = postgres(withDatabase(scratch.ownerUrl, 'postgres'), { max: 1 });
  await admin`drop database if exists ${admin(`${scratch.name}_restored`)} with (force)`;
  await admin.end();
  await scratch?.drop();
  if (work) await rm(work, { recursive: true, force: true });
});

describe('the restore drill', () => {
  it('restores every table as it was at the backup, the files and the audit chain', async () => {
    const started = Date.now();
    const keys = [await attachToTip(randomBytes(50_000)), await attachToTip(randomBytes(3_000))];
    const before = await fingerprint(scratch.ownerUrl);
    const backup = await backUp('out');
    expect(backup.manifest.attachments).toHaveLength(2);
    expect(backup.manifest.roles).toContainEqual({ name: 'ntm_app', memberOf: ['ntm_support'] });

    // Writes after the backup: none of them may come back.
    const lateKey = await attachToTip(randomBytes(1_000));
    await scratch.sql`update businesses set name = name || ' (sau sao lưu)'
                      where id = (select min(id) from businesses)`;
    expect(await fingerprint(scratch.ownerUrl)).not.toEqual(before);

    const restoredFiles = join(work, 'restored-attachments');
    const result = await restoreBackup({
      file: backup.file,
      targetUrl,
      appUrl: targetAppUrl,
      attachmentsDir: restoredFiles,
      yes: false,
      log: quiet,
    });
    const after = await fingerprint(targetUrl);
    expect(Object.keys(after)).toEqual(Object.keys(before));
    const differing = Object.keys(before).filter((name) => after[name] !== before[name]);
    expect(differing).toEqual([]);
    for (const key of keys) {
      const original = await store.read(key);
      expect(await readFile(join(restoredFiles, key.slice(0, 2), key))).toEqual(original);
    }
    await expect(readFile(join(restoredFiles, lateKey.slice(0, 2), lateKey))).rejects.toThrow();
    expect(result.auditOk).toBe(true);
    expect(result.lines[0]).toMatch(/logs in and row-level security holds/);
    const sql = postgres(targetUrl, { max: 1 });
    const chain = await verifyAuditChain(sql);
    await sql.end();
    expect(chain).toEqual({ ok: true, entries: 2 });
    const tables = Object.entries(before).filter(([name]) => !name.startsWith('sequence '));
    const rows = tables.reduce((sum, [, value]) => sum + Number.parseInt(value, 10), 0);
    console.log(
      `Restore drill: ${tables.length} tables (${rows} rows) and ${Object.keys(before).length - tables.length} sequences compared, 0 differ, in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
    );
  });

  it('refuses a damaged or cut-short archive and changes nothing', async () => {
    const backup = await backUp('tamper');
    const bytes = await readFile(backup.file);
    const damaged = Buffer.from(bytes);
    const middle = Math.floor(bytes.length / 2);
    damaged.writeUInt8(damaged.readUInt8(middle) ^ 0xff, middle);
    const before = await fingerprint(targetUrl);
    for (const content of [damaged, bytes.subarray(0, bytes.length - 4096)]) {
      const file = join(work, 'tamper', 'copy.tar');
      await writeFile(file, content);
      const line = (await readFile(`${backup.file}.sha256`, 'utf8')).split('  ')[0];
      await writeFile(`${file}.sha256`, `${line}  copy.tar\n`);
      await expect(
        restoreBackup({
          file,
          targetUrl,
          appUrl: null,
          attachmentsDir: store.dir,
          yes: true,
          log: quiet,
        }),
      ).rejects.toThrow(/damaged or incomplete/);
    }
    await copyFile(backup.file, join(work, 'tamper', 'alone.tar'));
    await expect(
      restoreBackup({
        file: join(work, 'tamper', 'alone.tar'),
        targetUrl,
        appUrl: null,
        attachmentsDir: store.dir,
        yes: true,
        log: quiet,
      }),
    ).rejects.toThrow(/alone\.tar\.sha256 is missing/);
    // Repacked with a changed dump and a matching outer checksum: the manifest still catches it.
    const repack = join(work, 'tamper', 'repack');
    await mkdir(repack);
    execFileSync('tar', ['-xf', backup.file, '-C', repack]);
    await appendFile(join(repack, 'database.dump'), 'x');
    const repacked = join(work, 'tamper', 'repacked.tar');
    execFileSync('tar', ['-cf', repacked, '-C', repack, '.']);
    const { sha256 } = await sha256File(repacked);
    await writeFile(`${repacked}.sha256`, checksumLine(sha256, repacked));
    await expect(
      restoreBackup({
        file: repacked,
        targetUrl,
        appUrl: null,
        attachmentsDir: store.dir,
        yes: true,
        log: quiet,
      }),
    ).rejects.toThrow(/database\.dump does not match its manifest/);
    expect(await fingerprint(targetUrl)).toEqual(before);
  });

  it('refuses to replace a database holding rows without --yes, and replaces it with it', async () => {
    const backup = await backUp('again');
    const options = {
      file: backup.file,
      targetUrl,
      appUrl: targetAppUrl,
      attachmentsDir: store.dir,
      log: quiet,
    };
    await expect(restoreBackup({ ...options, yes: false })).rejects.toThrow(/is not empty .*--yes/);
    const result = await restoreBackup({ ...options, yes: true });
    expect(result.auditOk).toBe(true);
    expect(await fingerprint(targetUrl)).toEqual(await fingerprint(scratch.ownerUrl));
  });
});
