// POST /api/route-plans and what follows (issue #7, ARCHITECTURE.md §5): plans checked from the
// answer alone (every start inside its window and the shift), seeds, rotation, the GPX, bad
// input that stores nothing, who sees which plan, saved edits and stops marked done.
import { asActor } from '@ntm/db/queries/actor';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PlanStop, SavedRoutePlan } from '../../web/src/api/route-plan-client';
import { appRolePool, expectErrorShape, staffApps, testApp } from '../helpers/test-app';

// After the plan days, so inspections of those nights can be recorded.
const now = () => new Date('2026-12-20T03:00:00Z');
const { police, leadership, culture } = staffApps({ now });
const { sql } = police;

/** A saved plan as GET /api/route-plans/:id answers it, and one stop of a team's round. */
type Plan = SavedRoutePlan;
type Stop = PlanStop;

const friday = '2026-12-04';
const twoTeams = [
  { name: 'Tổ 1', shift: { from: '19:00', to: '23:00' } },
  { name: 'Tổ 2', shift: { from: '19:30', to: '23:30' } },
];
const body = (extra: Record<string, unknown> = {}) => ({
  date: friday,
  teams: twoTeams,
  selection: { maxStops: 40, randomShare: 0.2 },
  serviceMinutes: 15,
  seed: 11,
  ...extra,
});

async function plan(extra: Record<string, unknown> = {}, as = police) {
  const response = await as.sendJson('POST', '/api/route-plans', body(extra));
  expect(response.status, await response.clone().text()).toBe(201);
  return (await response.json()) as Plan;
}

const t = (iso: string) => Date.parse(iso);
const order = (p: Plan) => p.teams.map((team) => team.stops.map((s) => s.businessId));
const timesOfDay = (iso: string) => {
  const [h, m, s] = iso.slice(11, 19).split(':').map(Number) as [number, number, number];
  return h * 3600 + m * 60 + s;
};

/** Every rule a reader can check from the answer alone; the list of what is wrong. */
function problemsOf(p: Plan): string[] {
  const problems: string[] = [];
  const seen = new Set<number>();
  for (const team of p.teams) {
    if (team.stops.length === 0) continue;
    if (t(team.departure as string) < t(team.shift.from))
      problems.push(`${team.name} leaves early`);
    if (t(team.return as string) > t(team.shift.to)) problems.push(`${team.name} back late`);
    for (const s of team.stops) {
      if (seen.has(s.businessId)) problems.push(`${s.businessId} twice`);
      seen.add(s.businessId);
      if (!s.window) problems.push(`${s.businessId} has no window`);
      else if (t(s.start) < t(s.window.from) || t(s.start) > t(s.window.to))
        problems.push(`${s.businessId} starts ${s.start} outside ${s.window.from}–${s.window.to}`);
      if (t(s.start) < t(s.arrival)) problems.push(`${s.businessId} starts before arrival`);
      if (t(s.start) < t(team.shift.from) || t(s.departure) > t(team.shift.to))
        problems.push(`${s.businessId} outside the shift`);
    }
  }
  for (const u of p.unfitted) {
    if (seen.has(u.businessId)) problems.push(`${u.businessId} both planned and unfitted`);
  }
  return problems;
}

const counts = async () => {
  const [row] = await sql<[{ plans: number; stops: number; audit: number }]>`
    select (select count(*)::int from route_plans) as plans,
           (select count(*)::int from route_plan_stops) as stops,
           (select count(*)::int from audit_log) as audit`;
  return row;
};

let first: Plan;
let postMs = 0;

beforeAll(async () => {
  await police.request('/api/auth/me'); // sign in before timing
  const started = performance.now();
  first = await plan();
  postMs = performance.now() - started;
});

