// `pnpm seed --out DIR`: the generated data as GeoJSON files, for a viewer or a diff. Same seed,
// same bytes.

import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Feature } from 'geojson';
import { chunked } from './copy-text';
import type { Demo } from './generate-demo';

function* featureCollectionText(features: Iterable<Feature>): Generator<string> {
  yield '{"type":"FeatureCollection","features":[\n';
  let first = true;
  for (const feature of features) {
    yield `${first ? '' : ',\n'}${JSON.stringify(feature)}`;
    first = false;
  }
  yield '\n]}\n';
}

async function writeCollection(path: string, features: Iterable<Feature>): Promise<void> {
  await pipeline(Readable.from(chunked(featureCollectionText(features))), createWriteStream(path));
}

/** Writes one .geojson file per table (users as JSON); returns the file names. */
export async function writeDemoGeoJson(demo: Demo, folder: string): Promise<string[]> {
  await mkdir(folder, { recursive: true });
  const { geography } = demo;
  const files: Array<[string, Iterable<Feature>]> = [
    ['commune.geojson', [geography.commune]],
    ['villages.geojson', geography.villages.features],
    ['roads.geojson', geography.roads.features],
    ['key-areas.geojson', geography.keyAreas.features],
    ['businesses.geojson', demo.businesses()],
    ['tips.geojson', demo.tips()],
    ['inspections.geojson', demo.inspections()],
  ];
  for (const [name, features] of files) await writeCollection(join(folder, name), features);
  await pipeline(
    Readable.from([
      `${JSON.stringify({ formerCommunes: geography.formerCommunes, users: demo.users }, null, 2)}\n`,
    ]),
    createWriteStream(join(folder, 'accounts.json')),
  );
  return [...files.map(([name]) => name), 'accounts.json'];
}
