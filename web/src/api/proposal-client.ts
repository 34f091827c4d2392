import type { Point } from 'geojson';
import type { BusinessStatus, BusinessType, OpeningHours } from './geo-types';
import { send } from './send';

export { WriteRefused } from './send';

// Writes to the registry and the proposal queue. A village head's write answers 202 with a
// proposal; police and culture write directly (201/200) and decide proposals.

/** What a village head fills in for a business (the API's own field names). */
export interface BusinessDraft {
  name: string;
  type: BusinessType;
  address: string;
  owner?: string | null;
  phone?: string | null;
  licensedTrade?: string | null;
  status?: BusinessStatus;
}

export interface ProposedBusiness {
  type: 'Feature';
  geometry: Point;
  properties: {
    name: string;
    type: BusinessType;
    address: string;
    licensedTrade: string | null;
    licenceNumber: string | null;
    owner: string | null;
    phone: string | null;
    openingHours: OpeningHours | null;
    status: BusinessStatus;
    reviewedAt: string | null;
  };
}

export type ProposalStatus = 'pending' | 'approved' | 'rejected';

export interface Proposal {
  id: number;
  action: 'create' | 'update' | 'delete';
  status: ProposalStatus;
  businessId: number | null;
  village: { id: number; name: string };
  proposedBy: { id: number; displayName: string };
  proposedAt: string;
  before: ProposedBusiness | null;
  after: ProposedBusiness | null;
  changed: string[];
  decidedBy: { id: number; displayName: string } | null;
  decidedAt: string | null;
  reason: string | null;
}

const point = (lngLat: [number, number]): Point => ({ type: 'Point', coordinates: lngLat });

export const proposalClient = {
  /** A village head's new business (answers with the proposal). */
  proposeNew(lngLat: [number, number], draft: BusinessDraft) {
    return send<Proposal>('POST', '/businesses', {
      type: 'Feature',
      geometry: point(lngLat),
      properties: draft,
    });
  },
  /** A change to a business: new fields and/or a new position. */
  proposeChange(
    id: number | string,
    change: { lngLat?: [number, number]; properties?: Partial<BusinessDraft> },
  ) {
    return send<Proposal>('PATCH', `/businesses/${id}`, {
      ...(change.lngLat ? { geometry: point(change.lngLat) } : {}),
      ...(change.properties ? { properties: change.properties } : {}),
    });
  },
  list(status?: ProposalStatus) {
    return send<{ proposals: Proposal[] }>(
      'GET',
      status ? `/proposals?status=${status}` : '/proposals',
    );
  },
  approve(id: number) {
    return send<Proposal>('POST', `/proposals/${id}/approve`);
  },
  reject(id: number, reason: string) {
    return send<Proposal>('POST', `/proposals/${id}/reject`, { reason });
  },
};

export type ProposalClient = typeof proposalClient;
