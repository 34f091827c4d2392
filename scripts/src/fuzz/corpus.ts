// One fuzz request from the run's seed and its position: which route, as whom, with what path,
// query, headers and body. The first pass walks the whole route × role matrix; after it, routes
// are drawn at random and mostly sent as a role they admit (so they reach their code).
import { Random } from '@ntm/solver/random';
import { badDates } from './bad-values';
import { type ExampleBody, exampleFor } from './examples';
import type { IdPools } from './id-pools';
import { poolOf } from './id-pools';
import { type JsonMutation, jsonMutations, mutateJson } from './mutate-json';
import { type FuzzRole, type FuzzRoute, fuzzRoles } from './route-table';

export type FuzzRequest = {
  route: FuzzRoute;
  role: FuzzRole;
  method: string;
  /** Path and query, as sent. */
  url: string;
  headers: Record<string, string>;
  body?: string | FormData;
  /** What was done to the valid request: `json:nul`, `query:bad-date`, `envelope:content-type`… */
  mutation: string;
  /** Read the answer's first bytes only, then cancel it, as a client that goes away does. */
  abandon?: boolean;
};

/** Values of a path parameter: unknown, malformed or unstorable ids. */
const junkIds = [
  '0',
  '-1',
  '1.5',
  '1e3',
  '999999999',
  '2147483648',
  '9007199254740993',
  '99999999999999999999999',
  'abc',
  '%00',
  '%ED%A0%80',
  '%C0%AF',
  '%25',
  '..%2F..%2Fetc',
  '%20%201',
  'null',
  'NaN',
  '0x1F',
  'ĐĐ',
  'a'.repeat(300),
];
/** Values of a query parameter. */
const junkQueryValues = [
  ...badDates,
  'NaN',
  'Infinity',
  '-Infinity',
  '1e309',
  '-1',
  '0',
  '99999999999999999999',
  '1,2,3',
  'NaN,NaN,NaN,NaN',
  '180,90,-180,-90',
  '-181,-91,181,91',
  '106.2,20.7,106.2,20.7',
  '',
  ' ',
  '%00',
  '%ED%A0%80',
  '%FF%FE',
  '%uD800',
  "'--",
  'x'.repeat(10_000),
  'tips,violations',
  'karaoke,,massage',
  'docx',
  'exe',
  '2026-Q5',
  '2026-H3',
  '0000-Q1',
];
const contentTypes = [
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data',
  'multipart/form-data; boundary=x',
  'application/xml',
  'application/json; charset=utf-16',
  'APPLICATION/JSON',
  'application/geo+json',
  'application/octet-stream',
  '',
];
const methods = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD'];
const exportFormats = ['geojson', 'csv', 'kml', 'kmz', 'xlsx', 'gpkg', 'shp.zip', 'exe', ''];
const envelopeMutations = [
  'content-type',
  'empty-body',
  'method',
  'origin',
  'bearer',
  'cookie',
  'request-id',
  'abandon',
] as const;

/** Shares of the kinds of request after the matrix pass (they add up to 1). */
const shares = { valid: 0.15, json: 0.5, query: 0.1, path: 0.1, envelope: 0.15 };

/**
 * Accounts are fuzzed by id only when the run made them (id-pools.ts): no junk id here may read
 * as a number (` 1`, `0x1F` and `1e3` do), lest it reset or deactivate a demo account.
 */
function readsAs(id: string): number {
  try {
    return Number(decodeURIComponent(id));
  } catch {
    return Number.NaN; // not valid percent-encoded UTF-8
  }
}
const junkAccountIds = junkIds.filter((id) => {
  const value = readsAs(id);
  return !Number.isSafeInteger(value) || value > 1e6 || value <= 0;
});

