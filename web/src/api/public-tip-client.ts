import type { tipCategories } from '@ntm/db/schema/values';
import type { Point } from 'geojson';
import { answer, api, type Body, settle, withSignal } from './api';
import { type ApiError, httpError, invalidAnswer, networkError, type Result } from './api-error';

// The public tip form's calls (no login): file a tip (with an upload progress, hence
// XMLHttpRequest rather than fetch), read its status by tracking code, add information, and the
// commune's outline for the map. Every call resolves to a value: the answer, or why not.

export type TipCategory = (typeof tipCategories)[number];

export interface PublicTipForm {
  description: string;
  category: TipCategory;
  location: Point | null;
  anonymous: boolean;
  contact: { name: string | null; phone: string | null } | null;
  /** The hidden field: empty unless a bot filled it in. */
  website: string;
  files: File[];
}

const publicApi = api.public;
const byCode = (code: string) => ({ param: { code: code.trim() } });

export type PublicTipStatus = Body<(typeof publicApi.tips)[':code']['$get']>;
export type PublicStatus = PublicTipStatus['status'];
export type PublicCommune = Body<typeof publicApi.commune.$get>;
export type PublicVillages = Body<typeof publicApi.villages.$get>;
export type Outcome<T> = Result<T>;
/** Why a public call failed: the one ApiError (with how long to wait when limited). */
export type PublicFailure = ApiError;

/** The form as the API takes it: JSON without files, multipart (same fields) with them. */
function encode(form: PublicTipForm): { body: string | FormData; json: boolean } {
  const fields = {
    description: form.description,
    category: form.category,
    anonymous: form.anonymous,
    ...(form.location ? { location: form.location } : {}),
    ...(!form.anonymous && form.contact ? { contact: form.contact } : {}),
    ...(form.website ? { website: form.website } : {}),
  };
  if (form.files.length === 0) return { body: JSON.stringify(fields), json: true };
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) {
    data.set(key, typeof value === 'string' ? value : JSON.stringify(value));
  }
  for (const file of form.files) data.append('files', file, file.name);
  return { body: data, json: false };
}

const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};

const trackingCodeOf = (body: unknown): string | null =>
  typeof body === 'object' && body !== null && 'trackingCode' in body
    ? String(body.trackingCode)
    : null;

export const publicTipClient = {
  /** Sends the tip; `onProgress` gets the share of the body sent so far (0 to 1). */
  file(form: PublicTipForm, onProgress: (share: number) => void): Promise<Outcome<string>> {
    const path = '/api/public/tips';
    const { body, json } = encode(form);
    return new Promise((resolve) => {
      const request = new XMLHttpRequest();
      request.open('POST', path);
      if (json) request.setRequestHeader('Content-Type', 'application/json');
      request.upload.onprogress = (event) => {
        if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
      };
      request.onerror = () => resolve({ ok: false, failure: networkError(path) });
      request.onload = () => {
        const answerBody = parseJson(request.responseText);
        const code = trackingCodeOf(answerBody);
        if (request.status === 201 && code) resolve({ ok: true, value: code });
        else if (request.status === 201) {
          resolve({ ok: false, failure: invalidAnswer(path, request.status) });
        } else {
          const retryAfter = request.getResponseHeader('retry-after');
          resolve({ ok: false, failure: httpError(path, request.status, answerBody, retryAfter) });
        }
      };
      request.send(body);
    });
  },
  status: (code: string) =>
    settle(answer(publicApi.tips[':code'].$get(byCode(code), { init: { cache: 'no-store' } }))),
  addInformation: (code: string, text: string) =>
    settle(answer(publicApi.tips[':code'].additions.$post({ ...byCode(code), json: { text } }))),
  commune: (signal?: AbortSignal) =>
    settle(answer(publicApi.commune.$get(undefined, withSignal(signal)))),
  villages: (signal?: AbortSignal) =>
    settle(answer(publicApi.villages.$get(undefined, withSignal(signal)))),
};

export type PublicTipClient = typeof publicTipClient;
