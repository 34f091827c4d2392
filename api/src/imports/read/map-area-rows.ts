// Boundary and key-area features after the mapping: name, kind, population, former commune,
// and the geometry moved to WGS 84 in one PostGIS batch.
import type { Sql } from '@ntm/db/client';
import { geometriesToWgs84 } from '@ntm/db/queries/import-positions';
import type { Geometry } from 'geojson';
import { findCrs } from '../../geo/crs';
import type {
  ColumnMapping,
  ImportKind,
  MappedAreaRow,
  RowProblem,
  SourceTable,
} from '../contract';
import { cellText as text } from './cell-text';
import { keyAreaKindOf } from './key-area-words';
import { isBlank, parseCount } from './parse-coordinates';

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
    const population = isBlank(populationCell) ? null : parseCount(populationCell);
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
