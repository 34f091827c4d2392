// OGC API – Features at /ogc (Part 1 Core and GeoJSON, Part 2 CRS): the map's layers for QGIS,
// GDAL and any client of the standard, through the same session or Bearer token, the same access
// rules and the same row-level security as the rest of the API.
import { communeBounds } from '@ntm/db/queries/commune';
import type { InspectionRow } from '@ntm/db/queries/inspections';
import {
  findFeaturePage,
  findRecordPage,
  type ItemRow,
  type ItemsSelection,
} from '@ntm/db/queries/ogc-items';
import type { TipRow } from '@ntm/db/queries/tips';
import { nameOf, roleNames } from '@ntm/domain/catalogue/vi-names';
import { tipRules } from '@ntm/domain/tips/tip-rules';
import { type Context, Hono } from 'hono';
import { type Role, rolesSeeingOwners } from '../auth/access-rules';
import { inspectionFeature } from '../inspections/inspection-json';
import { inTransaction } from '../lib/actor';
import { ApiError } from '../lib/api-error';
import type { AppEnv } from '../lib/app-env';
import { weakTag } from '../lib/weak-etag';
import { collectionsFor, findCollection, mayRead, type OgcCollection } from '../ogc/collections';
import {
  collectionDocument,
  collectionsDocument,
  conformance,
  type Extent,
  type Link,
  landingPage,
} from '../ogc/documents';
import { type ItemsParams, itemsParams } from '../ogc/items-params';
import { ogcDocument, openApi30Type } from '../openapi/ogc-document';
import { referencePage, referencePolicy } from '../openapi/reference-page';
import { tipFeature } from '../tips/tip-json';

const geoJsonType = 'application/geo+json';

/** Where /ogc is, as the client reached it, for the documents' links. */
/** The client's origin (https behind a trusted proxy), not this server's own hop. */
const baseOf = (c: Context<AppEnv>) => `${c.get('origin')}/ogc`;

function roleOf(c: Context<AppEnv>): Role {
  const account = c.get('account');
  if (!account) throw new ApiError(401, 'unauthenticated', 'Cần đăng nhập');
  return account.role as Role;
}

/** The collection named in the path, if it exists and the caller's role reads it. */
function readableCollection(c: Context<AppEnv>): OgcCollection {
  const id = c.req.param('collectionId') ?? '';
  const collection = findCollection(id);
  if (!collection) {
    throw new ApiError(404, 'not-found', `Không có lớp "${id.slice(0, 40)}"`);
  }
  const role = roleOf(c);
  if (!mayRead(collection, role)) {
    throw new ApiError(
      403,
      'forbidden',
      `Vai trò ${nameOf(roleNames, role)} không được xem lớp ${collection.title}`,
    );
  }
  return collection;
}

async function communeExtent(c: Context<AppEnv>): Promise<Extent | null> {
  const { sql, env } = c.get('deps');
  return communeBounds(sql, env.COMMUNE_CODE);
}

/** A tip or inspection row as the layer's own GET route gives it, its geometry in the asked system. */
function featureOfRow(collection: OgcCollection, row: ItemRow, c: Context<AppEnv>) {
  const geometry = row.geometry === null ? null : JSON.parse(row.geometry);
  if (collection.id === 'tips') {
    const { env, now } = c.get('deps');
    const tip = row as unknown as TipRow;
    tip.lngLat = tip.lngLat && (tip.lngLat.map(Number) as [number, number]);
    return { ...tipFeature(tip, now(), tipRules(env)), geometry };
  }
  const inspection = row as unknown as InspectionRow;
  inspection.lngLat = inspection.lngLat.map(Number) as [number, number];
  return { ...inspectionFeature(inspection), geometry };
}

/**
 * A page of the collection as the JSON text of its Features array: written by PostgreSQL for
 * the layers it builds, from rows here for tips and inspections.
 */
async function readPage(
  c: Context<AppEnv>,
  collection: OgcCollection,
  params: ItemsParams,
  id?: number,
) {
  const { env } = c.get('deps');
  const selection: ItemsSelection = {
    communeCode: env.COMMUNE_CODE,
    bbox: params.bbox && { edges: params.bbox.edges, srid: params.bbox.crs.srid },
    datetime: params.datetime,
    filters: params.filters,
    limit: params.limit,
    offset: params.offset,
    output: params.crs,
    withOwner: rolesSeeingOwners.includes(roleOf(c)),
    ...(id === undefined ? {} : { id }),
  };
  const { id: layer } = collection;
  if (layer === 'tips' || layer === 'inspections') {
    const { rows, matched } = await inTransaction(c, (tx) => findRecordPage(tx, layer, selection));
    const features = rows.map((row) => featureOfRow(collection, row, c));
    return { features: JSON.stringify(features), returned: rows.length, matched };
  }
  return inTransaction(c, (tx) => findFeaturePage(tx, layer, selection));
}

