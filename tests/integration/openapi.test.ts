// The API's OpenAPI 3.1 document, its reference page and the OGC service's OpenAPI 3.0
// definition: every validated input of every route is in the document (read off the routes, not
// listed), both documents are valid OpenAPI, the page passes the Content-Security-Policy, and
// the documented media types are what the routes send.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { yearQuery } from '@ntm/api/lib/plan-year';
import { checkedInputOf, validate } from '@ntm/api/lib/validate';
import { answers } from '@ntm/api/openapi/answers';
import { inputSchema } from '@ntm/api/openapi/json-schema';
import { openApiPath } from '@ntm/api/openapi/route-table';
import { idPath } from '@ntm/api/schemas/geojson';
import { validate as validateOpenApi } from '@scalar/openapi-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/browser';
import { cspViolations, watchCspViolations } from '../helpers/csp-violations';
import { staffApps, testApp } from '../helpers/test-app';
import { startTestServer } from '../helpers/test-server';

type Parameter = { name: string; in: string };
type Operation = {
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: { properties?: object } }> };
  responses: Record<string, { content?: Record<string, unknown> }>;
  'x-roles': string[];
};
type ApiDoc = { paths: Record<string, Record<string, Operation>> };

const { app } = testApp({ as: null });
// A route added with validate(), as any new route would be: the document must show it unasked.
app.get(
  '/api/probe-for-openapi/:id',
  validate('param', idPath),
  validate('query', yearQuery),
  (c) => c.json({}),
);
const staff = staffApps();

let apiDoc: ApiDoc;
beforeAll(async () => {
  const response = await app.request('/api/openapi.json');
  expect(response.status).toBe(200);
  apiDoc = (await response.json()) as ApiDoc;
});

/** Paths whose parameters differ only in name (`/{file}`, `/{id}`) are one path of the document. */
const template = (path: string) => path.replace(/\{[^}]+\}/g, '{}');
const operationOf = (method: string, honoPath: string) => {
  const wanted = template(openApiPath(honoPath).path);
  const path = Object.keys(apiDoc.paths).find((p) => template(p) === wanted);
  return path === undefined ? undefined : apiDoc.paths[path]?.[method.toLowerCase()];
};

/** The keys of an object schema: what the document must list for that input. */
const keysOf = (schema: Parameters<typeof inputSchema>[0]) =>
  Object.keys(inputSchema(schema).properties ?? {});

describe('GET /api/openapi.json', () => {
  it('describes every validated input of every route, without a session', () => {
    let checked = 0;
    for (const route of app.routes) {
      const input = checkedInputOf(route.handler);
      if (!input || !route.path.startsWith('/api/')) continue;
      const operation = operationOf(route.method, route.path);
      expect(operation, `${route.method} ${route.path}`).toBeDefined();
      const keys = keysOf(input.schema);
      if (input.target === 'param' || input.target === 'query') {
        const place = input.target === 'param' ? 'path' : 'query';
        const names = (operation?.parameters ?? [])
          .filter((p) => p.in === place)
          .map((p) => p.name);
        // A path merged with another of the same shape keeps the first one's names.
        const merged = !(openApiPath(route.path).path in apiDoc.paths);
        expect(names, `${route.method} ${route.path} ${place}`).toEqual(
          merged ? expect.any(Array) : expect.arrayContaining(keys),
        );
        expect(names.length).toBeGreaterThanOrEqual(keys.length);
      } else {
        const type = input.target === 'json' ? 'application/json' : 'multipart/form-data';
        const properties = operation?.requestBody?.content[type]?.schema.properties ?? {};
        expect(Object.keys(properties), `${route.method} ${route.path} body`).toEqual(
          expect.arrayContaining(keys),
        );
      }
      checked += 1;
    }
    expect(checked).toBeGreaterThan(80);
    const probe = apiDoc.paths['/api/probe-for-openapi/{id}']?.get;
    expect(probe?.parameters?.map((p) => `${p.in} ${p.name}`)).toEqual(['path id', 'query year']);
  });

  it('has one operation for every API route, with its roles', () => {
    const routes = new Set(
      app.routes
        .filter((r) => r.method !== 'ALL' && r.path.startsWith('/api/') && !r.path.includes('*'))
        .map((r) => `${r.method} ${r.path}`),
    );
    for (const key of routes) {
      const [method = '', path = ''] = key.split(' ');
      expect(operationOf(method, path)?.['x-roles'], key).toBeDefined();
    }
    expect(operationOf('GET', '/api/tips/:id/reporter')?.['x-roles']).toEqual(['police']);
    expect(operationOf('GET', '/api/openapi.json')?.['x-roles']).toEqual(['public']);
  });

  it('lists media types only for routes that exist', () => {
    const routes = new Set(app.routes.map((r) => `${r.method} ${r.path}`));
    expect(Object.keys(answers).filter((key) => !routes.has(key))).toEqual([]);
  });

  it('is valid OpenAPI 3.1', async () => {
    const result = await validateOpenApi(apiDoc as never);
    expect(result.errors).toEqual([]);
    expect(result.version).toBe('3.1');
  });

  it('says the media type each GET answers with', async () => {
    const apps = {
      police: staff.police,
      culture: staff.culture,
      health: staff.health,
      leadership: staff.leadership,
      admin: staff.admin,
    };
    const checked: string[] = [];
    for (const [path, item] of Object.entries(apiDoc.paths)) {
      const operation = item.get;
      if (!operation || path.includes('{') || path.startsWith('/api/probe')) continue;
      const [role] = operation['x-roles'];
      const caller =
        role === 'public'
          ? { request: (p: string) => app.request(p) }
          : apps[(role === 'signed-in' ? 'police' : role) as keyof typeof apps];
      if (!caller) continue;
      const response = await caller.request(path);
      await response.arrayBuffer();
      if (response.status !== 200) continue;
      const type = (response.headers.get('content-type') ?? '').split(';')[0]?.trim() ?? '';
      expect(Object.keys(operation.responses['200']?.content ?? {}), path).toContain(type);
      checked.push(path);
    }
    expect(checked.length).toBeGreaterThan(30);
  });
});

