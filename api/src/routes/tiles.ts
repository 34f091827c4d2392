// Vector tiles of the large layers (businesses, tips) for the map once a layer is too large to
// send whole, and for any client of TileJSON and Mapbox Vector Tiles (QGIS, MapLibre, GDAL's MVT
// driver): drawn under the caller's row-level security, kept per share of it (tile-scope.ts),
// gzip-compressed once, and named by the layer's version so a browser may keep them.
import { gunzipSync, gzipSync } from 'node:zlib';
import { communeBounds } from '@ntm/db/queries/commune';
import { drawTile, layerVersion, type TileLayer } from '@ntm/db/queries/tiles';
import { businessTypes } from '@ntm/db/schema/values';
import { nameOf, roleNames } from '@ntm/domain/catalogue/vi-names';
import { tipRules } from '@ntm/domain/tips/tip-rules';
import { closedStatuses } from '@ntm/domain/tips/workflow';
import { type Context, Hono } from 'hono';
import { z } from 'zod';
import { accessRules, type Role, ruleAllows } from '../auth/access-rules';
import { inTransaction } from '../lib/actor';
import { ApiError } from '../lib/api-error';
import type { AppEnv } from '../lib/app-env';
import { weightOf } from '../lib/compress-answer';
import { validate } from '../lib/validate';
import { listParam } from '../schemas/geojson';
import { tileAddressOf, tileLayerOf } from '../tiles/tile-address';
import { tileScope } from '../tiles/tile-scope';

const mvtType = 'application/vnd.mapbox-vector-tile';

/** What each tiled layer is, for TileJSON, and the GET route whose rule says who reads it. */
const layerInfo: Record<
  TileLayer,
  { title: string; route: string; fields: Record<string, string>; maxzoom: number }
> = {
  businesses: {
    title: 'Cơ sở kinh doanh dịch vụ nhạy cảm',
    route: 'GET /api/businesses',
    fields: {
      name: 'String',
      type: 'String',
      status: 'String',
      village: 'Number',
      villageName: 'String',
      point_count: 'Number: businesses in a cluster (zoom 15 and below)',
      point_count_abbreviated: 'String',
    },
    maxzoom: 16,
  },
  tips: {
    title: 'Tin báo',
    route: 'GET /api/tips',
    fields: {
      status: 'String',
      category: 'String',
      channel: 'String',
      receivedAt: 'String: ISO 8601 instant',
      deadline: "String: ISO 8601 instant, the deadline of the tip's stage; absent once closed",
      precisionMeters: 'Number',
      businessId: 'Number',
    },
    maxzoom: 16,
  },
};

function viewerOf(c: Context<AppEnv>) {
  const account = c.get('account');
  if (!account) throw new ApiError(401, 'unauthenticated', 'Cần đăng nhập');
  return { id: account.id, role: account.role as Role, villageId: account.villageId };
}

/** The layer in the path, if the caller's role may call the layer's own GET route. */
function readableLayer(c: Context<AppEnv>): TileLayer {
  const layer = tileLayerOf(c.req.param('layer') ?? '');
  const { role } = viewerOf(c);
  if (!ruleAllows(accessRules[layerInfo[layer].route], role)) {
    throw new ApiError(
      403,
      'forbidden',
      `Vai trò ${nameOf(roleNames, role)} không được xem lớp ${layerInfo[layer].title}`,
    );
  }
  return layer;
}

/**
 * `types=a,b`: businesses of these types only, as the map's type filter shows them (clusters
 * then count only those); `types=` is none of them. `v` and `s` are the version and share a
 * TileJSON named (the answer says whether they are still current).
 */
const tileQuery = z.object({
  types: listParam(businessTypes, { empty: true }).optional(),
  v: z.string().max(20).optional(),
  s: z.string().max(40).optional(),
});