describe('POST /api/route-plans', () => {
  it('plans two teams over the demo data, every start inside its window and the shift', async () => {
    console.log(
      `POST /api/route-plans, 2 teams, ${first.teams.reduce((n, tm) => n + tm.stops.length, 0) + first.unfitted.length} premises: ${postMs.toFixed(0)} ms`,
    );
    expect(first.travel.source).toBe('roads');
    expect(first.teams).toHaveLength(2);
    const planned = first.teams.flatMap((team) => team.stops);
    expect(planned.length + first.unfitted.length).toBe(40);
    expect(planned.length).toBeGreaterThan(10);
    expect(problemsOf(first)).toEqual([]);
    for (const team of first.teams) {
      expect(team.stops.map((s) => s.seq)).toEqual(team.stops.map((_, k) => k + 1));
      expect(team.geometry?.type).toBe('LineString');
      expect(team.geometry?.coordinates[0]).toEqual(team.start);
      expect(team.distanceMeters).toBeGreaterThan(0);
      expect(team.durationSeconds).toBeGreaterThan(0);
      for (const s of team.stops)
        expect(s.arrival).toMatch(/^2026-12-0[45]T\d\d:\d\d:\d\d\+07:00$/);
    }
    expect(new Set(planned.map((s) => s.reason))).toEqual(new Set(['rank', 'random']));
    // The matrix the planner screen re-optimises with: teams' starts first, then the stops.
    const n = first.matrix.durationsSeconds.length;
    expect(n).toBe(2 + Object.keys(first.matrix.stopIndex).length);
    expect(first.matrix.teamStartIndex).toEqual([0, 1]);
    expect(first.matrix.distancesMeters.every((row) => row.length === n)).toBe(true);
  });

  it('gives the same plan for the same seed', async () => {
    const again = await plan();
    expect(again.id).not.toBe(first.id);
    expect(again.teams).toEqual(first.teams);
    expect(again.unfitted).toEqual(first.unfitted);
  });

  it('gives different, equally feasible plans for different seeds', async () => {
    const a = await plan({ seed: 101, selection: { maxStops: 30, randomShare: 0.5 } });
    const b = await plan({ seed: 202, selection: { maxStops: 30, randomShare: 0.5 } });
    expect(problemsOf(a)).toEqual([]);
    expect(problemsOf(b)).toEqual([]);
    const picked = (p: Plan) =>
      [...p.teams.flatMap((x) => x.stops), ...p.unfitted].map((s) => s.businessId).sort();
    expect(picked(a)).not.toEqual(picked(b));
    expect(order(a)).not.toEqual(order(b));
  });

  it('plans a shift past midnight when it says overnight, with times on the next day', async () => {
    const p = await plan({
      date: '2027-03-05',
      teams: [{ name: 'Tổ đêm', shift: { from: '21:00', to: '02:00', overnight: true } }],
      selection: { maxStops: 15, randomShare: 0 },
    });
    expect(problemsOf(p)).toEqual([]);
    expect(p.teams[0]?.shift.to).toBe('2027-03-06T02:00:00+07:00');
  });

  it('rotates: the same premises a week later are not met in the same order or at the same hour', async () => {
    const ids = first.teams.flatMap((team) => team.stops.map((s) => s.businessId)).slice(0, 14);
    const before = await plan({ date: '2026-12-07', businessIds: ids, selection: undefined });
    const after = await plan({ date: '2026-12-14', businessIds: ids, selection: undefined });
    expect(problemsOf(after)).toEqual([]);
    expect(order(after)).not.toEqual(order(before));
    expect(after.rotation.rotated.length).toBeGreaterThan(0);
    const startOf = (p: Plan) =>
      new Map(p.teams.flatMap((x) => x.stops.map((s) => [s.businessId, timesOfDay(s.start)])));
    const earlier = startOf(before);
    for (const id of after.rotation.rotated) {
      const a = startOf(after).get(id);
      const b = earlier.get(id);
      if (a === undefined || b === undefined) continue;
      const apart = Math.min(Math.abs(a - b), 86_400 - Math.abs(a - b));
      expect(apart, `premises ${id}`).toBeGreaterThanOrEqual(45 * 60 - 1);
    }
  });

  it('refuses bad input with a clear 4xx and stores nothing', async () => {
    const [known] = await sql<
      [{ id: number }]
    >`select id::int from businesses where deleted_at is null and status <> 'closed' order by id limit 1`;
    const cases: Array<[string, unknown, number, string | null]> = [
      ['no teams', body({ teams: [] }), 422, 'no-teams'],
      [
        'a shift that ends before it starts',
        body({ teams: [{ name: 'A', shift: { from: '20:00', to: '02:00' } }] }),
        422,
        'shift-ends-before-start',
      ],
      [
        'an unknown business',
        body({ businessIds: [known.id, 987654321] }),
        422,
        'unknown-business',
      ],
      [
        '5,000 stops',
        body({ businessIds: Array.from({ length: 5000 }, (_, i) => i + 1) }),
        422,
        'too-many-stops',
      ],
      ['a date before 2020', body({ date: '2019-12-31' }), 400, null],
      ['a date after 2035', body({ date: '2036-01-01' }), 400, null],
      ['an unknown field', body({ colour: 'red' }), 400, null],
      [
        'a bad time',
        body({ teams: [{ name: 'A', shift: { from: '25:00', to: '26:00' } }] }),
        400,
        null,
      ],
    ];
    const before = await counts();
    for (const [what, sent, status, code] of cases) {
      const started = performance.now();
      const error = await expectErrorShape(
        await police.sendJson('POST', '/api/route-plans', sent),
        status,
      );
      expect(performance.now() - started, what).toBeLessThan(2000);
      if (code) expect(error.code, what).toBe(code);
      if (code === 'unknown-business') {
        expect((error as { details?: { ids: number[] } }).details?.ids).toEqual([987654321]);
      }
    }
    expect(await counts()).toEqual(before);
  });

  it('writes an audit row per plan', async () => {
    const rows = await sql`
      select action, role, diff from audit_log where entity = 'route-plan' and entity_id = ${String(first.id)}`;
    expect(rows).toHaveLength(1);
    const [row] = rows as unknown as [
      { action: string; role: string; diff: { after: { teams: unknown[] } } },
    ];
    expect(row.action).toBe('create');
    expect(row.role).toBe('police');
    expect(row.diff.after.teams).toHaveLength(2);
  });
});

