import { describe, expect, it } from 'vitest';
import { parseFuzzCli } from './cli-flags';

describe('pnpm fuzz flags', () => {
  it('runs 10,000 requests with seed 1 in-process by default', () => {
    expect(parseFuzzCli([])).toEqual({
      ok: true,
      options: {
        n: 10_000,
        seed: 1,
        url: undefined,
        databaseUrl: undefined,
        password: undefined,
        keep: false,
      },
    });
  });

  it('takes --n, --seed and a server origin to aim at', () => {
    const parsed = parseFuzzCli(['--n', '100000', '--seed=7', '--url', 'http://127.0.0.1:8787/']);
    expect(parsed.ok && parsed.options).toMatchObject({
      n: 100_000,
      seed: 7,
      url: 'http://127.0.0.1:8787',
    });
  });

  it('refuses a count that is not a whole number, a path in --url and unknown flags', () => {
    expect(parseFuzzCli(['--n', '1e5']).ok).toBe(false);
    expect(parseFuzzCli(['--n', '0']).ok).toBe(false);
    expect(parseFuzzCli(['--seed', '-1']).ok).toBe(false);
    expect(parseFuzzCli(['--url', 'http://x/api']).ok).toBe(false);
    expect(parseFuzzCli(['--count', '5']).ok).toBe(false);
  });
});
