import { tipStatuses } from '@ntm/db/schema/values';
import { describe, expect, it } from 'vitest';
import { isClosed, mayMove, stepAlreadyTaken, type TipStatus } from './workflow';

/** Every step from one status to another that `holds`, as "from→to". */
const stepsWhere = (holds: (from: TipStatus, to: TipStatus) => boolean) =>
  tipStatuses.flatMap((from) =>
    tipStatuses.filter((to) => holds(from, to)).map((to) => `${from}→${to}`),
  );

describe('the tip workflow', () => {
  it('allows exactly the plan’s steps, and nothing out of a closed state', () => {
    expect(stepsWhere(mayMove)).toEqual([
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
    expect(stepsWhere(stepAlreadyTaken)).toEqual([
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
