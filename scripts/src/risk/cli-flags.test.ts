import { describe, expect, it } from 'vitest';
import { parseRiskCli } from './cli-flags';

describe('parseRiskCli', () => {
  it('reads --before, --dry-run and --commune', () => {
    expect(parseRiskCli(['--before=2026-01-31', '--dry-run'], 'calibrate')).toEqual({
      ok: true,
      options: {
        before: '2026-01-31',
        dryRun: true,
        fit: false,
        communeCode: '11284',
        databaseUrl: undefined,
      },
    });
    expect(
      parseRiskCli(['--before', '2025-06-01', '--commune=12345', '--fit'], 'backtest'),
    ).toMatchObject({
      ok: true,
      options: { before: '2025-06-01', dryRun: false, fit: true, communeCode: '12345' },
    });
  });

  it('names what is wrong with a bad date, range or flag', () => {
    const reason = (args: string[], command: 'calibrate' | 'backtest' = 'calibrate') => {
      const parsed = parseRiskCli(args, command);
      return parsed.ok ? null : parsed.reason;
    };
    expect(reason(['--before=2026-02-30'])).toMatch(/YYYY-MM-DD/);
    expect(reason(['--before=tomorrow'])).toMatch(/YYYY-MM-DD/);
    expect(reason(['--before=2040-01-01'])).toMatch(/2020–2035/);
    expect(reason(['--commune=abc'])).toMatch(/5-digit/);
    expect(reason(['--frobnicate'])).toMatch(/frobnicate/);
    expect(reason(['--dry-run'], 'backtest')).toMatch(/dry-run/);
    expect(reason(['--fit'], 'calibrate')).toMatch(/fit/);
    expect(reason(['2026-01-01'])).not.toBeNull();
  });
});
