// A source table and its column mapping → rows with our fields and WGS 84 positions, each with
// the reasons it cannot be stored as it is. Positions in any other system go through PostGIS
// (PROJ) in one batch. Nothing is written; the verdicts and the commit come after.
import type { Sql } from '@ntm/db/client';
import { geometriesToWgs84, pointsToWgs84 } from '@ntm/db/queries/import-positions';
import type { Geometry, Point } from 'geojson';
import { type Crs, findCrs } from '../../geo/crs';
import type {
  ColumnMapping,
  ImportKind,
  MappedAreaRow,
  MappedBusinessRow,
  RowProblem,
  SourceRow,
  SourceTable,
} from '../contract';
import { businessStatusOf, businessTypeOf } from './business-words';
import { detectSheetCrs } from './detect-sheet-crs';
import { keyAreaKindOf } from './key-area-words';
import { type CellValue, isBlank, parseNumber } from './parse-coordinates';
import { readPosition } from './sheet-position';

const typeList =
  'nhà nghỉ/khách sạn, karaoke, massage, căn hộ cho thuê ngắn ngày, cà phê/bar, khác';

/** A cell as trimmed text, numbers as written (no exponent), blank as null. */
function text(value: CellValue): string | null {
  if (isBlank(value)) return null;
  if (typeof value === 'number') return Number.isInteger(value) ? value.toFixed(0) : String(value);
  return String(value).trim().replace(/\s+/g, ' ');
}

/** Excel drops a phone number's leading 0 when the cell is a number: put it back. */
function phoneText(value: CellValue): string | null {
  if (typeof value === 'number' && Number.isInteger(value)) {
    const digits = value.toFixed(0);
    return digits.length === 9 || digits.length === 10 ? `0${digits}` : digits;
  }
  return text(value);
}

const fmt = (n: number) => new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 6 }).format(n);

type Pending = { index: number; xy: [number, number] };

/** The sheet's system: the one given, else what the headers and numbers say. */
function systemOf(table: SourceTable, mapping: ColumnMapping, crs: number | null | undefined) {
  if (crs !== undefined && crs !== null) {
    if (!findCrs(crs)) throw new Error(`unsupported coordinate system EPSG:${crs}`);
    return crs;
  }
  const hasColumns = Boolean(
    mapping.lng || mapping.lat || mapping.x || mapping.y || mapping.coordinates,
  );
  return hasColumns ? detectSheetCrs(table.rows, mapping).epsg : table.crs.epsg;
}

function mapBusiness(row: SourceRow, mapping: ColumnMapping): MappedBusinessRow {
  const cell = (field: keyof ColumnMapping) => {
    const column = mapping[field];
    return column === undefined ? null : (row.values[column] ?? null);
  };
  const problems: RowProblem[] = [];
  const name = text(cell('name'));
  const address = text(cell('address'));
  const typeText = text(cell('type'));
  const trade = text(cell('licensedTrade'));
  const statusText = text(cell('status'));
  if (!name) problems.push({ code: 'missing-name', field: 'name', message: 'Thiếu tên cơ sở' });
  if (!address)
    problems.push({ code: 'missing-address', field: 'address', message: 'Thiếu địa chỉ' });
  // "Loại hình" decides; without one, the licensed trade's words may ("Kinh doanh karaoke").
  const type =
    (typeText && businessTypeOf(typeText)) ||
    (!typeText && trade ? businessTypeOf(trade) : undefined);
  if (!type)
    problems.push({
      code: 'unknown-type',
      field: 'type',
      message:
        typeText || trade
          ? `Loại hình "${typeText ?? trade}" không thuộc danh mục (${typeList})`
          : `Không có loại hình (${typeList})`,
    });
  const status = statusText ? businessStatusOf(statusText) : 'active';
  if (!status)
    problems.push({
      code: 'bad-value',
      field: 'status',
      message: `Tình trạng "${statusText}" không rõ (đang hoạt động, tạm ngừng, đã đóng cửa)`,
    });
  return {
    rowNumber: row.rowNumber,
    business: {
      name,
      type: type ?? null,
      address,
      licenceNumber: text(cell('licenceNumber')),
      licensedTrade: trade,
      owner: text(cell('owner')),
      phone: phoneText(cell('phone')),
      status: status ?? 'active',
    },
    villageName: text(cell('village')),
    position: null,
    problems,
  };
}

