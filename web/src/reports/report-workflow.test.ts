import { draftReport, sentReport } from '@ntm/domain/reports/fixtures/quarter-2026-q1';
import type { PeriodicReport } from '@ntm/domain/reports/report-types';
import { describe, expect, it } from 'vitest';
import { lastStep, mayStartVersion, nextSteps, versionsOf } from './report-workflow';

// The workflow reads only the id, period, version, state and the steps' names and times.
const draft: PeriodicReport = { ...draftReport, id: 1, period: '2026-Q3', version: 1 };
const sent: PeriodicReport = { ...sentReport, id: 2, period: '2026-Q3', version: 1 };

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
      { ...draft, id: 4, period: '2026-Q2' },
    ];
    expect(versionsOf(reports, '2026-Q3').map((r) => r.id)).toEqual([3, 2]);
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
