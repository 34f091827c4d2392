// GET /api/openapi.json and GET /api/docs: the API's contract, readable without signing in (it
// tells what the routes take and who may call them, which the repository says already, and no
// data). Built from the composed app's routes at the first request, when all are registered.
import { Hono } from 'hono';
import type { AppEnv } from '../lib/app-env';
import { apiDocument } from './api-document';
import { referencePage, referencePolicy } from './reference-page';
import type { AppRoute } from './route-table';

/** The document's address, as the reference page links it. */
export const apiDocumentPath = '/api/openapi.json';

export function openApiRoutes(routes: () => readonly AppRoute[]) {
  let built: { json: string; html: string } | null = null;
  const documents = () => {
    if (built) return built;
    const document = apiDocument(routes());
    built = { json: JSON.stringify(document), html: referencePage(document, apiDocumentPath) };
    return built;
  };
  return new Hono<AppEnv>()
    .get('/openapi.json', (c) =>
      c.body(documents().json, 200, {
        'Content-Type': 'application/json; charset=utf-8',
        'Cache-Control': 'public, max-age=3600',
      }),
    )
    .get('/docs', (c) =>
      c.html(documents().html, 200, {
        'Content-Security-Policy': referencePolicy,
        'Cache-Control': 'public, max-age=3600',
      }),
    );
}
