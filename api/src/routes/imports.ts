import {
  getImport,
  getImportFile,
  getImportSource,
  type ImportRecord,
  importRowsGeoJson,
  importRowsPage,
  pageImports,
  refusedRows,
  replaceImportSource,
} from '@ntm/db/queries/imports';
import { vietnamToday } from '@ntm/domain/clock/vietnam-day';
import { type Context, Hono } from 'hono';
import { z } from 'zod';
import { importRoles, type Role } from '../auth/access-rules';
import { findCrs } from '../geo/crs';
import { commitImport, lockImport, wrongState } from '../imports/commit-import';
import {
  type ColumnMapping,
  type ImportKind,
  importKinds,
  type RowFeatures,
  type RowsPage,
  rowVerdicts,
  type SourceRow,
  type SourceTable,
} from '../imports/contract';
import { crsOf, isSheet, mapSource } from '../imports/map-source';
import { previewJson, summaryJson } from '../imports/preview-json';
import { suggestMapping } from '../imports/read/column-mapping';
import { isRefusal } from '../imports/read/read-refusal';
import { readSourceFile } from '../imports/read/read-source-file';
import { refusedWorkbook } from '../imports/refused-xlsx';
import { createPreview, recomputePreview } from '../imports/store-preview';
import { undoImport } from '../imports/undo-import';
import { inTransaction } from '../lib/actor';
import { ApiError, notFound, orNotFound } from '../lib/api-error';
import type { AppEnv } from '../lib/app-env';
import { auditSource, recordAudit } from '../lib/audit-context';
import { downloadDisposition } from '../lib/download-name';
import { geojson } from '../lib/geojson-response';
import { pageAsk, pageMembers, pageParams } from '../lib/paging';
import { rowAndBody, rowWrite } from '../lib/row-write';
import { checkedByHand, parseOrThrow, validate } from '../lib/validate';
import { idPath } from '../schemas/geojson';

const epsg = z.coerce
  .number()
  .int()
  .refine((code) => findCrs(code) !== undefined, 'hệ tọa độ không được hỗ trợ');
const day = z.iso.date('ngày dạng YYYY-MM-DD');

const uploadForm = z.object({
  file: z.instanceof(File, { message: 'thiếu tệp (trường file)' }),
  kind: z.enum(importKinds),
  crs: epsg.optional(),
  validFrom: day.optional(),
});
const patchBody = z.strictObject({
  mapping: z.record(z.string(), z.string().min(1).max(200)).optional(),
  crs: epsg.optional(),
  validFrom: day.optional(),
});
const listQuery = z.object({
  kind: z.enum(importKinds).optional(),
  /** Pages newest first. */
  ...pageParams(['instant', 'int']),
});
const rowsQuery = z.object({
  verdict: z.enum(rowVerdicts).optional(),
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
});

const kindNames: Record<ImportKind, string> = {
  registry: 'danh sách cơ sở kinh doanh',
  'key-areas': 'địa bàn trọng điểm',
  villages: 'ranh giới thôn',
  commune: 'ranh giới xã',
};
const isBoundary = (kind: ImportKind) => kind === 'villages' || kind === 'commune';

/** 403 unless the role imports this kind (registry, key areas: police, culture; boundaries: admin). */
function assertKindAllowed(c: Context<AppEnv>, kind: ImportKind) {
  const role = c.get('account')?.role as Role;
  if (!importRoles[kind].includes(role))
    throw new ApiError(403, 'forbidden', `Vai trò này không được nhập ${kindNames[kind]}`);
}

const validFromRequired = () =>
  new ApiError(
    422,
    'valid-from-required',
    'Ranh giới mới cần ngày bắt đầu có hiệu lực (validFrom)',
  );

/** Fields the mapping may name, and only the file's own columns. */
function checkMapping(mapping: ColumnMapping, columns: readonly string[]) {
  const unknown = Object.values(mapping).filter((column) => !columns.includes(column as string));
  if (unknown.length > 0) {
    throw new ApiError(
      422,
      'unknown-column',
      `Tệp không có cột ${unknown.map((c) => `«${c}»`).join(', ')}`,
      {
        columns: unknown,
      },
    );
  }
}

