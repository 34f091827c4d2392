// The real server as `npm start` runs it (api/src/index.ts, with its heap budget), in a process
// of its own on a free port: what the benches that load it and the tests that stop it start.
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { repoRoot } from '@ntm/db/local/paths';

/** Ports free now, held at once while found, so never the same one twice. */
export async function freePorts(count: number): Promise<number[]> {
  const probes: Server[] = Array.from({ length: count }, () => createServer());
  const listening = (probe: Server) =>
    new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  await Promise.all(probes.map(listening));
  const ports = probes.map((probe) => (probe.address() as { port: number }).port);
  await Promise.all(probes.map((probe) => new Promise((resolve) => probe.close(resolve))));
  return ports;
}

export type ChildServer = {
  url: string;
  child: ChildProcess;
  /** Its exit status, once it ends. */
  exited: Promise<number | null>;
  /** What it has printed so far (stdout and stderr). */
  output: () => string;
};

/**
 * Starts the server with `env` over the process's own environment, and resolves once it says
 * where it listens; rejects if it ends first.
 */
export async function startChildServer(env: Record<string, string>): Promise<ChildServer> {
  const [port] = await freePorts(1);
  const url = `http://127.0.0.1:${port}`;
  // The heap budget `npm start` gives the server (scripts/bootstrap.mjs, NTM_HEAP_MB).
  const heap = `--max-old-space-size=${process.env.NTM_HEAP_MB || '384'}`;
  const child = spawn(process.execPath, [heap, '--import', 'tsx', 'api/src/index.ts'], {
    cwd: repoRoot,
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const said: string[] = [];
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  await new Promise<void>((resolve, reject) => {
    const listen = (chunk: Buffer) => {
      said.push(chunk.toString('utf8'));
      if (said.join('').includes(url)) resolve();
    };
    child.stdout?.on('data', listen);
    child.stderr?.on('data', (chunk: Buffer) => said.push(chunk.toString('utf8')));
    void exited.then((code) =>
      reject(new Error(`the server stopped (exit ${code}): ${said.join('').slice(-2000)}`)),
    );
  });
  return { url, child, exited, output: () => said.join('') };
}
