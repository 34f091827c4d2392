import type { tipStatuses } from '@ntm/db/schema/values';

export type TipStatus = (typeof tipStatuses)[number];

/**
 * The steps a tip may take (DOMAIN.md, the plan): received → verified → classified → handled,
 * or transferred to the competent authority; a tip found baseless at verification or after
 * classification is closed as unfounded. Nothing leaves a closed state.
 */
export const nextStatuses: Record<TipStatus, readonly TipStatus[]> = {
  received: ['verified'],
  verified: ['classified', 'unfounded'],
  classified: ['handled', 'transferred', 'unfounded'],
  handled: [],
  transferred: [],
  unfounded: [],
};

/** Handled, transferred or unfounded: the tip is resolved (indicator đ counts it). */
export const closedStatuses: readonly TipStatus[] = ['handled', 'transferred', 'unfounded'];

export const isClosed = (status: TipStatus) => closedStatuses.includes(status);

export const mayMove = (from: TipStatus, to: TipStatus) => nextStatuses[from].includes(to);

const stage: Record<TipStatus, number> = {
  received: 0,
  verified: 1,
  classified: 2,
  handled: 3,
  transferred: 3,
  unfounded: 3,
};

/**
 * The step asked for was taken already (the tip is at it or past it on the one path), as when a
 * second tab or a colleague pressed first: said plainly rather than as an illegal move.
 */
export const stepAlreadyTaken = (from: TipStatus, to: TipStatus) =>
  from === to || (stage[to] < 3 && stage[from] > stage[to]);
