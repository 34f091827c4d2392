// readSourceFile: an uploaded file → SourceTable (or a refusal, as a value). What the bytes are
// decides how it is read (sniff-bytes.ts, zip-layout.ts); the name only has to agree.
//
//   bytes ─▶ limits ─▶ sniff ─▶ zip checks ─▶ extension agrees? ─▶ sheet (exceljs, GDAL XLS, CSV)
//                                                                └▶ vector (GDAL → WGS 84)
import { createHash } from 'node:crypto';
import { findCrs } from '../../geo/crs';
import type { ImportFormat, ImportKind, SourceTable } from '../contract';
import { checkExtension, unknownContent } from './file-kind';
import { maxUploadBytes } from './import-limits';
import { isRefusal, type ReadRefusal, refuse } from './read-refusal';
import { readSheet } from './read-sheet';
import { readVectorFile } from './read-vector-file';
import { inflateParts, openZip, proveInflatable } from './read-zip';
import { sniffBytes } from './sniff-bytes';
import type { ZipEntry } from './zip-archive';
import type { ZipLayout } from './zip-layout';

export type ReadInput = { fileName: string; bytes: Uint8Array };
export type ReadOptions = {
  kind: ImportKind;
  /** The user's EPSG code: overrides what the file says. */
  crs?: number;
  /** The sheet of a workbook, or the layer of a GeoPackage, KML or multi-layer zip. */
  sheet?: string;
};

const sheetFormats: readonly ImportFormat[] = ['xlsx', 'xls', 'csv'];
const megabytes = (bytes: number) =>
  (bytes / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 });

type Opened = { format: ImportFormat; zip?: { entries: ZipEntry[]; layout: ZipLayout } };

function open(input: ReadInput, sheet?: string): Opened | ReadRefusal {
  const kind = sniffBytes(input.bytes);
  switch (kind) {
    case 'zip': {
      const zip = openZip(input.bytes, sheet);
      return isRefusal(zip) ? zip : { format: zip.layout.format, zip };
    }
    case 'ole2':
      return { format: 'xls' };
    case 'gpkg':
    case 'geojson':
    case 'kml':
    case 'csv':
      return { format: kind };
    case 'sqlite':
      return unknownContent(input.fileName, 'cơ sở dữ liệu SQLite, không phải GeoPackage');
    case 'shp':
      return refuse(
        415,
        'shapefile-not-zipped',
        `Tệp “${input.fileName}” chỉ là phần .shp của Shapefile: hãy nén cả .shp, .shx, .dbf, .prj (và .cpg) vào một tệp .zip rồi tải lên.`,
      );
    case 'xml':
      return unknownContent(input.fileName, 'XML nhưng không phải KML');
    case 'html':
      return refuse(
        415,
        'html-table',
        `Tệp “${input.fileName}” là một bảng trang web (HTML) do phần mềm khác xuất ra, không phải tệp Excel thật: hãy mở nó bằng Excel, lưu thành .xlsx rồi tải lên.`,
      );
    default:
      return unknownContent(input.fileName, 'tệp nhị phân khác (PDF, ảnh, …)');
  }
}

export async function readSourceFile(
  input: ReadInput,
  options: ReadOptions,
): Promise<SourceTable | ReadRefusal> {
  const { fileName, bytes } = input;
  if (bytes.length === 0)
    return refuse(
      400,
      'empty-file',
      `Tệp “${fileName}” rỗng (0 byte): hãy chọn lại đúng tệp dữ liệu.`,
    );
  if (bytes.length > maxUploadBytes)
    return refuse(
      413,
      'file-too-large',
      `Tệp “${fileName}” nặng ${megabytes(bytes.length)} MB, quá mức ${megabytes(maxUploadBytes)} MB: hãy chia thành nhiều tệp nhỏ hơn.`,
    );
  if (options.crs !== undefined && !findCrs(options.crs))
    return refuse(
      422,
      'unsupported-crs',
      `Hệ tọa độ EPSG:${options.crs} không có trong danh sách hỗ trợ: hãy chọn một hệ trong danh sách.`,
    );
  const opened = open(input, options.sheet);
  if (isRefusal(opened)) return opened;
  const { format } = opened;
  const wrongName = checkExtension(fileName, format);
  if (wrongName) return wrongName;
  if (options.kind !== 'registry' && sheetFormats.includes(format))
    return refuse(
      422,
      'sheet-for-areas',
      `Ranh giới và địa bàn cần tệp có hình (Shapefile nén .zip, KML/KMZ, GeoJSON, GeoPackage); tệp “${fileName}” là bảng tính, không có hình.`,
    );

  let table: Awaited<ReturnType<typeof readSheet>> | Awaited<ReturnType<typeof readVectorFile>>;
  if (sheetFormats.includes(format)) {
    if (opened.zip) {
      const unsafe = proveInflatable(bytes, opened.zip.entries);
      if (unsafe) return unsafe;
    }
    table = await readSheet(format as 'xlsx' | 'xls' | 'csv', bytes, options);
  } else {
    const parts = opened.zip ? inflateParts(bytes, opened.zip.layout) : undefined;
    if (isRefusal(parts)) return parts;
    table = await readVectorFile(
      format,
      bytes,
      parts && { parts, layerNames: opened.zip?.layout.layerNames },
      options,
    );
  }
  if (isRefusal(table)) return table;
  return {
    fileName,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    format,
    ...table,
  };
}
