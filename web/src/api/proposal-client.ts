import type { InferRequestType } from 'hono/client';
import { allPages, cursorQuery } from './all-pages';
import { answer, api, type Body } from './api';
import { invalidAnswer } from './api-error';
import { idParam } from './id-param';

// Writes to the registry and the proposal queue. A village head's write answers 202 with a
// proposal; police and culture write directly (201/200) and decide proposals.

type NewBusiness = InferRequestType<typeof api.businesses.$post>['json'];
type BusinessChange = InferRequestType<(typeof api.businesses)[':id']['$patch']>['json'];

/** What a village head fills in for a business (the API's own field names). */
export type BusinessDraft = NewBusiness['properties'];

export type Proposal = Body<typeof api.proposals.$get>['proposals'][number];
export type ProposalStatus = Proposal['status'];
export type ProposedBusiness = NonNullable<Proposal['after']>;

const point = (lngLat: [number, number]) => ({ type: 'Point' as const, coordinates: lngLat });

/** A village head's write is filed as a proposal (202); a direct write (201/200) is not one. */
function asProposal(body: Body<typeof api.businesses.$post> | Proposal): Proposal {
  if ('action' in body) return body;
  throw invalidAnswer('/api/businesses', 201);
}

export const proposalClient = {
  /** A village head's new business (answers with the proposal). */
  proposeNew: (lngLat: [number, number], draft: BusinessDraft) =>
    answer(
      api.businesses.$post({
        json: { type: 'Feature', geometry: point(lngLat), properties: draft },
      }),
    ).then(asProposal),
  /** A change to a business: new fields and/or a new position. */
  proposeChange: (
    id: number | string,
    change: { lngLat?: [number, number]; properties?: BusinessChange['properties'] },
  ) =>
    answer(
      api.businesses[':id'].$patch({
        ...idParam(id),
        json: {
          ...(change.lngLat ? { geometry: point(change.lngLat) } : {}),
          ...(change.properties ? { properties: change.properties } : {}),
        },
      }),
    ).then(asProposal),
  /** The whole review queue, page after page. */
  list: (status?: ProposalStatus) =>
    allPages(
      (cursor) => answer(api.proposals.$get({ query: { status, ...cursorQuery(cursor) } })),
      'proposals',
    ),
  approve: (id: number) => answer(api.proposals[':id'].approve.$post(idParam(id))),
  reject: (id: number, reason: string) =>
    answer(api.proposals[':id'].reject.$post({ ...idParam(id), json: { reason } })),
};

export type ProposalClient = typeof proposalClient;
