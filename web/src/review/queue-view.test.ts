import { describe, expect, it } from 'vitest';
import type { Proposal } from '../api/proposal-client';
import { arrangeQueue, defaultQueueView, queueVillages } from './queue-view';

const proposal = (
  id: number,
  proposedAt: string,
  village: [number, string],
  action: Proposal['action'],
): Proposal => ({
  id,
  action,
  status: 'pending',
  businessId: null,
  village: { id: village[0], name: village[1] },
  proposedBy: { id: 1, displayName: 'Trưởng thôn' },
  proposedAt,
  before: null,
  after: null,
  changed: [],
  decidedBy: null,
  decidedAt: null,
  reason: null,
});

const queue = [
  proposal(1, '2026-12-01T08:00:00Z', [2, 'Phù Tải'], 'create'),
  proposal(2, '2026-12-03T08:00:00Z', [1, 'Đan Giáp'], 'update'),
  proposal(3, '2026-12-02T08:00:00Z', [2, 'Phù Tải'], 'delete'),
  proposal(4, '2026-12-03T08:00:00Z', [3, 'Bằng Sơn'], 'create'),
];

describe('the review queue as the reviewer asks for it', () => {
  it('lists the newest first by default, the oldest first when asked', () => {
    expect(arrangeQueue(queue, defaultQueueView).map((p) => p.id)).toEqual([2, 4, 3, 1]);
    expect(arrangeQueue(queue, { ...defaultQueueView, order: 'oldest' }).map((p) => p.id)).toEqual([
      1, 3, 2, 4,
    ]);
  });

  it('keeps one village, one kind of proposal, or both', () => {
    expect(arrangeQueue(queue, { ...defaultQueueView, villageId: 2 }).map((p) => p.id)).toEqual([
      3, 1,
    ]);
    expect(arrangeQueue(queue, { ...defaultQueueView, action: 'create' }).map((p) => p.id)).toEqual(
      [4, 1],
    );
    expect(arrangeQueue(queue, { order: 'oldest', villageId: 2, action: 'create' })).toHaveLength(
      1,
    );
  });

  it('offers the villages in the queue, in Vietnamese order', () => {
    expect(queueVillages(queue).map((v) => v.name)).toEqual(['Bằng Sơn', 'Đan Giáp', 'Phù Tải']);
  });
});
