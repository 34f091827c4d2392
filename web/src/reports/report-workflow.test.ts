import type { PeriodicReport } from '@ntm/domain/reports/report-types';
import { describe, expect, it } from 'vitest';
import { lastStep, mayStartVersion, nextSteps, versionsOf } from './report-workflow';

const draft: PeriodicReport = {
  id: 1,
  period: '2026-Q3',
  version: 1,
  state: 'draft',
  number: null,
  narrative: { summary: '', difficulties: '', proposals: '' },
  createdAt: '2026-10-02T01:00:00Z',
  createdBy: 'Trạm Y tế',
  reviewedAt: null,
  reviewedBy: null,
  approvedAt: null,
  approvedBy: null,
  sentAt: null,
  sentBy: null,
};
const sent: PeriodicReport = {
  ...draft,
  id: 2,
  state: 'sent',
  reviewedAt: '2026-10-03T01:00:00Z',
  reviewedBy: 'Trạm Y tế',
  approvedAt: '2026-10-04T01:00:00Z',
  approvedBy: 'Lãnh đạo',
  sentAt: '2026-10-05T01:00:00Z',
  sentBy: 'Trạm Y tế',
};

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
    expect(lastStep(sent)).toEqual({ by: 'Trạm Y tế', at: '2026-10-05T01:00:00Z' });
    expect(lastStep(draft)).toEqual({ by: 'Trạm Y tế', at: '2026-10-02T01:00:00Z' });
  });
});
