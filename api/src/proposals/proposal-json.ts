import type { BusinessRecord } from '@ntm/db/queries/businesses';
import type { ProposalRow } from '@ntm/db/queries/proposals';

/** A business record as a GeoJSON Feature, as GET /api/businesses/{id} shapes it. */
function feature(record: BusinessRecord) {
  const { lngLat, ...properties } = record;
  return {
    type: 'Feature' as const,
    geometry: { type: 'Point' as const, coordinates: lngLat },
    properties,
  };
}

/** The business once the proposal is applied (null for a deletion). */
export function proposedRecord(row: Pick<ProposalRow, 'action' | 'before' | 'changes'>) {
  if (row.action === 'delete') return null;
  return { ...row.before, ...row.changes } as BusinessRecord;
}

/**
 * A proposal as the API answers it: the business before and after as Features (the map diff
 * draws both positions) and `changed`, the fields that differ, with `geometry` for a move.
 */
export function proposalJson(row: ProposalRow) {
  const after = proposedRecord(row);
  return {
    id: row.id,
    action: row.action,
    status: row.status,
    businessId: row.businessId,
    village: row.village,
    proposedBy: row.proposedBy,
    proposedAt: row.proposedAt,
    before: row.before ? feature(row.before) : null,
    after: after ? feature(after) : null,
    changed:
      row.action === 'update'
        ? Object.keys(row.changes ?? {}).map((key) => (key === 'lngLat' ? 'geometry' : key))
        : [],
    decidedBy: row.decidedBy,
    decidedAt: row.decidedAt,
    reason: row.reason,
  };
}

export type ProposalJson = ReturnType<typeof proposalJson>;
