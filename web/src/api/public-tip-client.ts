import type { tipCategories } from '@ntm/db/schema/values';
import type { MultiPolygon, Point, Polygon } from 'geojson';
import { z } from 'zod';
import { retryAfterSeconds } from './retry-after';

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

/** Why a call failed: no answer, or the API's refusal (with how long to wait when limited). */
export type PublicFailure =
  | { kind: 'network' }
  | {
      kind: 'http';
      status: number;
      code: string | null;
      message: string | null;
      retryAfterSeconds: number | null;
    };

export type Outcome<T> = { ok: true; value: T } | { ok: false; failure: PublicFailure };

const statusSchema = z.object({
  status: z.enum(['received', 'checking', 'handled', 'transferred', 'closed']),
  statusText: z.string(),
  receivedAt: z.string(),
  updatedAt: z.string(),
});
export type PublicTipStatus = z.infer<typeof statusSchema>;
export type PublicStatus = PublicTipStatus['status'];

const communeSchema = z.object({
  type: z.literal('Feature'),
  geometry: z.custom<Polygon | MultiPolygon>(
    (g) =>
      typeof g === 'object' &&
      g !== null &&
      'type' in g &&
      (g.type === 'Polygon' || g.type === 'MultiPolygon'),
  ),
  properties: z.object({
    name: z.string(),
    bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]),
  }),
});
export type PublicCommune = z.infer<typeof communeSchema>;

const villagesSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.object({
      type: z.literal('Feature'),
      geometry: communeSchema.shape.geometry,
      properties: z.object({ name: z.string() }),
    }),
  ),
});
export type PublicVillages = z.infer<typeof villagesSchema>;

const errorSchema = z.object({ error: z.object({ code: z.string(), message: z.string() }) });

function failureOf(status: number, body: unknown, retryAfter: string | null): PublicFailure {
  const parsed = errorSchema.safeParse(body);
  return {
    kind: 'http',
    status,
    code: parsed.success ? parsed.data.error.code : null,
    message: parsed.success ? parsed.data.error.message : null,
    retryAfterSeconds: retryAfterSeconds(retryAfter, Date.now()),
  };
}

const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
};

async function call<T>(
  path: string,
  schema: z.ZodType<T>,
  init?: RequestInit,
): Promise<Outcome<T>> {
  let response: Response;
  try {
    response = await fetch(`/api${path}`, { credentials: 'same-origin', ...init });
  } catch {
    return { ok: false, failure: { kind: 'network' } };
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    return {
      ok: false,
      failure: failureOf(response.status, body, response.headers.get('retry-after')),
    };
  }
  const parsed = schema.safeParse(body);
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, failure: failureOf(response.status, null, null) };
}

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

export const publicTipClient = {
  /** Sends the tip; `onProgress` gets the share of the body sent so far (0 to 1). */
  file(form: PublicTipForm, onProgress: (share: number) => void): Promise<Outcome<string>> {
    const { body, json } = encode(form);
    return new Promise((resolve) => {
      const request = new XMLHttpRequest();
      request.open('POST', '/api/public/tips');
      if (json) request.setRequestHeader('Content-Type', 'application/json');
      request.upload.onprogress = (event) => {
        if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
      };
      request.onerror = () => resolve({ ok: false, failure: { kind: 'network' } });
      request.onload = () => {
        const answer = parseJson(request.responseText);
        const code = z.object({ trackingCode: z.string() }).safeParse(answer);
        if (request.status === 201 && code.success) {
          resolve({ ok: true, value: code.data.trackingCode });
        } else {
          resolve({
            ok: false,
            failure: failureOf(request.status, answer, request.getResponseHeader('retry-after')),
          });
        }
      };
      request.send(body);
    });
  },
  status: (code: string) =>
    call(`/public/tips/${encodeURIComponent(code.trim())}`, statusSchema, { cache: 'no-store' }),
  addInformation: (code: string, text: string) =>
    call(
      `/public/tips/${encodeURIComponent(code.trim())}/additions`,
      z.object({ added: z.literal(true) }),
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ text }),
      },
    ),
  commune: (signal?: AbortSignal) => call('/public/commune', communeSchema, { signal }),
  villages: (signal?: AbortSignal) => call('/public/villages', villagesSchema, { signal }),
};

export type PublicTipClient = typeof publicTipClient;
