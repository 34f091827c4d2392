import { describe, expect, it } from 'vitest';
import type { Tip } from '../api/tip-client';
import { defaultTipFilter, filterTips } from './tip-filter';

const tip = (
  id: number,
  receivedAt: string,
  open: boolean,
  category = 'khac',
  channel = 'hotline',
) =>
  ({
    type: 'Feature',
    id,
    geometry: null,
    properties: { receivedAt, deadline: open ? '2026-12-31T00:00:00Z' : null, category, channel },
  }) as unknown as Tip;

const now = new Date('2026-11-29T03:00:00Z');
const tips = [
  tip(1, '2026-11-20T03:00:00Z', true),
  tip(2, '2026-11-20T03:00:00Z', false, 'moi-gioi'),
  tip(3, '2026-06-01T03:00:00Z', false, 'khac', 'village'),
  tip(4, '2025-12-31T16:59:00Z', true), // 23:59 on 31/12/2025 in Hà Nội
  tip(5, '2025-12-31T17:00:00Z', false), // 00:00 on 1/1/2026 in Hà Nội
];
const ids = (list: Tip[]) => list.map((t) => t.id);

describe('filterTips', () => {
  it('shows the open tips by default, of any age', () => {
    expect(ids(filterTips(tips, defaultTipFilter, now))).toEqual([1, 4]);
  });

  it('narrows by period (the year in Vietnam time), category and channel', () => {
    const all = { ...defaultTipFilter, state: 'all' as const };
    expect(ids(filterTips(tips, { ...all, period: '30d' }, now))).toEqual([1, 2]);
    expect(ids(filterTips(tips, { ...all, period: 'year' }, now))).toEqual([1, 2, 3, 5]);
    expect(ids(filterTips(tips, { ...all, category: 'moi-gioi' }, now))).toEqual([2]);
    expect(ids(filterTips(tips, { ...all, channel: 'village' }, now))).toEqual([3]);
  });

  it('narrows to one state of the workflow', () => {
    const handled = tips.map((tip, i) =>
      i === 1 ? ({ ...tip, properties: { ...tip.properties, status: 'handled' } } as Tip) : tip,
    );
    expect(ids(filterTips(handled, { ...defaultTipFilter, state: 'handled' }, now))).toEqual([2]);
  });

  it('takes a range of days in Vietnam time, either end open', () => {
    const all = { ...defaultTipFilter, state: 'all' as const, period: 'range' as const };
    // 31/12/2025 23:59 and 1/1/2026 00:00 in Hà Nội fall on either side of the new year.
    expect(ids(filterTips(tips, { ...all, to: '2025-12-31' }, now))).toEqual([4]);
    expect(ids(filterTips(tips, { ...all, from: '2026-01-01', to: '2026-06-01' }, now))).toEqual([
      3, 5,
    ]);
    expect(ids(filterTips(tips, { ...all, from: '2026-11-20' }, now))).toEqual([1, 2]);
  });
});