/** The type filter, which only the businesses layer has. */
function typesOf(layer: TileLayer, types: string[] | undefined) {
  if (types !== undefined && layer !== 'businesses') {
    throw new ApiError(400, 'invalid-request', 'Chỉ lớp cơ sở kinh doanh lọc được theo loại', [
      { path: 'types', message: 'only the businesses layer has types' },
    ]);
  }
  return types;
}

export const tiles = new Hono<AppEnv>()
  /** TileJSON 3.0.0: where the layer's tiles are, at this version and for this caller's share. */
  .get('/:layer', validate('query', tileQuery), async (c) => {
    const layer = readableLayer(c);
    const types = typesOf(layer, c.req.valid('query').types);
    const { sql, env } = c.get('deps');
    const [version, bounds] = await Promise.all([
      layerVersion(sql, env.COMMUNE_CODE, layer),
      communeBounds(sql, env.COMMUNE_CODE),
    ]);
    const scope = tileScope(layer, viewerOf(c));
    const origin = c.get('origin'); // https://… behind a trusted proxy
    const info = layerInfo[layer];
    const only = types === undefined ? '' : `&types=${types.join(',')}`;
    c.header('Cache-Control', 'private, no-cache');
    return c.json({
      tilejson: '3.0.0',
      name: info.title,
      version: '1.0.0',
      scheme: 'xyz',
      tiles: [`${origin}/api/tiles/${layer}/{z}/{x}/{y}.mvt?v=${version}&s=${scope}${only}`],
      minzoom: 0,
      maxzoom: info.maxzoom,
      ...(bounds && {
        bounds,
        center: [(bounds[0] + bounds[2]) / 2, (bounds[1] + bounds[3]) / 2, 13],
      }),
      vector_layers: [
        {
          id: layer,
          description: info.title,
          minzoom: 0,
          maxzoom: info.maxzoom,
          fields: info.fields,
        },
      ],
    });
  })
  .get('/:layer/:z/:x/:file', validate('query', tileQuery), async (c) => {
    const layer = readableLayer(c);
    const address = tileAddressOf(c.req.param('z'), c.req.param('x'), c.req.param('file'));
    const { sql, env, tileCache } = c.get('deps');
    const scope = tileScope(layer, viewerOf(c));
    const query = c.req.valid('query');
    const types = typesOf(layer, query.types);
    const current = await layerVersion(sql, env.COMMUNE_CODE, layer);
    const where = `${address.z}/${address.x}/${address.y}${types ? `/${types.join(',')}` : ''}`;
    const etag = `"${layer}-${current}-${scope}-${where.replaceAll('/', '-')}"`;
    // Named by the version and the share it was drawn for: a browser may keep it for good.
    const named = query.v === String(current) && query.s === scope;
    c.header('Cache-Control', named ? 'private, max-age=604800, immutable' : 'private, no-cache');
    c.header('Vary', 'Accept-Encoding, Authorization, Cookie');
    c.header('ETag', etag);
    if (c.req.header('if-none-match') === etag) return c.body(null, 304);

    const key = `${layer}|${scope}|${current}|${where}`;
    let zipped = tileCache.get(key);
    if (zipped === undefined) {
      const { tile, version } = await inTransaction(c, (tx) =>
        drawTile(tx, layer, {
          communeCode: env.COMMUNE_CODE,
          ...address,
          ...(types && { types }),
          ...(layer === 'tips' && { deadlines: { ...tipRules(env), closedStatuses } }),
        }),
      );
      zipped = gzipSync(tile, { level: 6 });
      // A write between the version read and the drawing names newer tiles: keep it under its own.
      tileCache.set(`${layer}|${scope}|${version}|${where}`, zipped);
    }
    c.header('Content-Type', mvtType);
    if (weightOf(c.req.header('accept-encoding'), 'gzip') > 0) {
      c.header('Content-Encoding', 'gzip');
      return c.body(new Uint8Array(zipped));
    }
    return c.body(new Uint8Array(gunzipSync(zipped)));
  });
