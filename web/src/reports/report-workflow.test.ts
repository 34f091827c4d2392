import {
  draftReport as draft,
  sentReport as sent,
} from '@ntm/domain/reports/fixtures/quarter-2026-q1';
import { describe, expect, it } from 'vitest';
import { lastStep, mayStartVersion, nextSteps, versionsOf } from './report-workflow';

describe('the report workflow', () => {
  it('walks draft → reviewed → approved → sent, steps back to draft before sending, and stops at sent', () => {
    expect(nextSteps('draft')).toEqual(['reviewed']);
    expect(nextSteps('reviewed')).toEqual(['approved', 'draft']);
    expect(nextSteps('approved')).toEqual(['sent', 'draft']);
    expect(nextSteps('sent')).toEqual([]);
  });

  it('lists a period’s versions newest first and only that period’s', () => {
    const reports = [
      { ...sent, version: 1 },
      { ...draft, id: 3, version: 2 },
      { ...draft, id: 4, period: '2025-Q4' },
    ];
    expect(versionsOf(reports, '2026-Q1').map((r) => r.id)).toEqual([3, 7]);
  });

  it('starts a new version only when there is none or the newest was sent', () => {
    expect(mayStartVersion([])).toBe(true);
    expect(mayStartVersion([sent])).toBe(true);
    expect(mayStartVersion([draft, sent])).toBe(false);
  });

  it('says who made the last step and when', () => {
    expect(lastStep(sent)).toEqual({ by: 'Nguyễn Thị Hạnh', at: '2026-04-05T08:30:00.000Z' });
    expect(lastStep(draft)).toEqual({ by: 'Nguyễn Thị Hạnh', at: '2026-04-05T01:10:00.000Z' });
  });
});
