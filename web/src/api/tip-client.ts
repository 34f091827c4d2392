import type { tipCategories, tipChannels, tipStatuses } from '@ntm/db/schema/values';
import type { Point } from 'geojson';
import { send } from './send';

// Tips for the police (and intake by culture and village heads): the list with deadlines, one
// tip with its steps, the workflow, the reporter (audited), duplicates and indicator đ.

export type TipStatus = (typeof tipStatuses)[number];
export type TipChannel = (typeof tipChannels)[number];
export type TipCategory = (typeof tipCategories)[number];
export type DueState = 'overdue' | 'due-soon' | 'on-time';

export interface TipProperties {
  id: number;
  receivedAt: string;
  channel: TipChannel;
  category: TipCategory;
  description: string;
  businessId: number | null;
  businessName: string | null;
  precisionMeters: number;
  status: TipStatus;
  address: string | null;
  duplicateOf: number | null;
  transferredTo: string | null;
  transferDocument: string | null;
  extendedUntil: string | null;
  extensionReason: string | null;
  deadline: string | null;
  due: DueState | null;
  next: TipStatus[];
}

export interface Tip {
  type: 'Feature';
  id: number;
  geometry: Point | null;
  properties: TipProperties;
}

export interface TipEvent {
  fromStatus: TipStatus | null;
  toStatus: TipStatus;
  at: string;
  user: { id: number; displayName: string } | null;
  note: string | null;
}

export interface TipSummary {
  year: number;
  received: number;
  resolved: number;
  open: number;
  overdue: number;
  dueSoon: number;
  share: number | null;
  target: number;
}

export interface DuplicateCandidate {
  id: number;
  receivedAt: string;
  category: TipCategory;
  status: TipStatus;
  businessName: string | null;
  sameBusiness: boolean;
  distanceMeters: number | null;
  textSimilarity: number;
}

export interface NewTip {
  channel: TipChannel;
  category: TipCategory;
  description: string;
  location?: Point;
  precisionMeters?: number;
  address?: string | null;
  businessId?: number;
  reporter?: { name?: string | null; phone?: string | null };
}

export interface Reporter {
  name: string | null;
  phone: string | null;
  address: string | null;
  note: string | null;
}

export const tipClient = {
  list: () => send<{ features: Tip[] }>('GET', '/tips'),
  get: (id: number) => send<Tip & { events: TipEvent[] }>('GET', `/tips/${id}`),
  summary: (year: number) => send<TipSummary>('GET', `/tips/summary?year=${year}`),
  create: (tip: NewTip) => send<Tip & { duplicates: DuplicateCandidate[] }>('POST', '/tips', tip),
  move: (
    id: number,
    step: { to: TipStatus; note: string; transferredTo?: string; documentNumber?: string },
  ) => send<Tip>('POST', `/tips/${id}/transitions`, step),
  extend: (id: number, reason: string) => send<Tip>('POST', `/tips/${id}/extension`, { reason }),
  reporter: (id: number) => send<{ reporter: Reporter | null }>('GET', `/tips/${id}/reporter`),
  duplicates: (id: number) =>
    send<{ candidates: DuplicateCandidate[] }>('GET', `/tips/${id}/duplicates`),
  linkDuplicate: (id: number, of: number) => send<Tip>('PUT', `/tips/${id}/duplicate-of`, { of }),
  unlinkDuplicate: (id: number) => send<Tip>('DELETE', `/tips/${id}/duplicate-of`),
};

export type TipClient = typeof tipClient;

export type TakedownStatus = 'not-requested' | 'requested' | 'removed' | 'refused';

export interface OnlineViolation {
  id: number;
  foundAt: string;
  platform: string;
  target: string;
  kind: 'advertising' | 'brokering';
  description: string | null;
  tipId: number | null;
  takedownStatus: TakedownStatus;
  takedownRequestedAt: string | null;
  takedownNote: string | null;
}

export const onlineViolationClient = {
  list: () => send<{ violations: OnlineViolation[] }>('GET', '/online-violations'),
  create: (v: Pick<OnlineViolation, 'platform' | 'target' | 'kind' | 'description'>) =>
    send<OnlineViolation>('POST', '/online-violations', v),
  setTakedown: (id: number, status: TakedownStatus) =>
    send<OnlineViolation>('PATCH', `/online-violations/${id}`, { status }),
};

export type OnlineViolationClient = typeof onlineViolationClient;

export interface Attachment {
  id: number;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  createdAt: string;
}

export interface TipAddition {
  at: string;
  body: string;
}

/** Photos and PDFs of a tip, and what a citizen added through the public form's code. */
export const tipFilesClient = {
  attachments: (tipId: number) =>
    send<{ attachments: Attachment[] }>('GET', `/tips/${tipId}/attachments`),
  additions: (tipId: number) =>
    send<{ additions: TipAddition[] }>('GET', `/tips/${tipId}/additions`),
  async upload(tipId: number, files: readonly File[]) {
    const form = new FormData();
    for (const file of files) form.append('files', file);
    return send<{ attachments: Attachment[] }>('POST', `/tips/${tipId}/attachments`, form);
  },
};

export type TipFilesClient = typeof tipFilesClient;
