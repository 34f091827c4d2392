import type { tipCategories, tipChannels, tipStatuses } from '@ntm/db/schema/values';
import type { InferRequestType } from 'hono/client';
import { allPages, cursorQuery } from './all-pages';
import { answer, api, type Body } from './api';
import { idParam } from './id-param';

// Tips for the police (and intake by culture and village heads): the list with deadlines, one
// tip with its steps, the workflow, the reporter (audited), duplicates and indicator đ.

export type TipStatus = (typeof tipStatuses)[number];
export type TipChannel = (typeof tipChannels)[number];
export type TipCategory = (typeof tipCategories)[number];

const tip = api.tips[':id'];

export type Tip = Body<typeof api.tips.$get>['features'][number];
export type TipProperties = Tip['properties'];
export type DueState = NonNullable<TipProperties['due']>;
export type TipEvent = Body<typeof tip.$get>['events'][number];
export type TipSummary = Body<typeof api.tips.summary.$get>;
export type DuplicateCandidate = Body<typeof tip.duplicates.$get>['candidates'][number];
export type NewTip = InferRequestType<typeof api.tips.$post>['json'];
export type Reporter = NonNullable<Body<typeof tip.reporter.$get>['reporter']>;
export type TipStep = InferRequestType<(typeof tip)['transitions']['$post']>['json'];

/** The list's query: filters, a page (`limit`, `cursor`), or `tiledAbove` for the map's layer. */
export type TipListQuery = InferRequestType<typeof api.tips.$get>['query'];
export type TipList = Body<typeof api.tips.$get>;
export type TipPage = Extract<TipList, { numberReturned: number }>;

export const tipClient = {
  /** The tips the query keeps: one page of `limit` when it names one, else every page. */
  list: (query: TipListQuery = {}) =>
    query.limit
      ? answer(api.tips.$get({ query }))
      : allPages(
          (cursor) => answer(api.tips.$get({ query: { ...query, ...cursorQuery(cursor) } })),
          'features',
        ),
  /** Where the tips' vector tiles are now (TileJSON), for a layer too large to send whole. */
  tileJson: () => answer(api.tiles[':layer'].$get({ param: { layer: 'tips' }, query: {} })),
  get: (id: number) => answer(tip.$get(idParam(id))),
  summary: (year: number) => answer(api.tips.summary.$get({ query: { year: String(year) } })),
  create: (body: NewTip) => answer(api.tips.$post({ json: body })),
  move: (id: number, step: TipStep) =>
    answer(tip.transitions.$post({ ...idParam(id), json: step })),
  extend: (id: number, reason: string) =>
    answer(tip.extension.$post({ ...idParam(id), json: { reason } })),
  reporter: (id: number) => answer(tip.reporter.$get(idParam(id))),
  duplicates: (id: number) => answer(tip.duplicates.$get(idParam(id))),
  linkDuplicate: (id: number, of: number) =>
    answer(tip['duplicate-of'].$put({ ...idParam(id), json: { of } })),
  unlinkDuplicate: (id: number) => answer(tip['duplicate-of'].$delete(idParam(id))),
};

export type TipClient = typeof tipClient;

const violation = api['online-violations'];
export type OnlineViolation = Body<typeof violation.$get>['violations'][number];
export type TakedownStatus = OnlineViolation['takedownStatus'];
export type NewOnlineViolation = InferRequestType<typeof violation.$post>['json'];

export const onlineViolationClient = {
  /** A page of `limit`, newest first: the first, or the one after `cursor`. */
  list: (limit = 10, cursor?: string) =>
    answer(violation.$get({ query: { limit: String(limit), ...cursorQuery(cursor) } })),
  create: (body: NewOnlineViolation) => answer(violation.$post({ json: body })),
  setTakedown: (id: number, status: TakedownStatus) =>
    answer(violation[':id'].$patch({ ...idParam(id), json: { status } })),
};

export type OnlineViolationClient = typeof onlineViolationClient;

export type Attachment = Body<(typeof tip)['attachments']['$get']>['attachments'][number];
export type TipAddition = Body<(typeof tip)['additions']['$get']>['additions'][number];

/** Photos and PDFs of a tip, and what a citizen added through the public form's code. */
export const tipFilesClient = {
  attachments: (tipId: number) => answer(tip.attachments.$get(idParam(tipId))),
  additions: (tipId: number) => answer(tip.additions.$get(idParam(tipId))),
  upload(tipId: number, files: readonly File[]) {
    const form = new FormData();
    for (const file of files) form.append('files', file);
    return answer(tip.attachments.$post(idParam(tipId), { init: { body: form } }));
  },
};

export type TipFilesClient = typeof tipFilesClient;
