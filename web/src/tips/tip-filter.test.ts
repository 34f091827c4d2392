import { featureFilter } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import type { Tip } from '../api/tip-client';
import {
  defaultTipFilter,
  filterTips,
  type TipFilter,
  tipFilterExpression,
  tipFilterQuery,
} from './tip-filter';

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

/** The tips a filter keeps when MapLibre evaluates its expression over tile features. */
function keptByExpression(f: TipFilter): number[] {
  const { filter } = featureFilter(tipFilterExpression(f, now), 'layers[0].filter');
  return tips
    .filter((tip) => {
      // A tile carries the instants to the millisecond, and no deadline once a tip is closed.
      const { receivedAt, deadline, category, channel, status } = tip.properties;
      const properties = {
        receivedAt: new Date(receivedAt).toISOString(),
        ...(deadline && { deadline }),
        category,
        channel,
        status: status ?? 'received',
      };
      const feature = { type: 1, properties } as never;
      return filter({ zoom: 14 }, feature);
    })
    .map((tip) => tip.id);
}

describe('the same filter over tiles and for the server', () => {
  const all = { ...defaultTipFilter, state: 'all' as const };
  it.each<[string, TipFilter]>([
    ['the default (open, any age)', defaultTipFilter],
    ['all of 30 days', { ...all, period: '30d' }],
    ['all of the year', { ...all, period: 'year' }],
    ['one category', { ...all, category: 'moi-gioi' }],
    ['one channel', { ...all, channel: 'village' }],
    ['a range up to new year’s eve', { ...all, period: 'range', to: '2025-12-31' }],
    ['a range from 1 January', { ...all, period: 'range', from: '2026-01-01', to: '2026-06-01' }],
  ])('keeps on the map what the list keeps: %s', (_, f) => {
    expect(keptByExpression(f)).toEqual(ids(filterTips(tips, f, now)));
  });

  it('asks the server for the open states and the days as instants', () => {
    expect(tipFilterQuery(defaultTipFilter, now)).toEqual({
      status: 'received,verified,classified',
    });
    expect(
      tipFilterQuery({ ...all, period: 'range', from: '2026-01-01', to: '2026-01-31' }, now),
    ).toEqual({ from: '2025-12-31T17:00:00.000Z', to: '2026-01-31T17:00:00.000Z' });
    expect(tipFilterQuery({ ...all, category: 'moi-gioi', channel: 'hotline' }, now)).toEqual({
      category: 'moi-gioi',
      channel: 'hotline',
    });
  });
});
