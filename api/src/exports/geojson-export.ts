// GeoJSON: a FeatureCollection written feature by feature, geometries as PostGIS wrote them.
// RFC 7946 knows WGS 84 only; in another system the file names it with the 2008 `crs` member,
// which GDAL and QGIS read.
import type { ByteSink } from './byte-sink';
import type { ExportFeature } from './export-features';

export async function writeGeoJson(
  features: AsyncIterable<ExportFeature>,
  sink: ByteSink,
  srid: number,
): Promise<number> {
  const crs =
    srid === 4326
      ? ''
      : `"crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::${srid}"}},`;
  await sink.write(`{"type":"FeatureCollection",${crs}"features":[`);
  let count = 0;
  for await (const f of features) {
    await sink.write(
      `${count === 0 ? '\n' : ',\n'}{"type":"Feature","id":${JSON.stringify(f.id)},"geometry":${
        f.place.exportGeometry ?? 'null'
      },"properties":${JSON.stringify(f.properties)}}`,
    );
    count += 1;
  }
  await sink.write('\n]}\n');
  await sink.flush();
  return count;
}