describe('reading plans', () => {
  let surprise: Plan;
  beforeAll(async () => {
    surprise = await plan({ date: '2026-12-05', surprise: true, selection: { maxStops: 10 } });
  });

  it('shows the police every plan, newest first', async () => {
    const list = (await (await police.request('/api/route-plans')).json()) as {
      plans: Array<{ id: number; surprise: boolean }>;
    };
    expect(list.plans[0]?.id).toBe(surprise.id);
    expect(list.plans.some((p) => p.id === first.id)).toBe(true);
    const one = (await (await police.request(`/api/route-plans/${surprise.id}`)).json()) as Plan;
    expect(one.teams).toEqual(
      surprise.teams.map((team) => ({
        ...team,
        stops: team.stops.map((s) => ({ ...s, done: false, inspectionId: null })),
      })),
    );
  });

  it('hides a surprise round from leadership, who reads the others', async () => {
    await expectErrorShape(await leadership.request(`/api/route-plans/${surprise.id}`), 404);
    await expectErrorShape(await leadership.request(`/api/route-plans/${surprise.id}.gpx`), 404);
    const list = (await (await leadership.request('/api/route-plans')).json()) as {
      plans: Array<{ id: number }>;
    };
    expect(list.plans.some((p) => p.id === surprise.id)).toBe(false);
    expect(list.plans.some((p) => p.id === first.id)).toBe(true);
    expect((await leadership.request(`/api/route-plans/${first.id}`)).status).toBe(200);
  });

  it('refuses planning to every role but the police', async () => {
    await expectErrorShape(await leadership.sendJson('POST', '/api/route-plans', body()), 403);
    await expectErrorShape(await culture.sendJson('POST', '/api/route-plans', body()), 403);
    await expectErrorShape(await culture.request(`/api/route-plans/${first.id}`), 403);
    const [village] = await sql<[{ slug: string }]>`select slug from villages order by id limit 1`;
    const head = testApp({ as: `thon-${village.slug}`, now });
    await expectErrorShape(await head.sendJson('POST', '/api/route-plans', body()), 403);
    await expectErrorShape(await head.request('/api/route-plans'), 403);
  });
});

