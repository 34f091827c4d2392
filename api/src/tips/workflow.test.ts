import { tipStatuses } from '@ntm/db/schema/values';
import { describe, expect, it } from 'vitest';
import { isClosed, mayMove } from './workflow';

describe('the tip workflow', () => {
  it('allows exactly the plan’s steps, and nothing out of a closed state', () => {
    const allowed = tipStatuses.flatMap((from) =>
      tipStatuses.filter((to) => mayMove(from, to)).map((to) => `${from}→${to}`),
    );
    expect(allowed).toEqual([
      'received→verified',
      'verified→classified',
      'verified→unfounded',
      'classified→handled',
      'classified→transferred',
      'classified→unfounded',
    ]);
    for (const status of ['handled', 'transferred', 'unfounded'] as const) {
      expect(isClosed(status)).toBe(true);
    }
  });
});
