// The query of GET /ogc/collections/{id}/items, checked: any parameter the collection does not
// know, a limit out of range, a bbox that is not four finite numbers in order, an unknown CRS or
// a datetime that is no RFC 3339 instant or interval is a 400 that names it, never a 500.
import { ApiError } from '../lib/api-error';
import { crs84, type OgcCrs, ogcCrsList, parseOgcCrs } from './ogc-crs';

/** A property a collection can be filtered on (`?type=karaoke`), with its allowed values. */
export type PropertyFilter = { name: string; values?: readonly string[]; integer?: true };

export type Bbox = {
  /** West, south, east, north: longitude (easting) first, whatever the CRS's own axis order. */
  edges: [number, number, number, number];
  crs: OgcCrs;
};

/** A closed span of instants (ISO 8601); a null end is open. */
export type Instants = { from: string | null; to: string | null };

export type ItemsParams = {
  limit: number;
  offset: number;
  bbox: Bbox | null;
  datetime: Instants | null;
  crs: OgcCrs;
  filters: Record<string, string>;
};

export const defaultLimit = 100;
export const maxLimit = 10_000;

const common = ['limit', 'offset', 'bbox', 'bbox-crs', 'crs', 'datetime', 'f'];
const crsChoices = () => ogcCrsList.map((crs) => crs.uri);

const refuse = (parameter: string, message: string, details: Record<string, unknown> = {}) =>
  new ApiError(400, 'invalid-parameter', message, { parameter, ...details });

function wholeNumber(parameter: string, text: string, min: number, max: number): number {
  const value = /^\d{1,12}$/.test(text) ? Number(text) : Number.NaN;
  if (!(value >= min && value <= max)) {
    throw refuse(parameter, `Tham số ${parameter} phải là số nguyên từ ${min} đến ${max}`, {
      min,
      max,
    });
  }
  return value;
}

function crsParam(parameter: string, text: string | undefined): OgcCrs {
  if (text === undefined) return crs84;
  const crs = parseOgcCrs(text);
  if (!crs) {
    throw refuse(parameter, `Hệ tọa độ "${text.slice(0, 80)}" không được hỗ trợ`, {
      supported: crsChoices(),
    });
  }
  return crs;
}

function bboxParam(text: string, crs: OgcCrs): Bbox {
  const parts = text.split(',');
  const numbers = parts.map((part) =>
    /^\s*-?[\d.]+(?:e-?\d+)?\s*$/i.test(part) ? Number(part) : Number.NaN,
  );
  if ((numbers.length !== 4 && numbers.length !== 6) || !numbers.every(Number.isFinite)) {
    throw refuse('bbox', 'bbox phải là 4 số (tây, nam, đông, bắc) cách nhau bằng dấu phẩy');
  }
  // Six numbers carry heights (minimum third, maximum sixth): the map has none, they are dropped.
  const [a = 0, b = 0, c = 0, d = 0] =
    numbers.length === 6 ? [numbers[0], numbers[1], numbers[3], numbers[4]] : numbers;
  const [west, south, east, north] = crs.latFirst ? [b, a, d, c] : [a, b, c, d];
  if (west > east || south > north) {
    throw refuse(
      'bbox',
      'bbox có cạnh đầu lớn hơn cạnh cuối: viết góc tây nam trước, đông bắc sau',
    );
  }
  return { edges: [west, south, east, north] as [number, number, number, number], crs };
}

const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/i;
const day = /^\d{4}-\d{2}-\d{2}$/;

/** One end of a datetime: an instant, a day (its whole span in Vietnam time) or open. */
function instantOf(text: string, end: 'from' | 'to'): string | null {
  if (text === '' || text === '..') return null;
  let date: Date;
  if (rfc3339.test(text)) date = new Date(text);
  else if (day.test(text)) {
    date = new Date(`${text}T00:00:00+07:00`);
    if (end === 'to') date = new Date(date.getTime() + 86_400_000 - 1);
  } else date = new Date(Number.NaN);
  if (Number.isNaN(date.getTime())) {
    throw refuse(
      'datetime',
      'datetime phải là một thời điểm RFC 3339 (2026-02-01T08:00:00+07:00), một ngày hoặc một khoảng "đầu/cuối" (".." để bỏ ngỏ)',
    );
  }
  return date.toISOString();
}

function datetimeParam(text: string): Instants {
  const parts = text.split('/');
  if (parts.length > 2 || (parts.length === 2 && parts.every((p) => p === '' || p === '..'))) {
    throw refuse('datetime', 'datetime: một khoảng cần ít nhất một đầu');
  }
  const from = instantOf(parts[0] ?? '', 'from');
  const to = parts.length === 2 ? instantOf(parts[1] ?? '', 'to') : instantOf(parts[0] ?? '', 'to');
  if (from && to && from > to) throw refuse('datetime', 'datetime: đầu khoảng sau cuối khoảng');
  return { from, to };
}

function filterParam(filter: PropertyFilter, text: string): string {
  if (filter.integer && !/^\d{1,9}$/.test(text)) {
    throw refuse(filter.name, `Tham số ${filter.name} phải là một số nguyên`);
  }
  if (filter.values && !filter.values.includes(text)) {
    throw refuse(filter.name, `Giá trị "${text.slice(0, 40)}" không có trong ${filter.name}`, {
      allowed: filter.values,
    });
  }
  return text;
}

/**
 * Reads the items query. `temporal` says whether the collection has a time (a datetime on one
 * that has none is refused rather than silently ignored).
 */
export function itemsParams(
  query: URLSearchParams,
  collection: { filters: readonly PropertyFilter[]; temporal: boolean },
): ItemsParams {
  const known = new Set([...common, ...collection.filters.map((f) => f.name)]);
  for (const name of new Set(query.keys())) {
    if (!known.has(name)) {
      throw refuse(name, `Lớp này không có tham số "${name.slice(0, 40)}"`, { known: [...known] });
    }
    if (query.getAll(name).length > 1) throw refuse(name, `Tham số ${name} chỉ được ghi một lần`);
  }
  const f = query.get('f');
  if (f !== null && f !== 'json' && f !== 'geojson') {
    throw refuse('f', 'Chỉ có định dạng GeoJSON (f=json)', { supported: ['json', 'geojson'] });
  }
  const text = (name: string) => query.get(name) ?? undefined;
  const bboxText = text('bbox');
  const bboxCrsText = text('bbox-crs');
  if (bboxCrsText !== undefined && bboxText === undefined) {
    throw refuse('bbox-crs', 'bbox-crs chỉ đi cùng bbox');
  }
  const datetimeText = text('datetime');
  if (datetimeText !== undefined && !collection.temporal) {
    throw refuse('datetime', 'Lớp này không có thời gian để lọc theo datetime');
  }
  const filters: Record<string, string> = {};
  for (const filter of collection.filters) {
    const value = text(filter.name);
    if (value !== undefined) filters[filter.name] = filterParam(filter, value);
  }
  const limitText = text('limit');
  const offsetText = text('offset');
  return {
    limit: limitText === undefined ? defaultLimit : wholeNumber('limit', limitText, 1, maxLimit),
    offset: offsetText === undefined ? 0 : wholeNumber('offset', offsetText, 0, 1e12),
    bbox: bboxText === undefined ? null : bboxParam(bboxText, crsParam('bbox-crs', bboxCrsText)),
    datetime: datetimeText === undefined ? null : datetimeParam(datetimeText),
    crs: crsParam('crs', text('crs')),
    filters,
  };
}