/** A small XML reader: tags balanced, and the elements met, with their attributes. */
function readXml(xml: string) {
  const elements: Array<{ name: string; depth: number; attributes: Record<string, string> }> = [];
  const stack: string[] = [];
  const body = xml.replace(/^<\?xml[^>]*\?>\s*/, '');
  for (const match of body.matchAll(/<(\/?)([A-Za-z][\w:-]*)([^>]*?)(\/?)>/g)) {
    const [, closing, name, rest, selfClosing] = match as unknown as [
      string,
      string,
      string,
      string,
      string,
    ];
    if (closing) {
      expect(stack.pop()).toBe(name);
      continue;
    }
    const attributes = Object.fromEntries(
      [...(rest ?? '').matchAll(/([\w:-]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]),
    ) as Record<string, string>;
    elements.push({ name, depth: stack.length, attributes });
    if (!selfClosing) stack.push(name);
  }
  expect(stack).toEqual([]);
  expect(body).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;)/);
  return elements;
}

describe('GET /api/route-plans/{id}.gpx', () => {
  it('is GPX 1.1 with one track per team and one waypoint per stop, as an attachment', async () => {
    const response = await police.request(`/api/route-plans/${first.id}.gpx`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/gpx\+xml/);
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="lo-trinh-2026-12-04-(\d+)\.gpx"; filename\*=UTF-8''lo-trinh-2026-12-04-\1\.gpx$/,
    );
    const elements = readXml(await response.text());
    const root = elements[0];
    expect(root?.name).toBe('gpx');
    expect(root?.attributes.version).toBe('1.1');
    expect(root?.attributes.xmlns).toBe('http://www.topografix.com/GPX/1/1');
    const top = (name: string) => elements.filter((e) => e.name === name && e.depth === 1);
    expect(top('trk')).toHaveLength(2);
    const stops = first.teams.reduce((n, team) => n + team.stops.length, 0);
    expect(top('wpt')).toHaveLength(stops);
    const points = elements.filter((e) => e.name === 'trkpt').length;
    expect(points).toBe(
      first.teams.reduce((n, team) => n + (team.geometry?.coordinates.length ?? 0), 0),
    );
  });
});

