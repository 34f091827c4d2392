// A vector tile of businesses over HTTP (GET /api/tiles/businesses/{z}/{x}/{y}.mvt with a police
// token: session, access rule, row-level security transaction, gzip) ÷ the same ST_AsMVT query run
// directly in the same kind of transaction as the same app role (issue #18: ≥ 0.80 at z14, ≥ 0.60
// at z16, at 1,000,000 businesses, warm). The server keeps no tile here (tileCacheBytes 0), so
// every answer is drawn: the ratio is the endpoint's own cost, not its cache's.
import { asActor } from '@ntm/db/queries/actor';
import { drawTile } from '@ntm/db/queries/tiles';
import { tileColumn, tileRow } from '@ntm/domain/geo/tile-grid';
import { median, sampleInTurns } from './median';
import { withScratchApp } from './scratch-app';

/** Nam Thanh Miện's centre (DOMAIN.md): the densest tiles of the generated premises. */
const centre = { lng: 106.2409, lat: 20.7235 };

export type TileBench = {
  businesses: number;
  zooms: {
    z: number;
    features: string;
    bytes: number;
    sqlMs: number;
    httpMs: number;
    ratio: number;
  }[];
};

export function timeTiles(
  urls: { owner: string; app: string },
  o: { communeCode: string; scale: number; runs: number; password: string },
): Promise<TileBench> {
  const scratch = { ...o, suffix: 'tiles', app: { tileCacheBytes: 0 } };
  return withScratchApp(urls, scratch, async ({ sql, police, businesses, get }) => {
    const zooms: TileBench['zooms'] = [];
    for (const z of [14, 16]) {
      const address = {
        communeCode: o.communeCode,
        z,
        x: tileColumn(centre.lng, z),
        y: tileRow(centre.lat, z),
      };
      const direct = () => asActor(sql, police, (tx) => drawTile(tx, 'businesses', address));
      const path = `/api/tiles/businesses/${z}/${address.x}/${address.y}.mvt`;
      const http = () => get(path, { 'accept-encoding': 'gzip' });
      const { tile } = await direct();
      const bytes = await http();
      const runs = z <= 14 ? Math.min(o.runs, 30) : o.runs;
      const [sqlRuns, httpRuns] = (await sampleInTurns([direct, http], runs, 5)) as [
        number[],
        number[],
      ];
      const sqlMs = median(sqlRuns);
      const httpMs = median(httpRuns);
      const features = `${(tile.length / 1024).toFixed(0)} KB drawn, ${(bytes / 1024).toFixed(0)} KB sent`;
      zooms.push({ z, features, bytes, sqlMs, httpMs, ratio: sqlMs / httpMs });
    }
    return { businesses, zooms };
  });
}
