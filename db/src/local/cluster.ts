import { execFileSync, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname } from 'node:path';
import { clusterDir, clusterPathFile, dataRoot, localPort, passwordFile, repoRoot } from './paths';
import type { PostgresInstall } from './postgres-install';

export const isRoot = () => process.getuid?.() === 0;

/** PostgreSQL refuses to run as root, so as root every server command runs as `postgres`. */
export function run(pg: PostgresInstall, tool: string, args: string[], quiet = false) {
  const binary = `${pg.binDir}/${tool}`;
  const [command, commandArgs] = isRoot()
    ? ['runuser', ['-u', 'postgres', '--', binary, ...args]]
    : [binary, args];
  // From `/`: the postgres user may not enter the folder the command was started in.
  return spawnSync(command, commandArgs, {
    cwd: '/',
    encoding: 'utf8',
    stdio: quiet ? 'pipe' : 'inherit',
  });
}

export function postgresIds(): { uid: number; gid: number } {
  const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
  return { uid, gid };
}

function readOrCreatePassword(): string {
  if (existsSync(passwordFile)) return readFileSync(passwordFile, 'utf8').trim();
  const password = randomBytes(18).toString('base64url');
  writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
  return password;
}

const settings = (dir: string) => [
  `port = ${localPort}`,
  `listen_addresses = '127.0.0.1'`,
  `unix_socket_directories = '${dir}'`,
  // A development cluster: losing the last few commits in a crash is acceptable.
  'synchronous_commit = off',
  'max_wal_size = 2GB',
  'shared_buffers = 256MB',
  'work_mem = 32MB',
  'maintenance_work_mem = 512MB',
];

const postgresReaches = (dir: string) =>
  spawnSync('runuser', ['-u', 'postgres', '--', 'test', '-x', dir]).status === 0;

/**
 * Where the cluster lives: as it was first made (the record in .data/cluster-path), else in the
 * repository, unless the server's user cannot reach it there. As root the server runs as
 * `postgres`, and a clone in root's own home (mode 0700) is closed to that user; the cluster
 * then goes to a folder of its own in postgres's home, named after this clone, and is recorded,
 * so every later command finds it. Nothing of root's home is opened up.
 */
function clusterLocation(): string {
  if (existsSync(clusterPathFile)) return readFileSync(clusterPathFile, 'utf8').trim();
  if (!isRoot() || postgresReaches(dataRoot)) return clusterDir;
  const home = execFileSync('getent', ['passwd', 'postgres'], { encoding: 'utf8' }).split(':')[5];
  const clone = createHash('sha256').update(repoRoot).digest('hex').slice(0, 12);
  const dir = `${home && existsSync(home) ? home : '/var/tmp'}/ntm-clusters/${clone}-${localPort}`;
  if (!postgresReaches(dirname(dirname(dir)))) {
    throw new Error(
      `The postgres user can reach neither ${clusterDir} nor ${dir}; give it search permission on the folders above ${clusterDir} (chmod o+x), or set DATABASE_URL.`,
    );
  }
  console.log(`The postgres user cannot enter ${repoRoot}: the cluster goes to ${dir}.`);
  return dir;
}

function initCluster(pg: PostgresInstall, dir: string, password: string): void {
  console.log(`Creating the project's PostgreSQL ${pg.major} cluster in ${dir} …`);
  // A folder left by a clone at the same path whose .data was deleted: its passwords are gone.
  if (dir !== clusterDir && existsSync(`${dir}/PG_VERSION`)) {
    if (isRunning(pg, dir)) run(pg, 'pg_ctl', ['-D', dir, '-m', 'fast', '-w', 'stop'], true);
    rmSync(dir, { recursive: true, force: true });
  }
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const pwfile = `${dir}.pw`;
  writeFileSync(pwfile, password, { mode: 0o600 });
  if (isRoot()) {
    const { uid, gid } = postgresIds();
    if (dir !== clusterDir) chownSync(dirname(dir), uid, gid);
    chownSync(dir, uid, gid);
    chownSync(pwfile, uid, gid);
  }
  const args = ['-D', dir, '-U', 'postgres', '-E', 'UTF8', '--locale=C.UTF-8'];
  args.push('--auth-local=peer', '--auth-host=scram-sha-256', `--pwfile=${pwfile}`);
  const result = run(pg, 'initdb', args, true);
  rmSync(pwfile, { force: true });
  if (result.status !== 0) throw new Error(`initdb failed:\n${result.stderr}`);
  writeFileSync(`${dir}/postgresql.conf`, `\n${settings(dir).join('\n')}\n`, { flag: 'a' });
  if (dir !== clusterDir) writeFileSync(clusterPathFile, `${dir}\n`);
}

function isRunning(pg: PostgresInstall, dir: string): boolean {
  return run(pg, 'pg_ctl', ['status', '-D', dir], true).status === 0;
}

/** Creates (first time) and starts the project-local cluster; returns the superuser password. */
export function startCluster(pg: PostgresInstall): string {
  mkdirSync(dataRoot, { recursive: true });
  chmodSync(dataRoot, 0o755);
  const password = readOrCreatePassword();
  const recorded = existsSync(clusterPathFile);
  const dir = clusterLocation();
  if (!existsSync(`${dir}/PG_VERSION`) || (dir !== clusterDir && !recorded)) {
    initCluster(pg, dir, password);
  }
  if (isRunning(pg, dir)) return password;
  const log = `${dir}/server.log`;
  const result = run(pg, 'pg_ctl', ['-D', dir, '-l', log, '-w', '-t', '60', 'start'], true);
  if (result.status !== 0) {
    const tail = existsSync(log) ? readFileSync(log, 'utf8').split('\n').slice(-15).join('\n') : '';
    throw new Error(
      `PostgreSQL did not start (port ${localPort} in use?):\n${result.stderr}\n${tail}`,
    );
  }
  console.log(`PostgreSQL ${pg.major} is running on 127.0.0.1:${localPort} (${dirname(log)}).`);
  return password;
}

export function stopCluster(pg: PostgresInstall): void {
  const dir = existsSync(clusterPathFile)
    ? readFileSync(clusterPathFile, 'utf8').trim()
    : clusterDir;
  if (!existsSync(`${dir}/PG_VERSION`) || !isRunning(pg, dir)) {
    console.log('The local PostgreSQL cluster is not running.');
    return;
  }
  run(pg, 'pg_ctl', ['-D', dir, '-m', 'fast', '-w', 'stop']);
}
