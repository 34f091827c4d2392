import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { checkedByHand, validate } from '../lib/validate';
import { apiDocument } from './api-document';
import { openApiPath, operationsOf } from './route-table';

describe('openApiPath', () => {
  it.each([
    ['/api/tips', '/api/tips', []],
    ['/api/tips/:id', '/api/tips/{id}', [{ name: 'id' }]],
    ['/api/public/tips/:code/additions', '/api/public/tips/{code}/additions', [{ name: 'code' }]],
    [
      '/api/route-plans/:file{[0-9]+\\.gpx}',
      '/api/route-plans/{file}',
      [{ name: 'file', pattern: '^[0-9]+\\.gpx$' }],
    ],
    [
      '/ogc/collections/:collectionId/items/:featureId',
      '/ogc/collections/{collectionId}/items/{featureId}',
      [{ name: 'collectionId' }, { name: 'featureId' }],
    ],
    ['/api/things/:id?', '/api/things/{id}', [{ name: 'id' }]],
  ])('%s → %s', (hono, path, params) => {
    expect(openApiPath(hono)).toEqual({ path, params });
  });
});

describe('operationsOf', () => {
  const body = z.object({ name: z.string().min(1).max(20) });
  const app = new Hono()
    .use('/api/*', (_c, next) => next())
    .get('/api/things', validate('query', z.object({ page: z.coerce.number().int() })), (c) =>
      c.json([]),
    )
    .patch(
      '/api/things/:id',
      validate('param', z.object({ id: z.coerce.number() })),
      validate('json', body),
      (c) => c.json({}),
    )
    .post(
      '/api/things/upload',
      checkedByHand('form', z.object({ file: z.instanceof(File) })),
      (c) => c.json({}),
    )
    .get('/elsewhere', (c) => c.text(''))
    .all('/api/*', (c) => c.text('', 404));

  it('takes each method and path once, with the inputs its validators check', () => {
    const operations = operationsOf(app.routes, '/api/');
    expect(operations.map((o) => `${o.method} ${o.path} ${Object.keys(o.inputs)}`)).toEqual([
      'GET /api/things query',
      'PATCH /api/things/{id} param,json',
      'POST /api/things/upload form',
    ]);
  });

  it('turns query schemas into parameters and bodies into request bodies', () => {
    const document = apiDocument(app.routes);
    const list = document.paths['/api/things']?.get as { parameters: unknown[] };
    expect(list.parameters).toEqual([
      {
        name: 'page',
        in: 'query',
        required: true,
        schema: { type: 'integer', minimum: expect.any(Number), maximum: expect.any(Number) },
      },
    ]);
    const patch = document.paths['/api/things/{id}']?.patch as {
      parameters: Array<{ name: string; in: string }>;
      requestBody: { content: Record<string, { schema: unknown }> };
    };
    expect(patch.parameters.map((p) => `${p.in} ${p.name}`)).toEqual(['path id']);
    expect(patch.requestBody.content['application/json']?.schema).toEqual({
      type: 'object',
      properties: { name: { type: 'string', minLength: 1, maxLength: 20 } },
      required: ['name'],
    });
    const upload = document.paths['/api/things/upload']?.post as {
      requestBody: { content: Record<string, { schema: { properties: object } }> };
    };
    expect(upload.requestBody.content['multipart/form-data']?.schema.properties).toEqual({
      file: { type: 'string', contentMediaType: 'application/octet-stream' },
    });
  });
});