function noPosition(villageName: string | null): RowProblem {
  return {
    code: 'no-position',
    field: 'position',
    message: villageName
      ? `Không có tọa độ: giữ lại để trưởng thôn ${villageName} đặt lên bản đồ`
      : 'Không có tọa độ và không có thôn',
  };
}

/** The row's position in the sheet's system as [x, y], or why it has none. */
function locate(
  row: SourceRow,
  mapping: ColumnMapping,
  fromColumns: boolean,
  system: Crs | undefined,
  villageName: string | null,
): [number, number] | RowProblem {
  const bad = (message: string): RowProblem => ({
    code: 'bad-coordinates',
    field: 'position',
    message,
  });
  if (!fromColumns) {
    if (!row.geometry) return noPosition(villageName);
    if (row.geometry.type !== 'Point') return bad('Đối tượng không phải là điểm');
    const [x = Number.NaN, y = Number.NaN] = row.geometry.coordinates;
    return system ? [x, y] : bad('Chưa biết hệ tọa độ của tệp: hãy chọn hệ tọa độ');
  }
  const position = readPosition(row, mapping);
  if (position.kind === 'none') return noPosition(villageName);
  if (position.kind === 'bad') return bad(position.message);
  if (!system) return bad('Chưa biết hệ tọa độ: hãy chọn hệ tọa độ');
  if (position.kind === 'degrees')
    return system.kind === 'geographic'
      ? [position.lng, position.lat]
      : bad(
          `Tọa độ là độ (${fmt(position.lat)}; ${fmt(position.lng)}) nhưng hệ đã chọn, ${system.label}, tính bằng mét`,
        );
  return system.kind === 'projected'
    ? [position.easting, position.northing]
    : bad(
        `Tọa độ là mét (X ${fmt(position.northing)}; Y ${fmt(position.easting)}) nhưng hệ đã chọn, ${system.label}, tính bằng độ`,
      );
}

/** Registry rows: fields, our enum values, positions in WGS 84, problems. */
export async function mapRegistryRows(
  sql: Sql,
  table: SourceTable,
  mapping: ColumnMapping,
  crs?: number | null,
): Promise<MappedBusinessRow[]> {
  const epsg = systemOf(table, mapping, crs);
  const system = epsg === null ? undefined : findCrs(epsg);
  const fromColumns = Boolean(
    mapping.lng || mapping.lat || mapping.x || mapping.y || mapping.coordinates,
  );
  const rows = table.rows.map((row) => mapBusiness(row, mapping));
  const pending: Pending[] = [];
  table.rows.forEach((row, index) => {
    const mapped = rows[index] as MappedBusinessRow;
    const located = locate(row, mapping, fromColumns, system, mapped.villageName);
    if (Array.isArray(located)) pending.push({ index, xy: located });
    else mapped.problems.push(located);
  });
  if (system && pending.length) {
    const moved = await pointsToWgs84(
      sql,
      pending.map((p) => p.xy),
      system.epsg,
    );
    pending.forEach(({ index, xy }, i) => {
      const mapped = rows[index] as MappedBusinessRow;
      const point = moved[i];
      if (!point?.inVietnam || !Number.isFinite(point.lng) || !Number.isFinite(point.lat)) {
        mapped.problems.push({
          code: 'outside-vietnam',
          field: 'position',
          message: `Tọa độ (${xy.map(fmt).join('; ')}) theo ${system.label} nằm ngoài Việt Nam`,
        });
        return;
      }
      mapped.position = { type: 'Point', coordinates: [point.lng, point.lat] } satisfies Point;
    });
  }
  return rows;
}

const areaShapes: Record<Exclude<ImportKind, 'registry'>, { types: string[]; message: string }> = {
  villages: {
    types: ['Polygon', 'MultiPolygon'],
    message: 'Ranh giới thôn phải là vùng (polygon)',
  },
  commune: { types: ['Polygon', 'MultiPolygon'], message: 'Ranh giới xã phải là vùng (polygon)' },
  'key-areas': {
    types: ['Polygon', 'MultiPolygon', 'LineString', 'MultiLineString'],
    message: 'Địa bàn trọng điểm phải là vùng hoặc tuyến',
  },
};

