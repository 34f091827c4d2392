// Real ids for path parameters and body fields: read from the data before the run (as the
// owner), then grown with what the run's own successful writes answer with.
import type postgres from 'postgres';

/** The pool a route's `:id` draws from: the path between `/api/` and its first parameter. */
export function poolOf(path: string): string {
  const literal = path.replace(/^\/api\//, '').split('/:')[0] ?? '';
  return literal.replace(/\/$/, '');
}

/**
 * Where the id a successful write answers with belongs: the collection it was posted to, or
 * the nested one it names (`/support/cases/:id/referrals` makes a referral).
 */
export function capturePoolOf(path: string): string | null {
  const nested = /\/:[^/]+\/([a-z-]+)$/.exec(path)?.[1];
  if (nested === 'referrals') return 'support/referrals';
  if (nested === 'attachments') return 'attachments';
  if (path.includes('/:')) return null;
  return poolOf(path);
}

const maxPool = 200;

export type IdPools = {
  /** A real id of the pool, drawn by `pick` (an index into it), or undefined when empty. */
  get: (pool: string, pick: (count: number) => number) => number | string | undefined;
  add: (pool: string, id: number | string) => void;
};

/**
 * The pools, filled from the database. Accounts are never in the `users` pool: a fuzzed
 * password reset or deactivation of a demo account would end the run's own sessions, so only
 * accounts the run itself creates are fuzzed by id. `exclude` keeps canary rows out.
 */
export async function loadIdPools(
  sql: postgres.Sql,
  exclude: { businesses?: number[]; tips?: number[]; supportCases?: number[] } = {},
): Promise<IdPools> {
  const listOf = async (query: Promise<{ id: number }[]>) => (await query).map((r) => r.id);
  const no = (ids: number[] | undefined) => ids ?? [];
  const pools = new Map<string, Array<number | string>>([
    [
      'businesses',
      await listOf(sql`select id::int from businesses
                       where deleted_at is null and id <> all(${no(exclude.businesses)}::int[])
                       order by id limit ${maxPool}`),
    ],
    [
      'businesses/unplaced',
      await listOf(sql`select id::int from unplaced_businesses order by id limit ${maxPool}`),
    ],
    ['proposals', await listOf(sql`select id::int from proposals order by id limit ${maxPool}`)],
    [
      'seasons/events',
      await listOf(sql`select id::int from local_events order by id limit ${maxPool}`),
    ],
    [
      'tips',
      await listOf(sql`select id::int from tips where id <> all(${no(exclude.tips)}::int[])
                       order by id limit ${maxPool}`),
    ],
    [
      'online-violations',
      await listOf(sql`select id::int from online_violations order by id limit ${maxPool}`),
    ],
    // Scheduled ones first: they are the ones record and cancel take.
    [
      'inspections',
      await listOf(sql`select id::int from inspections order by (status = 'scheduled') desc, id desc
                       limit ${maxPool}`),
    ],
    [
      'route-plans',
      await listOf(sql`select id::int from route_plans order by id limit ${maxPool}`),
    ],
    [
      'support/cases',
      await listOf(sql`select id::int from support.cases
                       where id <> all(${no(exclude.supportCases)}::int[]) order by id limit ${maxPool}`),
    ],
    [
      'support/referrals',
      await listOf(sql`select id::int from support.referrals
                       where case_id <> all(${no(exclude.supportCases)}::int[]) order by id limit ${maxPool}`),
    ],
    [
      'reports',
      await listOf(sql`select id::int from periodic_reports order by id limit ${maxPool}`),
    ],
    [
      'communication-activities',
      await listOf(sql`select id::int from communication_activities order by id limit ${maxPool}`),
    ],
    ['officers', await listOf(sql`select id::int from officers order by id limit ${maxPool}`)],
    ['agencies', await listOf(sql`select id::int from agencies order by id limit ${maxPool}`)],
    ['villages', await listOf(sql`select id::int from villages order by id limit ${maxPool}`)],
    ['trainings', await listOf(sql`select id::int from trainings order by id limit ${maxPool}`)],
    ['imports', await listOf(sql`select id::int from imports order by id limit ${maxPool}`)],
    [
      'attachments',
      await listOf(sql`select id::int from attachments order by id limit ${maxPool}`),
    ],
    ['auth/tokens', []],
    ['users', []],
    ['public/tips', []],
  ]);
  return {
    get(pool, pick) {
      const list = pools.get(pool);
      return list && list.length > 0 ? list[pick(list.length)] : undefined;
    },
    add(pool, id) {
      const list = pools.get(pool) ?? [];
      if (list.includes(id)) return;
      list.push(id);
      if (list.length > maxPool) list.shift();
      pools.set(pool, list);
    },
  };
}

/** The ids a successful answer names: its own `id`, a wrapped object's, a tracking code. */
export function idsInAnswer(answer: unknown): { ids: number[]; trackingCode?: string } {
  const ids: number[] = [];
  let trackingCode: string | undefined;
  if (answer === null || typeof answer !== 'object' || Array.isArray(answer)) return { ids };
  const record = answer as Record<string, unknown>;
  if (typeof record.id === 'number') ids.push(record.id);
  if (typeof record.trackingCode === 'string') trackingCode = record.trackingCode;
  for (const value of Object.values(record)) {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      const id = (value as Record<string, unknown>).id;
      if (typeof id === 'number') ids.push(id);
    }
  }
  return trackingCode === undefined ? { ids } : { ids, trackingCode };
}
