import { featureFilter } from '@maplibre/maplibre-gl-style-spec';
import { type DueState, dueState } from '@ntm/domain/tips/deadlines';
import { describe, expect, it } from 'vitest';
import { dueFromDeadline } from './tip-layer';

const now = new Date('2026-11-14T03:00:00Z');

/** The due state the map's ring shows for a tile feature with this deadline (or none). */
function ringOf(deadline: string | null): DueState | 'none' {
  for (const state of ['overdue', 'due-soon', 'on-time', 'none'] as const) {
    const { filter } = featureFilter(['==', dueFromDeadline(now, 3), state], 'layers[0].filter');
    const feature = { type: 1, properties: deadline ? { deadline } : {} } as never;
    if (filter({ zoom: 14 }, feature)) return state;
  }
  throw new Error('no state matched');
}

describe('the due ring of a tiled tip', () => {
  it.each([
    '2026-11-14T02:59:59.999Z',
    '2026-11-14T03:00:00.000Z',
    '2026-11-14T03:00:00.001Z',
    '2026-11-17T03:00:00.000Z',
    '2026-11-17T03:00:00.001Z',
    '2026-12-31T16:59:59.999Z',
  ])('is the domain’s due state for a deadline of %s', (deadline) => {
    expect(ringOf(deadline)).toBe(dueState(new Date(deadline), now));
  });

  it('is none for a closed tip, which carries no deadline', () => {
    expect(ringOf(null)).toBe('none');
  });
});