/** Boundary and key-area features: fields, geometry in WGS 84, problems. */
export async function mapAreaRows(
  sql: Sql,
  kind: Exclude<ImportKind, 'registry'>,
  table: SourceTable,
  mapping: ColumnMapping,
  crs?: number | null,
): Promise<MappedAreaRow[]> {
  const epsg = crs ?? table.crs.epsg;
  const system = epsg === null ? undefined : findCrs(epsg);
  if (epsg !== null && !system) throw new Error(`unsupported coordinate system EPSG:${epsg}`);
  const pending: Array<{ index: number; geometry: Geometry }> = [];
  const rows = table.rows.map((row, index): MappedAreaRow => {
    const cell = (field: keyof ColumnMapping) => {
      const column = mapping[field];
      return column === undefined ? null : (row.values[column] ?? null);
    };
    const problems: RowProblem[] = [];
    const name = text(cell('name'));
    if (!name) problems.push({ code: 'missing-name', field: 'name', message: 'Thiếu tên' });
    const kindText = text(cell('kind'));
    let areaKind: string | null = kindText;
    if (kind === 'key-areas') {
      areaKind = kindText ? (keyAreaKindOf(kindText) ?? null) : null;
      if (!areaKind)
        problems.push({
          code: 'bad-value',
          field: 'kind',
          message: `Loại địa bàn "${kindText ?? ''}" không rõ (giáp ranh, du lịch, tuyến giao thông, khu nhà trọ công nhân, quân sự)`,
        });
    }
    const populationCell = cell('population');
    const population = isBlank(populationCell) ? null : parseNumber(populationCell);
    if (population !== null && (!Number.isInteger(population) || population < 0))
      problems.push({
        code: 'bad-value',
        field: 'population',
        message: `Dân số "${populationCell}" không phải số nguyên`,
      });
    if (!isBlank(populationCell) && population === null)
      problems.push({
        code: 'bad-value',
        field: 'population',
        message: `Dân số "${populationCell}" không phải số`,
      });
    const shape = areaShapes[kind];
    if (!row.geometry)
      problems.push({
        code: 'invalid-geometry',
        field: 'geometry',
        message: 'Đối tượng không có hình',
      });
    else if (!shape.types.includes(row.geometry.type))
      problems.push({ code: 'invalid-geometry', field: 'geometry', message: shape.message });
    else if (!system)
      problems.push({
        code: 'bad-coordinates',
        field: 'geometry',
        message: 'Chưa biết hệ tọa độ của tệp: hãy chọn hệ tọa độ',
      });
    else pending.push({ index, geometry: row.geometry });
    return {
      rowNumber: row.rowNumber,
      name,
      kind: areaKind,
      note: text(cell('note')),
      population:
        population !== null && Number.isInteger(population) && population >= 0 ? population : null,
      formerCommune: text(cell('formerCommune')),
      geometry: null,
      problems,
    };
  });
  if (system && pending.length) {
    const moved = await geometriesToWgs84(
      sql,
      pending.map((p) => p.geometry),
      system.epsg,
    );
    pending.forEach(({ index }, i) => {
      const mapped = rows[index] as MappedAreaRow;
      const result = moved[i];
      if (!result?.inVietnam)
        mapped.problems.push({
          code: 'outside-vietnam',
          field: 'geometry',
          message: `Hình nằm ngoài Việt Nam theo ${system.label}`,
        });
      else mapped.geometry = result.geometry;
    });
  }
  return rows;
}

/** Rows of `kind` after the mapping, in WGS 84; `crs` overrides the detected system. */
export function applyMapping(
  sql: Sql,
  kind: 'registry',
  table: SourceTable,
  mapping: ColumnMapping,
  crs?: number | null,
): Promise<MappedBusinessRow[]>;
export function applyMapping(
  sql: Sql,
  kind: Exclude<ImportKind, 'registry'>,
  table: SourceTable,
  mapping: ColumnMapping,
  crs?: number | null,
): Promise<MappedAreaRow[]>;
export function applyMapping(
  sql: Sql,
  kind: ImportKind,
  table: SourceTable,
  mapping: ColumnMapping,
  crs?: number | null,
): Promise<MappedBusinessRow[] | MappedAreaRow[]> {
  return kind === 'registry'
    ? mapRegistryRows(sql, table, mapping, crs)
    : mapAreaRows(sql, kind, table, mapping, crs);
}