/** This page's address with another offset: the `next` and `prev` links. */
function pageLink(c: Context<AppEnv>, offset: number, rel: string): Link {
  const asked = new URL(c.req.url);
  const url = new URL(`${asked.pathname}${asked.search}`, c.get('origin'));
  if (offset === 0) url.searchParams.delete('offset');
  else url.searchParams.set('offset', String(offset));
  return { href: url.toString(), rel, type: geoJsonType };
}

export const ogc = new Hono<AppEnv>()
  .get('/', (c) => c.json(landingPage(baseOf(c))))
  .get('/conformance', (c) => c.json(conformance))
  // The OpenAPI 3.0 definition (conformance class oas30) and its reference page.
  .get('/api', (c) =>
    c.body(JSON.stringify(ogcDocument(baseOf(c))), 200, { 'Content-Type': openApi30Type }),
  )
  .get('/api.html', (c) =>
    c.html(referencePage(ogcDocument(baseOf(c)), `${baseOf(c)}/api`), 200, {
      'Content-Security-Policy': referencePolicy,
    }),
  )
  .get('/collections', async (c) =>
    c.json(collectionsDocument(baseOf(c), collectionsFor(roleOf(c)), await communeExtent(c))),
  )
  .get('/collections/:collectionId', async (c) =>
    c.json(collectionDocument(baseOf(c), readableCollection(c), await communeExtent(c))),
  )
  .get('/collections/:collectionId/items', async (c) => {
    const collection = readableCollection(c);
    const params = itemsParams(new URL(c.req.url).searchParams, {
      filters: collection.filters,
      temporal: collection.temporal !== null,
    });
    const { features, returned, matched } = await readPage(c, collection, params);
    const links: Link[] = [pageLink(c, params.offset, 'self')];
    if (params.offset + returned < matched) {
      links.push(pageLink(c, params.offset + returned, 'next'));
    }
    if (params.offset > 0) {
      links.push(pageLink(c, Math.max(0, params.offset - params.limit), 'prev'));
    }
    c.header('Content-Type', geoJsonType);
    c.header('Content-Crs', `<${params.crs.uri}>`);
    // The Features as PostgreSQL wrote them, not parsed and written again; encoded once, so
    // neither the tag nor the answer encodes the page's text again.
    const rest = Buffer.from(
      `"numberMatched":${matched},"numberReturned":${returned},"features":${features},"links":${JSON.stringify(links)}}`,
    );
    // The page is the same while its features are: the timeStamp is left out of its tag.
    c.header('ETag', weakTag(rest));
    const head = `{"type":"FeatureCollection","timeStamp":${JSON.stringify(c.get('deps').now().toISOString())},`;
    return c.body(Buffer.concat([Buffer.from(head), rest]));
  })
  .get('/collections/:collectionId/items/:featureId', async (c) => {
    const collection = readableCollection(c);
    const featureId = c.req.param('featureId');
    const query = new URL(c.req.url).searchParams;
    for (const name of query.keys()) {
      if (name !== 'crs' && name !== 'f') {
        throw new ApiError(400, 'invalid-parameter', `Một đối tượng chỉ nhận tham số crs`, {
          parameter: name,
        });
      }
    }
    const params = itemsParams(query, { filters: [], temporal: false });
    const id = /^\d{1,15}$/.test(featureId) ? Number(featureId) : null;
    const found =
      id === null
        ? undefined
        : (
            JSON.parse((await readPage(c, collection, params, id)).features) as Array<{
              id: number;
            }>
          )[0];
    if (!found) {
      throw new ApiError(
        404,
        'not-found',
        `Lớp ${collection.title} không có đối tượng "${featureId.slice(0, 20)}"`,
      );
    }
    const self = `${baseOf(c)}/collections/${collection.id}/items/${found.id}`;
    c.header('Content-Type', geoJsonType);
    c.header('Content-Crs', `<${params.crs.uri}>`);
    return c.body(
      JSON.stringify({
        ...found,
        links: [
          { href: self, rel: 'self', type: geoJsonType },
          {
            href: `${baseOf(c)}/collections/${collection.id}`,
            rel: 'collection',
            type: 'application/json',
          },
        ],
      }),
    );
  });
