import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The typed client (api.ts) is only as good as the check that reads it: a route whose query,
// body or answer changes shape must fail here, in the test run, not on a screen.

const webRoot = join(dirname(fileURLToPath(import.meta.url)), '../..');

describe('the web and the API', () => {
  it('agree on every request and answer (the web type-checks against the API’s routes)', () => {
    const tsc = spawnSync('pnpm', ['exec', 'tsc', '--noEmit', '-p', '.'], {
      cwd: webRoot,
      encoding: 'utf8',
    });
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
  }, 600_000);
});
