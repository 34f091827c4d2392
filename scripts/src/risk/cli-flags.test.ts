import { describe, expect, it } from 'vitest';
import { parseRiskCli } from './cli-flags';

describe('parseRiskCli', () => {
  it('reads --before, --dry-run and --commune', () => {
    expect(parseRiskCli(['--before=2026-01-31', '--dry-run'], true)).toEqual({
      ok: true,
      options: { before: '2026-01-31', dryRun: true, communeCode: '11284', databaseUrl: undefined },
    });
    expect(parseRiskCli(['--before', '2025-06-01', '--commune=12345'], false)).toMatchObject({
      ok: true,
      options: { before: '2025-06-01', dryRun: false, communeCode: '12345' },
    });
  });

  it('names what is wrong with a bad date, range or flag', () => {
    const reason = (args: string[], dry = true) => {
      const parsed = parseRiskCli(args, dry);
      return parsed.ok ? null : parsed.reason;
    };
    expect(reason(['--before=2026-02-30'])).toMatch(/YYYY-MM-DD/);
    expect(reason(['--before=tomorrow'])).toMatch(/YYYY-MM-DD/);
    expect(reason(['--before=2040-01-01'])).toMatch(/2020–2035/);
    expect(reason(['--commune=abc'])).toMatch(/5-digit/);
    expect(reason(['--frobnicate'])).toMatch(/frobnicate/);
    expect(reason(['--dry-run'], false)).toMatch(/dry-run/);
    expect(reason(['2026-01-01'])).not.toBeNull();
  });
});
