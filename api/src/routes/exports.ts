import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { finished } from 'node:stream/promises';
import type { Sql } from '@ntm/db/client';
import { vietnamToday } from '@ntm/domain/clock/vietnam-day';
import { tipRules } from '@ntm/domain/tips/tip-rules';
import { type Context, Hono } from 'hono';
import { accessRules, rolesSeeingOwners } from '../auth/access-rules';
import { businessRiskToday } from '../exports/business-risk';
import { ByteSink, ExportAborted } from '../exports/byte-sink';
import { writeCsv } from '../exports/csv-export';
import { type ExportFeature, type ExportScope, exportFeatures } from '../exports/export-features';
import {
  type ExportFormat,
  type ExportLayer,
  exportContentTypes,
  exportFileName,
  exportFileStems,
  exportFormats,
  exportLayerNames,
  exportLayers,
  parseExportFile,
  tableFormats,
} from '../exports/export-formats';
import { type ExportCrs, exportSystems } from '../exports/export-systems';
import { writeGeoJson } from '../exports/geojson-export';
import { writeKml } from '../exports/kml-export';
import { removeOutput, writeWithOgr } from '../exports/ogr-export';
import { tableColumns } from '../exports/table-columns';
import { writeXlsx } from '../exports/xlsx-export';
import { ZipStream, zipEntrySink } from '../exports/zip-stream';
import { inTransaction } from '../lib/actor';
import { ApiError } from '../lib/api-error';
import type { AppEnv } from '../lib/app-env';
import { auditSource, recordAudit } from '../lib/audit-context';
import { downloadDisposition } from '../lib/download-name';

const areaLayers: readonly ExportLayer[] = ['villages', 'commune', 'key-areas'];

/** Counts the features as they pass, so an aborted export is audited with what left. */
async function* counted(features: AsyncIterable<ExportFeature>, tally: { rows: number }) {
  for await (const f of features) {
    tally.rows += 1;
    yield f;
  }
}

type Plan = {
  layer: ExportLayer;
  format: ExportFormat;
  systems: ExportCrs;
  scope: ExportScope;
  withRisk: boolean;
};

function planOf(c: Context<AppEnv>, layer: ExportLayer): Plan {
  const { format, formatText } = parseExportFile(c.req.param('file') ?? '');
  if (!format) {
    throw new ApiError(
      400,
      'unknown-format',
      `Không có định dạng xuất "${formatText.slice(0, 20)}": chọn ${exportFormats.join(', ')}`,
      { formats: exportFormats },
    );
  }
  const systems = exportSystems(format, c.req.query('crs'), c.req.query('xy'));
  const { env, now } = c.get('deps');
  const account = c.get('account');
  const role = account?.role as never;
  return {
    layer,
    format,
    systems,
    scope: {
      communeCode: env.COMMUNE_CODE,
      systems,
      withOwner: rolesSeeingOwners.includes(role),
      ownVillage: account?.role === 'village' ? account.villageId : null,
      now: now(),
      tipRules: tipRules(env),
    },
    withRisk:
      layer === 'businesses' &&
      (format === 'kml' || format === 'kmz') &&
      (accessRules['GET /api/risk/businesses'] as readonly string[]).includes(role),
  };
}

/** Writes a text format (GeoJSON, CSV, XLSX, KML, KMZ) into `out`. */
async function writeStreamed(
  tx: Sql,
  plan: Plan,
  features: AsyncIterable<ExportFeature>,
  out: PassThrough,
) {
  const { layer, format, systems } = plan;
  const sink = new ByteSink(out);
  const columnsOf = (first: ExportFeature | undefined) =>
    tableColumns(
      Object.keys(first?.properties ?? { id: null }),
      areaLayers.includes(layer) ? 'area' : 'point',
      {
        lngLatEpsg: systems.lngLatSrid,
        xyEpsg: systems.xySrid,
        wktEpsg: systems.srid,
      },
    );
  switch (format) {
    case 'geojson':
      await writeGeoJson(features, sink, systems.srid);
      return;
    case 'csv':
      await writeCsv(features, columnsOf, sink);
      return;
    case 'xlsx':
      await writeXlsx(features, columnsOf, sink, exportLayerNames[layer]);
      return;
    case 'kml':
    case 'kmz': {
      const risk = plan.withRisk
        ? await businessRiskToday(tx, plan.scope.communeCode, plan.scope.now)
        : null;
      if (format === 'kml') {
        await writeKml(features, sink, layer, risk);
        return;
      }
      const zip = new ZipStream(sink);
      const entry = zipEntrySink(zip, 'doc.kml');
      await writeKml(features, entry, layer, risk);
      entry.stream.end();
      // `finished`, not a 'finish' listener: when the client went away the entry is already
      // destroyed, its events are past, and a listener would wait (in the transaction) for good.
      await finished(entry.stream).catch((error) => {
        throw sink.aborted || entry.aborted ? new ExportAborted() : error;
      });
      zip.end();
      return;
    }
    default:
      throw new Error(`not a streamed format: ${format}`);
  }
}

