import type { Proposal } from '../api/proposal-client';

export type QueueOrder = 'newest' | 'oldest';

/** How the reviewer wants the queue: its order, and only one village or one kind if chosen. */
export interface QueueView {
  order: QueueOrder;
  villageId: number | null;
  action: Proposal['action'] | null;
}

export const defaultQueueView: QueueView = { order: 'newest', villageId: null, action: null };

/** The queue as the reviewer asked for it (ties in time keep the lower id first). */
export function arrangeQueue(proposals: readonly Proposal[], view: QueueView): Proposal[] {
  const sign = view.order === 'newest' ? -1 : 1;
  return proposals
    .filter((p) => view.villageId === null || p.village.id === view.villageId)
    .filter((p) => view.action === null || p.action === view.action)
    .sort((a, b) => {
      const at = Date.parse(a.proposedAt) - Date.parse(b.proposedAt);
      return at !== 0 ? sign * at : a.id - b.id;
    });
}

/** The villages that have something in the queue, by name as Vietnamese sorts it. */
export function queueVillages(proposals: readonly Proposal[]): { id: number; name: string }[] {
  const byId = new Map(proposals.map((p) => [p.village.id, p.village.name]));
  return [...byId]
    .map(([id, name]) => ({ id, name }))
    .sort((a, b) => a.name.localeCompare(b.name, 'vi'));
}
