import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
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
import { clusterDir, dataRoot, localPort, passwordFile } from './paths';
import type { PostgresInstall } from './postgres-install';

const isRoot = () => process.getuid?.() === 0;

/** PostgreSQL refuses to run as root, so as root every server command runs as `postgres`. */
function run(pg: PostgresInstall, tool: string, args: string[], quiet = false) {
  const binary = `${pg.binDir}/${tool}`;
  const [command, commandArgs] = isRoot()
    ? ['runuser', ['-u', 'postgres', '--', binary, ...args]]
    : [binary, args];
  return spawnSync(command, commandArgs, { encoding: 'utf8', stdio: quiet ? 'pipe' : 'inherit' });
}

function postgresIds(): { uid: number; gid: number } {
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

const settings = [
  `port = ${localPort}`,
  `listen_addresses = '127.0.0.1'`,
  `unix_socket_directories = '${clusterDir}'`,
  // A development cluster: losing the last few commits in a crash is acceptable.
  'synchronous_commit = off',
  'max_wal_size = 2GB',
  'shared_buffers = 256MB',
  'work_mem = 32MB',
  'maintenance_work_mem = 512MB',
];

function initCluster(pg: PostgresInstall, password: string): void {
  console.log(`Creating the project's PostgreSQL ${pg.major} cluster in ${clusterDir} …`);
  mkdirSync(clusterDir, { recursive: true, mode: 0o700 });
  const pwfile = `${clusterDir}.pw`;
  writeFileSync(pwfile, password, { mode: 0o600 });
  if (isRoot()) {
    const { uid, gid } = postgresIds();
    chownSync(clusterDir, uid, gid);
    chownSync(pwfile, uid, gid);
    const reach = spawnSync('runuser', ['-u', 'postgres', '--', 'test', '-w', clusterDir]);
    if (reach.status !== 0) {
      rmSync(pwfile, { force: true });
      throw new Error(
        `The postgres user cannot reach ${clusterDir}; give it search permission on the folders above (chmod o+x), or set DATABASE_URL.`,
      );
    }
  }
  const args = ['-D', clusterDir, '-U', 'postgres', '-E', 'UTF8', '--locale=C.UTF-8'];
  args.push('--auth-local=peer', '--auth-host=scram-sha-256', `--pwfile=${pwfile}`);
  const result = run(pg, 'initdb', args, true);
  rmSync(pwfile, { force: true });
  if (result.status !== 0) throw new Error(`initdb failed:\n${result.stderr}`);
  writeFileSync(`${clusterDir}/postgresql.conf`, `\n${settings.join('\n')}\n`, { flag: 'a' });
}

function isRunning(pg: PostgresInstall): boolean {
  return run(pg, 'pg_ctl', ['status', '-D', clusterDir], true).status === 0;
}

/** Creates (first time) and starts the project-local cluster; returns the superuser password. */
export function startCluster(pg: PostgresInstall): string {
  mkdirSync(dataRoot, { recursive: true });
  chmodSync(dataRoot, 0o755);
  const password = readOrCreatePassword();
  if (!existsSync(`${clusterDir}/PG_VERSION`)) initCluster(pg, password);
  if (isRunning(pg)) return password;
  const log = `${clusterDir}/server.log`;
  const result = run(pg, 'pg_ctl', ['-D', clusterDir, '-l', log, '-w', '-t', '60', 'start'], true);
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
  if (!existsSync(`${clusterDir}/PG_VERSION`) || !isRunning(pg)) {
    console.log('The local PostgreSQL cluster is not running.');
    return;
  }
  run(pg, 'pg_ctl', ['-D', clusterDir, '-m', 'fast', '-w', 'stop']);
}