function exportHandler(layer: ExportLayer) {
  return async (c: Context<AppEnv>) => {
    const plan = planOf(c, layer);
    const source = auditSource(c);
    const day = vietnamToday(plan.scope.now);
    const fileName = exportFileName(layer, plan.format, day);
    const tally = { rows: 0 };
    const audit = (tx: Sql, completed: boolean) =>
      recordAudit(tx, source, 'export', layer, null, {
        format: plan.format,
        crs: `EPSG:${plan.systems.srid}`,
        ...(plan.systems.xySrid && tableFormats.includes(plan.format)
          ? { xy: `EPSG:${plan.systems.xySrid}` }
          : {}),
        rows: tally.rows,
        completed,
      });
    const headers = {
      'Content-Type': exportContentTypes[plan.format],
      'Content-Disposition': downloadDisposition(fileName),
      'Cache-Control': 'no-store',
    };
    const signal = c.req.raw.signal;

    if (plan.format === 'gpkg' || plan.format === 'shp.zip') {
      // GDAL writes the whole file first; the answer (or the error) follows.
      const output = await inTransaction(c, async (tx) => {
        const features = counted(exportFeatures(tx, layer, plan.scope), tally);
        try {
          const written = await writeWithOgr(features, {
            format: plan.format as 'gpkg' | 'shp.zip',
            srid: plan.systems.srid,
            kind: areaLayers.includes(layer) ? 'area' : 'point',
            layerName: exportFileStems[layer],
            signal,
          });
          await audit(tx, true);
          return written;
        } catch (error) {
          if (error instanceof ExportAborted) {
            await audit(tx, false);
            return null;
          }
          throw error;
        }
      });
      if (!output) return c.body(null, 499 as never);
      return sendOgrOutput(output, plan.format, headers);
    }

    const out = new PassThrough();
    const done = inTransaction(c, async (tx) => {
      const features = counted(exportFeatures(tx, layer, plan.scope), tally);
      try {
        await writeStreamed(tx, plan, features, out);
        await audit(tx, true);
      } catch (error) {
        if (!(error instanceof ExportAborted)) throw error;
        await audit(tx, false);
      }
    });
    done.then(
      () => {
        if (!out.writableEnded) out.end();
      },
      (error) => {
        console.error('export failed', error);
        out.destroy(error instanceof Error ? error : new Error(String(error)));
      },
    );
    return new Response(Readable.toWeb(out) as ReadableStream, { status: 200, headers });
  };
}

async function sendOgrOutput(
  output: { dir: string; files: string[] },
  format: ExportFormat,
  headers: Record<string, string>,
) {
  const cleanUp = () => void removeOutput(output.dir);
  try {
    if (format === 'gpkg') {
      const [file] = output.files as [string];
      const { size } = await stat(file);
      const stream = createReadStream(file);
      stream.on('close', cleanUp);
      return new Response(Readable.toWeb(stream) as ReadableStream, {
        status: 200,
        headers: { ...headers, 'Content-Length': String(size) },
      });
    }
    const out = new PassThrough();
    out.on('close', cleanUp);
    const zip = new ZipStream(new ByteSink(out));
    (async () => {
      for (const file of output.files) await zip.addFile(basename(file), file);
      zip.end();
    })().catch((error) => {
      // The client went away: nothing failed, and nothing to report.
      if (error instanceof ExportAborted) return;
      console.error('export zip failed', error);
      out.destroy(error);
    });
    return new Response(Readable.toWeb(out) as ReadableStream, { status: 200, headers });
  } catch (error) {
    cleanUp();
    throw error;
  }
}

function unknownLayer(c: Context<AppEnv>): never {
  const { layerText } = parseExportFile(c.req.param('file') ?? '');
  throw new ApiError(
    404,
    'unknown-layer',
    `Không có lớp dữ liệu "${layerText.slice(0, 40)}" để xuất: chọn ${exportLayers.join(', ')}`,
    { layers: exportLayers },
  );
}

/**
 * GET /api/exports/{layer}.{format}?crs=&xy=: a layer the account may read as a file, with the
 * fields its GET route gives the same account. One route per layer, so each has its own line
 * in access-rules.ts, the same as the layer's.
 */
export const exports = exportLayers
  .reduce(
    (app, layer) => app.get(`/:file{${layer}\\..+}`, exportHandler(layer)),
    new Hono<AppEnv>(),
  )
  .get('/:file', unknownLayer);