function fillPath(route: FuzzRoute, pools: IdPools, random: Random, junk: boolean): string {
  const accounts = poolOf(route.path) === 'users';
  return route.path.replace(/:(\w+)(\{[^}]*\})?/g, (_, name: string, pattern?: string) => {
    if (junk && random.chance(0.8)) return random.pick(accounts ? junkAccountIds : junkIds);
    if (name === 'file' && pattern?.includes('gpx')) {
      return `${pools.get('route-plans', (n) => random.int(n)) ?? 1}.gpx`;
    }
    if (name === 'file') {
      const layer = /\{([a-z-]+)\\\./.exec(pattern ?? '')?.[1] ?? random.pick(['roads', 'users']);
      // Mostly the fast formats: GeoPackage and Shapefile run ogr2ogr.
      const format = random.chance(0.85)
        ? random.pick(['geojson', 'csv', 'kml', 'xlsx'])
        : random.pick(exportFormats);
      const crs = random.chance(0.2)
        ? `?crs=${random.pick(['EPSG:9210', 'EPSG:4326', 'EPSG:1', 'x'])}`
        : '';
      return `${layer}.${format}${crs}`;
    }
    const id = pools.get(poolOf(route.path), (n) => random.int(n));
    if (id !== undefined) return encodeURIComponent(String(id));
    return accounts ? '999999999' : String(random.pick([1, 999999999]));
  });
}

function formData(
  fields: Record<string, string | { name: string; type: string; bytes: Uint8Array }>,
) {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) {
    if (typeof value === 'string') form.append(key, value);
    else
      form.append(key, new Blob([Uint8Array.from(value.bytes)], { type: value.type }), value.name);
  }
  return form;
}

function mutatedForm(
  fields: Record<string, string | { name: string; type: string; bytes: Uint8Array }>,
  random: Random,
) {
  const copy = { ...fields };
  const key = random.pick(Object.keys(copy));
  const current = copy[key];
  if (typeof current === 'string') {
    copy[key] = random.pick([
      '',
      '\u0000',
      'villages',
      'x'.repeat(5000),
      '\ud800',
      ...badDates.slice(0, 3),
    ]);
  } else if (current) {
    const bytes = random.pick([
      new Uint8Array(0),
      current.bytes.slice(0, Math.max(1, current.bytes.length >> 1)),
      new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>1</script></svg>'),
      new TextEncoder().encode('%PDF-1.4\n%%EOF'),
      Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]),
    ]);
    copy[key] = {
      name: random.pick([current.name, '', '../../x.png', 'a\u0000.png', `${'x'.repeat(300)}.png`]),
      type: random.pick([current.type, 'image/svg+xml', 'application/x-msdownload', '']),
      bytes,
    };
  }
  if (random.chance(0.3)) copy[random.pick(['extra', 'kind', 'files', '__proto__'])] = 'x';
  return formData(copy);
}

/** The body's text or form, with its content type, for a JSON or form example. */
function bodyOf(example: ExampleBody | undefined, mutation: JsonMutation, random: Random) {
  if (example?.kind === 'form') {
    return mutation === 'none'
      ? { body: formData(example.fields) }
      : { body: mutatedForm(example.fields, random) };
  }
  return {
    body: mutateJson(example?.value ?? {}, mutation, random),
    contentType: 'application/json',
  };
}

function queryString(query: Record<string, string>, random: Random, junk: boolean) {
  const entries = Object.entries(query);
  if (junk) {
    const keys = [...entries.map(([k]) => k), 'from', 'to', 'on', 'year', 'bbox', 'limit', 'x'];
    const key = random.pick(keys);
    const value = random.pick(junkQueryValues);
    // Raw: a junk value may be a percent escape on purpose.
    const raw = /%[0-9A-Fa-fu]/.test(value) ? value : encodeURIComponent(value);
    const kept = entries.filter(([k]) => k !== key || random.chance(0.3)); // sometimes twice
    const text = [...kept.map(([k, v]) => `${k}=${encodeURIComponent(v)}`), `${key}=${raw}`];
    return `?${text.join('&')}`;
  }
  return entries.length === 0 ? '' : `?${new URLSearchParams(query).toString()}`;
}

export type CorpusContext = {
  seed: number;
  routes: FuzzRoute[];
  pools: IdPools;
  /** The origin a browser would send (the server's own). */
  origin: string;
};

