import { spawnSync } from 'node:child_process';
import { repoRoot } from '@ntm/db/local/paths';
import { verifyAuditChain } from '@ntm/db/queries/audit-verify';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { testApp } from '../helpers/test-app';
import { pointInFirstVillage } from '../helpers/village-point';

const { sql, sendJson } = testApp({ as: 'congan' });

/** Runs `pnpm audit:verify` against the test database, as an operator would. */
function verifyCli() {
  const result = spawnSync(
    'pnpm',
    ['--silent', 'audit:verify', `--database-url=${inject('databaseUrl')}`],
    { cwd: repoRoot, encoding: 'utf8' },
  );
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** Changes rows behind the triggers' back, as a superuser could, checks, then puts them back. */
async function tampered<T>(
  change: (tx: typeof sql) => Promise<unknown>,
  restore: (tx: typeof sql) => Promise<unknown>,
  check: () => Promise<T>,
) {
  const bypassingTriggers = (work: (tx: typeof sql) => Promise<unknown>) =>
    sql.begin(async (tx) => {
      await tx`set local session_replication_role = replica`;
      await work(tx as unknown as typeof sql);
    });
  await bypassingTriggers(change);
  try {
    return await check();
  } finally {
    await bypassingTriggers(restore);
  }
}

let target: Record<string, unknown> & { id: number };

beforeAll(async () => {
  const inside = await pointInFirstVillage(sql);
  for (const name of ['Karaoke Một', 'Karaoke Hai', 'Karaoke Ba']) {
    const created = await sendJson('POST', '/api/businesses', {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: inside },
      properties: { name, type: 'karaoke', address: 'Thôn thử' },
    });
    expect(created.status).toBe(201);
  }
  const rows = await sql<(Record<string, unknown> & { id: number })[]>`
    select *, id::int as id from audit_log order by audit_log.id`;
  target = rows[Math.floor(rows.length / 2)] as typeof target;
});

describe('pnpm audit:verify', () => {
  it('passes on an untouched chain', async () => {
    expect(await verifyAuditChain(sql)).toMatchObject({ ok: true });
    const cli = verifyCli();
    expect(cli.output).toMatch(/Audit chain intact/);
    expect(cli.status).toBe(0);
  });

  it('names the row a superuser edited', async () => {
    const result = await tampered(
      (tx) => tx`update audit_log set diff = '{"forged": true}' where id = ${target.id}`,
      (tx) =>
        tx`update audit_log set diff = ${sql.json(target.diff as never)} where id = ${target.id}`,
      async () => ({ check: await verifyAuditChain(sql), cli: verifyCli() }),
    );
    expect(result.check).toMatchObject({ ok: false, brokenAt: target.id, reason: 'hash-mismatch' });
    expect(result.cli.output).toContain(`#${target.id}`);
    expect(result.cli.status).toBe(1);
    expect(await verifyAuditChain(sql)).toMatchObject({ ok: true });
  });

  it('names the row after one a superuser deleted', async () => {
    const [next] = await sql<[{ id: number }]>`
      select min(id)::int as id from audit_log where id > ${target.id}`;
    const r = target;
    const result = await tampered(
      (tx) => tx`delete from audit_log where id = ${target.id}`,
      (tx) => tx`
        insert into audit_log (id, commune_code, at, user_id, role, action, entity, entity_id, diff,
                               request_id, client_hash, prev_hash, hash)
        overriding system value
        values (${r.id}, ${r.commune_code as string}, ${(r.at as Date).toISOString()},
                ${r.user_id as number}, ${r.role as string}, ${r.action as string},
                ${r.entity as string}, ${r.entity_id as string}, ${sql.json(r.diff as never)},
                ${r.request_id as string}, ${r.client_hash as string}, ${r.prev_hash as string},
                ${r.hash as string})`,
      () => verifyAuditChain(sql),
    );
    expect(result).toMatchObject({ ok: false, brokenAt: next.id, reason: 'prev-hash-mismatch' });
    expect(await verifyAuditChain(sql)).toMatchObject({ ok: true });
  });
});
