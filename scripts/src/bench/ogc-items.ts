// An OGC API – Features items page of 1,000 businesses over HTTP (GET /ogc/collections/
// businesses/items?limit=1000, signed in as police) ÷ the same SQL run directly: findFeaturePage in
// the transaction the route runs, as the same app role (issue #18, target ≤ 1.3). The premises
// are generated with the `--scale` loader into a scratch database (scratch-app.ts).
import { asActor } from '@ntm/db/queries/actor';
import { findFeaturePage } from '@ntm/db/queries/ogc-items';
import { median, sampleInTurns } from './median';
import { withScratchApp } from './scratch-app';

export type OgcItemsBench = { businesses: number; sqlMs: number; httpMs: number; ratio: number };

export function timeOgcItems(
  urls: { owner: string; app: string },
  o: { communeCode: string; scale: number; runs: number; password: string },
): Promise<OgcItemsBench> {
  return withScratchApp(urls, { ...o, suffix: 'ogc' }, async ({ sql, police, businesses, get }) => {
    const direct = () =>
      asActor(sql, police, (tx) =>
        findFeaturePage(tx, 'businesses', {
          communeCode: o.communeCode,
          bbox: null,
          datetime: null,
          filters: {},
          limit: 1000,
          offset: 0,
          output: { srid: 4326, latFirst: false, digits: 7 },
          withOwner: true,
        }),
      );
    const page = () => get('/ogc/collections/businesses/items?limit=1000');
    const [sqlRuns, httpRuns] = (await sampleInTurns([direct, page], o.runs)) as [
      number[],
      number[],
    ];
    const sqlMs = median(sqlRuns);
    const httpMs = median(httpRuns);
    return { businesses, sqlMs, httpMs, ratio: httpMs / sqlMs };
  });
}