describe('GET /ogc/api', () => {
  it('is valid OpenAPI 3.0, linked from the landing page, with a path per collection', async () => {
    const landing = (await (await app.request('http://localhost/ogc')).json()) as {
      links: Array<{ rel: string; href: string; type: string }>;
    };
    const desc = landing.links.find((l) => l.rel === 'service-desc');
    expect(desc?.type).toBe('application/vnd.oai.openapi+json;version=3.0');
    const response = await app.request(desc?.href ?? '');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(desc?.type);
    const ogc = (await response.json()) as ApiDoc & { servers: Array<{ url: string }> };
    const result = await validateOpenApi(ogc as never);
    expect(result.errors).toEqual([]);
    expect(result.version).toBe('3.0');
    expect(ogc.servers[0]?.url).toBe('http://localhost/ogc');
    const tips = ogc.paths['/collections/tips/items']?.get;
    expect(
      tips?.parameters?.map((p) => ('$ref' in p ? String(p.$ref).split('/').pop() : p.name)),
    ).toEqual([
      'limit',
      'offset',
      'bbox',
      'bbox-crs',
      'crs',
      'datetime',
      'f',
      'status',
      'channel',
      'category',
    ]);
    const conformance = (await (await app.request('/ogc/conformance')).json()) as {
      conformsTo: string[];
    };
    expect(conformance.conformsTo).toContain(
      'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30',
    );
    const doc = landing.links.find((l) => l.rel === 'service-doc');
    const page = await app.request(doc?.href ?? '');
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await page.text()).toContain('/collections/tips/items');
  });
});

describe('GET /api/docs', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  const folder = mkdtempSync(join(tmpdir(), 'ntm-openapi-web-'));
  beforeAll(async () => {
    writeFileSync(join(folder, 'index.html'), '<!doctype html><title>web</title>');
    server = await startTestServer({ webDist: folder });
  });
  afterAll(async () => {
    await server.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('lists every operation, readable without signing in', async () => {
    const response = await app.request('/api/docs');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await response.text();
    const operations = Object.values(apiDoc.paths).reduce(
      (n, item) => n + Object.keys(item).length,
      0,
    );
    expect(html.match(/<article class="op"/g)?.length).toBe(operations);
    expect(html).not.toMatch(/<script|<link /);
    for (const path of ['/api/tips/{id}/transitions', '/api/businesses', '/api/imports']) {
      expect(html).toContain(`<code class="path">${path}</code>`);
    }
  });

  it('shows in Chromium on a phone without a policy violation or a sideways scroll', async () => {
    const browser = await launchChromium();
    try {
      watchCspViolations(browser);
      const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
      const page = await context.newPage();
      for (const path of ['/api/docs', '/ogc/api.html']) {
        const response = await page.goto(`${server.url}${path}`);
        expect(response?.status()).toBe(200);
        // The inline style applied (allowed by its hash): the operations are cards.
        const radius = await page.$eval('.op', (el) => getComputedStyle(el).borderTopLeftRadius);
        expect(radius).toBe('6px');
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
          360,
        );
      }
      expect(cspViolations(browser)).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
