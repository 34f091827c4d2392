// `pnpm bench:load`: the morning meeting (issue #20). The server runs as `npm start` runs it, in a
// process of its own over the app database; this process plays N signed-in people (default 50)
// reading the dashboard: villages, businesses, key areas, risk, risk grid, hot spots, indicators,
// tips and inspections, each person waiting ~1 s between clicks (`--think-ms=0`: as fast as they
// can). The clicks are drawn by a seeded generator, so two runs ask the same things in the same
// order. Prints p50/p95/p99, requests per second and errors, overall and per read.
//
//   pnpm bench:load [--users=50] [--seconds=30] [--think-ms=1000] [--seed=1]
import { Random } from '@ntm/solver/random';
import { startChildServer } from '../server/child-server';

const option = (name: string, fallback: number) =>
  Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const users = option('users', 50);
const seconds = option('seconds', 30);
const thinkMs = option('think-ms', 1000);
const seed = option('seed', 1);
const password = process.env.DEMO_PASSWORD ?? 'demo-2026';

/** What a person at the meeting opens: leadership the map and the plan, police their work too. */
const leadershipReads = [
  '/api/villages',
  '/api/businesses',
  '/api/key-areas',
  '/api/risk/businesses',
  '/api/risk/grid',
  '/api/hotspots?layer=violations&cellMeters=250',
  '/api/indicators',
] as const;
const policeReads = [...leadershipReads, '/api/tips', '/api/inspections'] as const;
/** Who is at the meeting: one session per account, shared by the people of that role. */
const roles = [
  { account: 'lanhdao', reads: leadershipReads },
  { account: 'congan', reads: policeReads },
] as const;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function signIn(url: string, username: string): Promise<string> {
  const response = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: url },
    body: JSON.stringify({ username, password }),
  });
  if (response.status !== 200) throw new Error(`login as ${username}: ${response.status}`);
  return (response.headers.get('set-cookie') ?? '').split(';')[0] as string;
}

const percentile = (sorted: readonly number[], p: number) =>
  sorted.length === 0
    ? Number.NaN
    : (sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] as number);

const server = await startChildServer({ NODE_ENV: 'production' });
const { url } = server;
const stop = () => server.child.kill('SIGTERM');
try {
  const cookies = await Promise.all(roles.map((role) => signIn(url, role.account)));
  // Warm: each role's reads once, as the first visitor of each role in the morning would.
  for (const [index, role] of roles.entries()) {
    for (const path of role.reads) {
      const headers = { cookie: cookies[index] as string };
      await fetch(`${url}${path}`, { headers }).then((r) => r.arrayBuffer());
    }
  }

  const timings = new Map<string, number[]>(policeReads.map((path) => [path, []]));
  /** Failed answers by read and status ('network' when none came). */
  const failures = new Map<string, number>();
  const failed = (path: string, status: string) =>
    failures.set(`${path} ${status}`, (failures.get(`${path} ${status}`) ?? 0) + 1);
  const until = performance.now() + seconds * 1000;
  const person = async (index: number) => {
    const random = Random.of(seed, 'person', index);
    // Half leadership, half police, alternating.
    const cookie = cookies[index % roles.length] as string;
    const { reads } = roles[index % roles.length] as (typeof roles)[number];
    // Arrivals spread over the first think time, not all in one instant.
    await pause(random.next() * thinkMs);
    while (performance.now() < until) {
      const path = reads[random.int(reads.length)] as string;
      const started = performance.now();
      try {
        const response = await fetch(`${url}${path}`, {
          headers: { cookie, 'accept-encoding': 'br, gzip' },
        });
        await response.arrayBuffer();
        if (response.status !== 200) failed(path, String(response.status));
      } catch {
        failed(path, 'network');
      }
      timings.get(path)?.push(performance.now() - started);
      if (thinkMs > 0) await pause(thinkMs * random.range(0.5, 1.5));
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: users }, (_, i) => person(i)));
  const elapsed = (performance.now() - started) / 1000;

  const all = [...timings.values()].flat().sort((a, b) => a - b);
  const ms = (n: number) => `${n.toFixed(0)} ms`;
  console.log(
    `Load: ${users} people, ${thinkMs === 0 ? 'no think time' : `~${thinkMs} ms between clicks`}, ${seconds} s, seed ${seed}`,
  );
  console.log(
    `  all reads: ${all.length} requests, ${(all.length / elapsed).toFixed(1)} requests/s, p50 ${ms(percentile(all, 0.5))}, p95 ${ms(percentile(all, 0.95))}, p99 ${ms(percentile(all, 0.99))}, errors ${[...failures.values()].reduce((a, b) => a + b, 0)}`,
  );
  for (const [path, list] of timings) {
    const sorted = [...list].sort((a, b) => a - b);
    console.log(
      `  ${path.padEnd(46)} ${String(sorted.length).padStart(5)}  p50 ${ms(percentile(sorted, 0.5)).padStart(7)}  p95 ${ms(percentile(sorted, 0.95)).padStart(7)}  p99 ${ms(percentile(sorted, 0.99)).padStart(7)}`,
    );
  }
  for (const [what, count] of failures) console.log(`  failed: ${what} × ${count}`);
} finally {
  stop();
}
