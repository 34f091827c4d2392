import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '@ntm/db/local/paths';
import { freePorts } from '../../scripts/src/server/child-server';

export const nginxBinary = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
/** The address nginx connects to the app from (proxy_bind): the only one the app trusts. */
export const proxyAddress = '127.0.0.2';

/** deploy/nginx/ntm.conf with this test's ports, certificate and cache folder. */
function testConfig(dir: string, appPort: number, httpPort: number, httpsPort: number) {
  const replacements: [string, string][] = [
    ['server 127.0.0.1:8787;', `server 127.0.0.1:${appPort};`],
    ['listen 80;', `listen 127.0.0.1:${httpPort};`],
    ['listen 443 ssl http2;', `listen 127.0.0.1:${httpsPort} ssl http2;`],
    ['/etc/ssl/certs/ntm.crt', join(dir, 'cert.pem')],
    ['/etc/ssl/private/ntm.key', join(dir, 'key.pem')],
    ['/var/cache/nginx-ntm', join(dir, 'cache')],
    // From 127.0.0.2, so the test's clients (127.0.0.1, .3) are not the trusted proxy.
    ['proxy_http_version 1.1;', `proxy_http_version 1.1;\n    proxy_bind ${proxyAddress};`],
  ];
  let text = readFileSync(`${repoRoot}deploy/nginx/ntm.conf`, 'utf8');
  for (const [from, to] of replacements) {
    if (!text.includes(from)) throw new Error(`deploy/nginx/ntm.conf no longer has "${from}"`);
    text = text.replace(from, to);
  }
  return text.replace(/^\s*listen \[::\].*\n/gm, '');
}

/**
 * A real nginx (the Debian package) in front of the app at `appPort`, from the repository's own
 * configuration, with a self-signed certificate for 127.0.0.1 made here. Runs in the foreground
 * as the current user; `stop()` kills it and removes its folder.
 */
export async function startNginx(appPort: number) {
  const dir = mkdtempSync(join(tmpdir(), 'ntm-nginx-'));
  let child: ChildProcess | undefined;
  // Should the test process end without afterAll (a crash), nginx must not outlive it: TERM
  // lets its master stop the workers too.
  const killOnExit = () => child?.kill('SIGTERM');
  process.once('exit', killOnExit);
  const stop = async () => {
    process.off('exit', killOnExit);
    if (child && child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child?.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const certificate = `-keyout ${join(dir, 'key.pem')} -out ${join(dir, 'cert.pem')}`;
    const newKey = '-newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 1';
    execFileSync(
      'openssl',
      [
        ...`req -x509 ${newKey} ${certificate} -subj /CN=localhost`.split(' '),
        ...['-addext', 'subjectAltName=IP:127.0.0.1,DNS:localhost'],
      ],
      { stdio: 'pipe' },
    );
    const [httpPort, httpsPort] = (await freePorts(2)) as [number, number];
    writeFileSync(join(dir, 'ntm.conf'), testConfig(dir, appPort, httpPort, httpsPort));
    // Debian's nginx writes its temporary files under /var/lib/nginx: here, in the folder.
    const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
      .map((kind) => `${kind}_temp_path ${join(dir, kind)};`)
      .join(' ');
    const asRoot = process.getuid?.() === 0 ? 'user root root;' : '';
    writeFileSync(
      join(dir, 'nginx.conf'),
      `${asRoot} worker_processes 1; events { worker_connections 128; }\n` +
        `http { ${temp} access_log ${join(dir, 'access.log')}; include ${join(dir, 'ntm.conf')}; }\n`,
    );
    const errorLog = join(dir, 'error.log');
    child = spawn(
      nginxBinary,
      [
        '-p',
        dir,
        '-c',
        join(dir, 'nginx.conf'),
        '-g',
        `daemon off; pid ${join(dir, 'nginx.pid')}; error_log ${errorLog} info;`,
      ],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let stderr = '';
    child.stderr?.on('data', (chunk) => {
      stderr += chunk;
    });
    const ca = readFileSync(join(dir, 'cert.pem'));
    await waitForHttps(httpsPort, ca, () => {
      if (child?.exitCode === null) return null;
      const log = existsSync(errorLog) ? readFileSync(errorLog, 'utf8') : '';
      return `nginx exited: ${stderr}${log}`;
    });
    return { httpPort, httpsPort, ca, origin: `https://127.0.0.1:${httpsPort}`, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function waitForHttps(port: number, ca: Buffer, failure: () => string | null) {
  for (let attempt = 0; attempt < 100; attempt++) {
    const problem = failure();
    if (problem) throw new Error(problem);
    const up = await new Promise<boolean>((resolve) => {
      request({ host: '127.0.0.1', port, path: '/api/health', ca }, (response) => {
        response.resume();
        resolve(true);
      })
        .on('error', () => resolve(false))
        .end();
    });
    if (up) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`nginx did not answer on ${port} within 10 s`);
}
