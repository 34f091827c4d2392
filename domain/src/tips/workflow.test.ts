import { tipStatuses } from '@ntm/db/schema/values';
import { describe, expect, it } from 'vitest';
import { isClosed, mayMove, stepAlreadyTaken } from './workflow';

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

  it('knows a step already taken (the same one pressed twice, or one the tip is past)', () => {
    const taken = tipStatuses.flatMap((from) =>
      tipStatuses.filter((to) => stepAlreadyTaken(from, to)).map((to) => `${from}→${to}`),
    );
    expect(taken).toEqual([
      'received→received',
      'verified→received',
      'verified→verified',
      'classified→received',
      'classified→verified',
      'classified→classified',
      'handled→received',
      'handled→verified',
      'handled→classified',
      'handled→handled',
      'transferred→received',
      'transferred→verified',
      'transferred→classified',
      'transferred→transferred',
      'unfounded→received',
      'unfounded→verified',
      'unfounded→classified',
      'unfounded→unfounded',
    ]);
  });
});