async function sourceOf(
  tx: Parameters<typeof getImportSource>[0],
  record: ImportRecord,
): Promise<SourceTable> {
  return {
    fileName: record.fileName,
    sha256: record.sha256,
    format: record.format as SourceTable['format'],
    columns: record.columns,
    rows: (await getImportSource(tx, record.id)) as SourceRow[],
    crs: record.crs as SourceTable['crs'],
    encoding: record.encoding as SourceTable['encoding'],
  };
}

/**
 * Imports of the commune's own data (issue #14 points 4 and 5): upload → preview with every
 * row's verdict → commit in one transaction → undo as a whole. Shapes: api/src/imports/contract.ts.
 */
export const imports = new Hono<AppEnv>()
  .get('/', validate('query', listQuery), async (c) => {
    const { env } = c.get('deps');
    const q = c.req.valid('query');
    const page = await inTransaction(c, (tx) =>
      pageImports(tx, env.COMMUNE_CODE, q.kind, pageAsk(q)),
    );
    return c.json({ imports: page.rows.map(summaryJson), ...pageMembers(page) });
  })
  .post('/', checkedByHand('form', uploadForm), async (c) => {
    const source = auditSource(c);
    const form = await c.req.parseBody().catch(() => {
      throw new ApiError(400, 'invalid-request', 'Cần gửi tệp dạng multipart/form-data');
    });
    const input = parseOrThrow(uploadForm, form);
    assertKindAllowed(c, input.kind);
    if (isBoundary(input.kind) && !input.validFrom) throw validFromRequired();
    const bytes = new Uint8Array(await input.file.arrayBuffer());
    const table = await readSourceFile(
      { fileName: input.file.name, bytes },
      { kind: input.kind, ...(input.crs ? { crs: input.crs } : {}) },
    );
    if (isRefusal(table)) throw new ApiError(table.status, table.code, table.message);
    const mapping = suggestMapping(input.kind, table.columns);
    const crs = crsOf(table, mapping, input.crs);
    const record = await inTransaction(c, async (tx) => {
      const mapped = await mapSource(tx, input.kind, table, mapping, crs);
      const created = await createPreview(tx, {
        communeCode: source.communeCode,
        userId: source.userId as number,
        kind: input.kind,
        source: table,
        mapping,
        suggestedMapping: mapping,
        validFrom: input.validFrom ?? null,
        mapped,
        crs,
        file: isSheet(table.format) ? null : bytes,
      });
      await recordAudit(tx, source, 'create', 'import', created.id, {
        kind: input.kind,
        fileName: table.fileName,
        sha256: table.sha256,
        counts: created.counts,
      });
      return created;
    });
    c.header('Location', `/api/imports/${record.id}`);
    return c.json(previewJson(record), 201);
  })
  .get('/:id', validate('param', idPath), async (c) => {
    const { env } = c.get('deps');
    const { id } = c.req.valid('param');
    const record = orNotFound(
      await inTransaction(c, (tx) => getImport(tx, { communeCode: env.COMMUNE_CODE, id })),
      `Lần nhập #${id}`,
    );
    return c.json(previewJson(record));
  })
  .patch('/:id', ...rowAndBody(patchBody), async (c) => {
    const { source, id, body: change } = rowWrite(c);
    const record = await inTransaction(c, async (tx) => {
      const before = await lockImport(tx, source.communeCode, id);
      if (before.state !== 'preview') throw wrongState(before, 'sửa cách đọc');
      const kind = before.kind as ImportKind;
      let table = await sourceOf(tx, before);
      const file = change.crs && !isSheet(table.format) ? await getImportFile(tx, id) : null;
      if (file) {
        // A map file is read again in the named system (its shapes are stored in WGS 84).
        const read = await readSourceFile(
          { fileName: table.fileName, bytes: file },
          { kind, crs: change.crs },
        );
        if (isRefusal(read)) throw new ApiError(read.status, read.code, read.message);
        table = read;
        await replaceImportSource(tx, id, {
          source: read.rows,
          crs: read.crs,
          encoding: read.encoding,
          columns: read.columns,
          notes: read.notes ?? [],
        });
      }
      const mapping = (change.mapping ?? before.mapping) as ColumnMapping;
      checkMapping(mapping, table.columns);
      const crs = change.crs
        ? crsOf(table, mapping, change.crs)
        : crsOf(table, mapping, before.crs.source === 'user' ? (before.crs.epsg as number) : null);
      const validFrom = change.validFrom ?? before.validFrom;
      const mapped = await mapSource(tx, kind, table, mapping, crs);
      const after = await recomputePreview(
        tx,
        source.communeCode,
        id,
        { mapping, crs, validFrom },
        mapped,
      );
      // The kind says who may read the entry's values (api/src/auth/audit-field-rules.ts).
      await recordAudit(tx, source, 'update', 'import', id, {
        kind,
        ...change,
        counts: after.counts,
      });
      return after;
    });
    return c.json(previewJson(record));
  })
  .get('/:id/rows', validate('param', idPath), validate('query', rowsQuery), async (c) => {
    const { env } = c.get('deps');
    const { id } = c.req.valid('param');
    const page = c.req.valid('query');
    const body = await inTransaction(c, async (tx) => {
      if (!(await getImport(tx, { communeCode: env.COMMUNE_CODE, id })))
        throw notFound(`Lần nhập #${id}`);
      return importRowsPage(tx, id, page);
    });
    // The stored verdicts and problems are the ones the preview wrote, of the contract's types.
    return c.json(body as RowsPage);
  })
  .get('/:id/rows.geojson', validate('param', idPath), async (c) => {
    const { env } = c.get('deps');
    const { id } = c.req.valid('param');
    const body = await inTransaction(c, async (tx) => {
      if (!(await getImport(tx, { communeCode: env.COMMUNE_CODE, id })))
        throw notFound(`Lần nhập #${id}`);
      return importRowsGeoJson(tx, id);
    });
    return geojson<RowFeatures>(c, body);
  })
  .get('/:id/refused.xlsx', validate('param', idPath), async (c) => {
    const { env } = c.get('deps');
    const { id } = c.req.valid('param');
    const { record, rows } = await inTransaction(c, async (tx) => {
      const found = orNotFound(
        await getImport(tx, { communeCode: env.COMMUNE_CODE, id }),
        `Lần nhập #${id}`,
      );
      const refused = await refusedRows(tx, id);
      const wanted = new Set(refused.map((r) => r.rowNumber));
      const source = ((await getImportSource(tx, id)) as SourceRow[]).filter((r) =>
        wanted.has(r.rowNumber),
      );
      const byNumber = new Map(source.map((r) => [r.rowNumber, r]));
      return {
        record: found,
        rows: refused.map((r) => ({
          rowNumber: r.rowNumber,
          source: byNumber.get(r.rowNumber),
          reasons: r.problems.map((p) => p.message),
        })),
      };
    });
    const bytes = await refusedWorkbook(record.columns, rows);
    return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'Content-Disposition': downloadDisposition(`nhap-${id}-dong-bi-tu-choi.xlsx`),
      'Cache-Control': 'no-store',
    });
  })
  .post('/:id/commit', validate('param', idPath), async (c) => {
    const source = auditSource(c);
    const { id } = c.req.valid('param');
    const today = vietnamToday(c.get('deps').now());
    const record = await inTransaction(c, (tx) => commitImport(tx, source, id, today));
    return c.json(previewJson(record));
  })
  .post('/:id/undo', validate('param', idPath), async (c) => {
    const source = auditSource(c);
    const { id } = c.req.valid('param');
    const record = await inTransaction(c, (tx) => undoImport(tx, source, id));
    return c.json(previewJson(record));
  });
