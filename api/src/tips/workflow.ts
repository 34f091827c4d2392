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
