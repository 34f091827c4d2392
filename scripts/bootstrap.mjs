#!/usr/bin/env node
// The two commands of the README, on a fresh Debian/Ubuntu machine with Node ≥ 20.12:
//   npm start → pnpm + dependencies, local PostGIS, migrations, demo data, web build, server
//   npm test  → the same ground, then every test, ending with "N passed, N failed"
//   npm run serve → one more server process of a deployment `npm start` made (README, "Several
//                   processes"): the server only, on PORT
// Plain JavaScript on purpose: it runs before any dependency is installed.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const isRoot = process.getuid?.() === 0;

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  if (result.status !== 0) {
    console.error(
      `\n✗ ${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal}).`,
    );
    process.exit(result.status || 1);
  }
}

const succeeds = (command, args) =>
  spawnSync(command, args, { cwd: root, stdio: 'ignore' }).status === 0;

function checkNode() {
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major < 20 || (major === 20 && minor < 12)) {
    console.error(`Node ${process.versions.node} is too old: this project needs Node ≥ 20.12.`);
    process.exit(1);
  }
}

function ensurePnpm() {
  if (succeeds('pnpm', ['--version'])) return;
  console.log('Installing pnpm …');
  // corepack's signature check fails on some machines; a global npm install does not.
  run('npm', ['install', '--global', 'pnpm@10']);
}

const mtime = (path) => (existsSync(path) ? statSync(path).mtimeMs : 0);

function ensureDependencies() {
  const marker = join(root, 'node_modules/.modules.yaml');
  if (mtime(marker) >= mtime(join(root, 'pnpm-lock.yaml'))) return;
  run('pnpm', ['install', '--frozen-lockfile']);
}

function ensureDatabase() {
  run('pnpm', ['--silent', 'exec', 'tsx', 'db/src/local/up.ts']);
}

function newestIn(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestIn(join(path, name))));
}

function ensureWebBuilt() {
  const built = mtime(join(root, 'web/dist/index.html'));
  // The web bundle also takes zod schemas, enum values and the access rules from api/ and db/,
  // and the clock, catalogue and geometry from domain/.
  const sources = [
    'web/src',
    'web/index.html',
    'web/vite.config.ts',
    'web/public',
    'api/src/schemas',
    'api/src/auth/access-rules.ts',
    'db/src/schema/values.ts',
    'domain/src',
  ];
  if (built > 0 && built >= Math.max(...sources.map((s) => newestIn(join(root, s))))) return;
  run('pnpm', ['--filter', '@ntm/web', 'build']);
}

/**
 * A Debian package the tests need: installed as root (CI, a fresh server), else the command to
 * run once is printed and the tests do not start.
 */
function ensurePackage(binary, name, need) {
  if (existsSync(binary)) return;
  const command = ['apt-get', 'install', '-y', '--no-install-recommends', name];
  if (!isRoot) {
    console.error(`${need}. Install it once:\n  sudo ${command.join(' ')}`);
    process.exit(1);
  }
  if (!succeeds(command[0], command.slice(1))) run('apt-get', ['update']);
  run(command[0], command.slice(1));
}

const ensureChromium = () =>
  ensurePackage(
    process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    'chromium',
    'The end-to-end tests need Chromium',
  );

// tests/integration/nginx-proxy.test.ts runs the app behind deploy/nginx/ntm.conf, with a
// self-signed certificate made by openssl.
function ensureNginx() {
  const need = 'The reverse-proxy test needs nginx and openssl';
  ensurePackage(process.env.NGINX_PATH ?? '/usr/sbin/nginx', 'nginx-light', need);
  ensurePackage('/usr/bin/openssl', 'openssl', need);
}

/**
 * The server's heap budget in MB (NTM_HEAP_MB, default 384). Without one, V8 sizes the heap by
 * the machine's memory and lets it grow lazily: a 20,000-row import peaked anywhere from 360 to
 * 570 MB on a 24 GiB machine, with a live set under 160 MB. With the budget it collects sooner.
 */
const heapMb = () => process.env.NTM_HEAP_MB || '384';

function serve(args) {
  const nodeOptions = [process.env.NODE_OPTIONS, `--max-old-space-size=${heapMb()}`];
  const child = spawn('pnpm', ['--silent', 'exec', 'tsx', ...args], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_OPTIONS: nodeOptions.filter(Boolean).join(' ') },
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code) => process.exit(code ?? 0));
}

function runTests(extraArgs) {
  const report = join(root, '.data/test-results.json');
  rmSync(report, { force: true });
  const result = spawnSync(
    'pnpm',
    [
      'exec',
      'vitest',
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${report}`,
      ...extraArgs,
    ],
    { cwd: root, stdio: 'inherit' },
  );
  let passed = 0;
  let failed = 1;
  if (existsSync(report)) {
    const json = JSON.parse(readFileSync(report, 'utf8'));
    passed = json.numPassedTests;
    failed = json.numFailedTests + (result.status !== 0 && json.numFailedTests === 0 ? 1 : 0);
  }
  console.log(`\n${passed} passed, ${failed} failed`);
  process.exit(result.status ?? 1);
}

const command = process.argv[2];
checkNode();
ensurePnpm();
ensureDependencies();
// One more process of a running deployment: its database is up and migrated, and several of
// them starting at once must not race to bring the cluster up.
if (command !== 'serve') ensureDatabase();

switch (command) {
  case 'start':
    run('pnpm', ['--silent', 'seed', '--if-empty']);
    ensureWebBuilt();
    serve(['api/src/index.ts']);
    break;
  case 'dev':
    run('pnpm', ['--silent', 'seed', '--if-empty']);
    spawn('pnpm', ['--filter', '@ntm/web', 'dev'], { cwd: root, stdio: 'inherit' });
    serve(['watch', 'api/src/index.ts']);
    break;
  case 'test':
    ensureWebBuilt();
    ensureChromium();
    ensureNginx();
    runTests(process.argv.slice(3));
    break;
  case 'serve':
    serve(['api/src/index.ts']);
    break;
  case 'db':
    break;
  default:
    console.error('usage: node scripts/bootstrap.mjs start|serve|dev|test|db');
    process.exit(2);
}
