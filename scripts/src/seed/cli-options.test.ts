import { describe, expect, it } from 'vitest';
import { parseCli } from './cli-options';

describe('parseCli', () => {
  it('defaults to seed 42, the natural size and the default period', () => {
    expect(parseCli([])).toEqual({
      ok: true,
      options: {
        seed: 42,
        scale: undefined,
        until: undefined,
        databaseUrl: undefined,
        ifEmpty: false,
        reset: false,
        out: undefined,
        verbose: false,
      },
    });
  });

  it('reads every flag', () => {
    const parsed = parseCli([
      '--seed',
      '7',
      '--scale',
      '1000000',
      '--until',
      '2026-06-30',
      '--database-url',
      'postgres://x@localhost/db',
      '--reset',
      '--verbose',
    ]);
    expect(parsed).toMatchObject({
      ok: true,
      options: {
        seed: 7,
        scale: 1_000_000,
        until: '2026-06-30',
        databaseUrl: 'postgres://x@localhost/db',
        reset: true,
        verbose: true,
      },
    });
  });

  it('names the reason for a bad value', () => {
    expect(parseCli(['--seed', 'abc'])).toEqual({
      ok: false,
      reason: '--seed takes a whole number, got "abc"',
    });
    expect(parseCli(['--scale', '0'])).toEqual({ ok: false, reason: '--scale is out of range: 0' });
    expect(parseCli(['--until', '30/11/2026'])).toMatchObject({ ok: false });
    expect(parseCli(['--if-empty', '--reset'])).toMatchObject({ ok: false });
    expect(parseCli(['--colour'])).toMatchObject({ ok: false });
  });
});
