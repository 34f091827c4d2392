import type { TipRow } from '@ntm/db/queries/tips';
import { type DeadlineRules, dueState, stageDeadline } from '@ntm/domain/tips/deadlines';
import { nextStatuses, type TipStatus } from '@ntm/domain/tips/workflow';

/**
 * A tip as a GeoJSON Feature (geometry null when only an address or business is known), with
 * the deadline of its stage, whether that is near or past, and the steps it may take next.
 */
export function tipFeature(row: TipRow, now: Date, rules: DeadlineRules) {
  const status = row.status as TipStatus;
  const deadline = stageDeadline(
    {
      receivedAt: new Date(row.receivedAt),
      status,
      extendedUntil: row.extendedUntil ? new Date(row.extendedUntil) : null,
    },
    rules,
  );
  const { lngLat, createdBy: _createdBy, ...properties } = row;
  return {
    type: 'Feature' as const,
    id: row.id,
    geometry: lngLat ? { type: 'Point' as const, coordinates: lngLat } : null,
    properties: {
      ...properties,
      deadline: deadline?.toISOString() ?? null,
      due: deadline ? dueState(deadline, now, rules) : null,
      next: nextStatuses[status],
    },
  };
}

export type TipFeature = ReturnType<typeof tipFeature>;