describe('PUT /api/route-plans/{id}/teams', () => {
  it('saves an edited order, recomputing its times, and leaves a dropped stop unfitted', async () => {
    const orders = order(first);
    const dropped = orders[0]?.pop() as number;
    const response = await police.sendJson('PUT', `/api/route-plans/${first.id}/teams`, {
      teams: orders.map((businessIds) => ({ businessIds })),
    });
    expect(response.status, await response.clone().text()).toBe(200);
    const saved = (await response.json()) as Plan;
    expect(order(saved)).toEqual(orders);
    expect(problemsOf(saved)).toEqual([]);
    expect(saved.unfitted.find((u) => u.businessId === dropped)?.reason).toBe('left-out');
    const [rows] = await sql<[{ n: number }]>`
      select count(*)::int as n from route_plan_stops where plan_id = ${first.id}`;
    expect(rows.n).toBe(orders.flat().length);
    const audit = await sql`
      select 1 from audit_log where entity = 'route-plan' and entity_id = ${String(first.id)} and action = 'update'`;
    expect(audit).toHaveLength(1);
  });

  it('refuses an impossible order with the reasons, changing nothing', async () => {
    const current = (await (await police.request(`/api/route-plans/${first.id}`)).json()) as Plan;
    const orders = order(current);
    const before = await counts();
    const twice = orders.map((ids, i) => ({
      businessIds: i === 0 ? [...ids, ids[0] as number] : ids,
    }));
    const error = await expectErrorShape(
      await police.sendJson('PUT', `/api/route-plans/${first.id}/teams`, { teams: twice }),
      422,
    );
    expect(error.code).toBe('infeasible-plan');
    // Everything in one team, in reverse: past closing times or the shift's end.
    const all = { teams: [{ businessIds: orders.flat().reverse() }, { businessIds: [] }] };
    const tooMuch = await expectErrorShape(
      await police.sendJson('PUT', `/api/route-plans/${first.id}/teams`, all),
      422,
    );
    expect(
      (tooMuch as { details?: { problems: string[] } }).details?.problems.length,
    ).toBeGreaterThan(0);
    expect(await counts()).toEqual(before);
    const after = (await (await police.request(`/api/route-plans/${first.id}`)).json()) as Plan;
    expect(order(after)).toEqual(orders);
  });
});

describe('stops done', () => {
  it('marks a stop done once an inspection of the premises is recorded that night', async () => {
    const stop = first.teams[1]?.stops[0] as Stop;
    const recorded = await police.sendJson('POST', '/api/inspections', {
      businessId: stop.businessId,
      kind: 'surprise',
      team: [{ name: 'Trần Văn Kiểm', agency: 'Công an xã' }],
      arrivedAt: stop.start,
      peoplePresent: ['Chủ cơ sở'],
      result: 'no-violation',
      violations: [],
      measures: [],
    });
    expect(recorded.status, await recorded.clone().text()).toBe(201);
    const { id } = (await recorded.json()) as { id: number };
    for (const reader of [police, leadership]) {
      const p = (await (await reader.request(`/api/route-plans/${first.id}`)).json()) as Plan;
      const found = p.teams.flatMap((x) => x.stops).find((s) => s.businessId === stop.businessId);
      expect(found?.done).toBe(true);
      expect(found?.inspectionId).toBe(id);
      expect(p.teams.flatMap((x) => x.stops).filter((s) => s.done)).toHaveLength(1);
    }
  });
});

describe('row-level security on plans (the second wall)', () => {
  it('shows the app role, as each role, only the plans that role may read', async () => {
    const appSql = appRolePool(1);
    try {
      const seen = (role: string) =>
        asActor(appSql, { userId: null, role, villageId: null }, async (tx) => {
          const [row] = await tx<[{ all: number; surprise: number; stops: number }]>`
            select count(*)::int as all, count(*) filter (where surprise)::int as surprise,
                   (select count(*)::int from route_plan_stops) as stops
              from route_plans`;
          return row;
        });
      const [total] = await sql<[{ all: number; surprise: number }]>`
        select count(*)::int as all, count(*) filter (where surprise)::int as surprise from route_plans`;
      expect(total.surprise).toBeGreaterThan(0);
      expect((await seen('police')).all).toBe(total.all);
      const lead = await seen('leadership');
      expect(lead.all).toBe(total.all - total.surprise);
      expect(lead.surprise).toBe(0);
      for (const role of ['culture', 'health', 'village', 'admin']) {
        expect(await seen(role), role).toEqual({ all: 0, surprise: 0, stops: 0 });
      }
      const refused = await asActor(
        appSql,
        { userId: null, role: 'leadership', villageId: null },
        (tx) => tx`insert into route_plans (commune_code, date, seed, params, input, plan)
                   values ('11284', '2026-12-01', 1, '{}', '{}', '{}')`,
      ).then(
        () => null,
        (error: Error) => error.message,
      );
      expect(refused).toMatch(/row-level security/);
    } finally {
      await appSql.end();
    }
  });
});
