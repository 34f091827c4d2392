// Whether a refused request changed any row: a cheap fingerprint of every table, read as the
// owner (not through row-level security), compared before and after a run of refused answers.
import type postgres from 'postgres';

/**
 * Tables left out, and why: `sessions` (every request may touch its session's last-seen time,
 * refused or not: housekeeping, not data), `layer_versions` (counters the triggers of the
 * watched tables move with each write: a write shows in its own table already), `rate_windows`
 * (the rate limits' counters, which a refused request moves by design: a wrong tracking code
 * counts) and PostGIS's `spatial_ref_sys` (never written).
 */
export const unfingerprintedTables = [
  'public.sessions',
  'public.layer_versions',
  'public.rate_windows',
  'public.spatial_ref_sys',
];

/** Per table `count(*)` (changes on insert and delete) and the newest `xmin` (on insert and update). */
export type Fingerprint = Map<string, string>;

export async function tablesToFingerprint(sql: postgres.Sql): Promise<string[]> {
  const rows = await sql<{ name: string }[]>`
    select table_schema || '.' || table_name as name from information_schema.tables
    where table_schema in ('public', 'support') and table_type = 'BASE TABLE'
    order by 1`;
  return rows.map((r) => r.name).filter((name) => !unfingerprintedTables.includes(name));
}

export function fingerprinter(sql: postgres.Sql, tables: string[]) {
  // One statement for every table; the names come from the catalogue, quoted as identifiers.
  const query = tables
    .map((name) => {
      const [schema, table] = name.split('.') as [string, string];
      const quoted = `"${schema.replaceAll('"', '""')}"."${table.replaceAll('"', '""')}"`;
      return `select '${name.replaceAll("'", "''")}' as t, count(*)::text || ':' || coalesce(max(xmin::text::bigint), 0)::text as f from ${quoted}`;
    })
    .join(' union all ');
  return {
    async take(): Promise<Fingerprint> {
      const rows = await sql.unsafe<{ t: string; f: string }[]>(query);
      return new Map(rows.map((r) => [r.t, r.f]));
    },
    /**
     * Resolves once no connection of the app (`application_name` nam-thanh-mien, as
     * db/src/client.ts names it) is inside a statement or a transaction: a streamed answer
     * (an export) commits its audit row only after its last byte is out, so the answer's end
     * is not yet the end of its writes. Connections in `ignored` (found stuck before) are not
     * waited for; the ones still busy after `maxMs` are returned.
     */
    async quiet(ignored: ReadonlySet<number>, maxMs = 5_000): Promise<number[]> {
      const deadline = Date.now() + maxMs;
      for (;;) {
        const rows = await sql<{ pid: number }[]>`
          select pid from pg_stat_activity
          where datname = current_database() and application_name = 'nam-thanh-mien'
            and state is distinct from 'idle' and pid <> pg_backend_pid()`;
        const busy = rows.map((r) => r.pid).filter((pid) => !ignored.has(pid));
        // Still busy at the deadline: a transaction the answer left open (the caller reports it).
        if (busy.length === 0 || Date.now() > deadline) return busy;
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    },
    /**
     * The cluster's next transaction id. It moves only when some transaction wrote (or was
     * given an id and rolled back): while it stands still, no row can have changed, so the
     * full fingerprint is needed only after it moved.
     */
    async watermark(): Promise<string> {
      const [row] = await sql<
        [{ x: string }]
      >`select pg_snapshot_xmax(pg_current_snapshot())::text as x`;
      return row.x;
    },
  };
}

/** The tables whose fingerprint differs, with before → after. */
export function changedTables(before: Fingerprint, after: Fingerprint): string[] {
  const names = new Set([...before.keys(), ...after.keys()]);
  return [...names]
    .filter((name) => before.get(name) !== after.get(name))
    .map((name) => `${name} ${before.get(name) ?? '-'} → ${after.get(name) ?? '-'}`);
}