/** The `index`-th request of the run: the same seed and index give the same request. */
export function planRequest(index: number, context: CorpusContext): FuzzRequest {
  const { routes, pools } = context;
  const random = Random.of(context.seed, 'fuzz', index);
  const matrixSize = routes.length * fuzzRoles.length;
  let route: FuzzRoute;
  let role: FuzzRole;
  if (index < matrixSize) {
    route = routes[index % routes.length] as FuzzRoute;
    role = fuzzRoles[Math.floor(index / routes.length)] as FuzzRole;
  } else {
    route = random.pick(routes);
    role =
      route.admitted.length > 0 && random.chance(0.85)
        ? random.pick(route.admitted)
        : random.pick(fuzzRoles);
  }
  const kind = random.weighted(shares);
  const example = exampleFor(route.key, {
    random,
    id: (pool) => Number(pools.get(pool, (n) => random.int(n)) ?? 999999),
    serial: index,
  });
  let method = route.method;
  const headers: Record<string, string> = { origin: context.origin };
  const path = fillPath(route, pools, random, kind === 'path');
  const query = queryString(example.query ?? {}, random, kind === 'query');
  let mutation = kind === 'valid' ? 'valid' : kind;
  let body: string | FormData | undefined;
  let abandon = false;
  const hasBody = method !== 'GET' && method !== 'HEAD';
  if (hasBody) {
    const jsonMutation: JsonMutation =
      kind === 'json' ? random.pick(jsonMutations.filter((m) => m !== 'none')) : 'none';
    if (kind === 'json') mutation = `json:${jsonMutation}`;
    const made = bodyOf(example.body, jsonMutation, random);
    body = made.body;
    if (made.contentType) headers['content-type'] = made.contentType;
  }
  if (kind === 'envelope') {
    // A GET or HEAD carries no body (fetch refuses one): only its headers are changed.
    const envelope = random.pick(
      hasBody
        ? envelopeMutations
        : envelopeMutations.filter((e) => e !== 'content-type' && e !== 'empty-body'),
    );
    mutation = `envelope:${envelope}`;
    switch (envelope) {
      case 'content-type': {
        const type = random.pick(contentTypes);
        if (type === '') delete headers['content-type'];
        else headers['content-type'] = type;
        body ??= JSON.stringify({ a: 1 });
        if (body instanceof FormData) body = 'a=1&b=%00';
        break;
      }
      case 'empty-body':
        body = '';
        break;
      case 'method':
        method = random.pick(methods.filter((m) => m !== route.method));
        if (method === 'GET' || method === 'HEAD') body = undefined;
        else body ??= '{}';
        break;
      case 'origin':
        if (random.chance(0.5)) delete headers.origin;
        else headers.origin = random.pick(['http://evil.example', 'null', 'http://localhost:1']);
        break;
      case 'bearer':
        headers.authorization = random.pick([
          'Bearer x',
          `Bearer ${'a'.repeat(64)}`,
          `Bearer ${'b'.repeat(300)}`,
          'Basic YWRtaW46ZGVtby0yMDI2',
          'Bearer',
        ]);
        break;
      case 'cookie':
        headers.cookie = random.pick([
          'ntm_session=x',
          `ntm_session=${'a'.repeat(43)}`,
          'ntm_session=',
          '; ; =',
          `a=${'z'.repeat(4000)}`,
        ]);
        break;
      case 'abandon':
        abandon = true;
        break;
      case 'request-id':
        headers['x-request-id'] = random.pick([
          'x'.repeat(500),
          "'; drop",
          'ünïcødé',
          '../../',
          '',
        ]);
        break;
    }
  }
  return {
    route,
    role,
    method,
    url: `${path}${query}`,
    headers,
    body,
    mutation,
    ...(abandon ? { abandon } : {}),
  };
}

/** How many of the matrix pass's requests a run of `n` covers (for the summary). */
export const matrixSizeOf = (routes: FuzzRoute[]) => routes.length * fuzzRoles.length;
