// Values that break careless code, by kind: the fuzz's mutations draw from them.
import type { Random } from '@ntm/solver/random';

type Json = unknown;

/** Values of every other type, including ones a schema might coerce. */
export const typeSwaps: Json[] = [
  null,
  true,
  false,
  0,
  -1,
  1.5,
  '',
  'x',
  '1',
  'true',
  'null',
  [],
  {},
  [null],
  { '0': 1 },
  [[[]]],
  2 ** 53 + 2,
];
export const controlCharacters = [
  '\u0001',
  '\u0008',
  '\u001b',
  '\u007f',
  '\u0085',
  '\u00a0',
  '\u200b',
  '\u2028',
  '\u202e',
  '\ufeff',
  '\uffff',
  '\r\n',
  '\t',
];
export const surrogates = ['\ud800', '\udbff', '\udc00', '\udfff', '\ud83d'];
/** Dates and instants PostgreSQL or JavaScript read differently, or not at all. */
export const badDates = [
  '0000-01-01',
  '0000-12-31T00:00:00Z',
  '-000001-01-01',
  '+275760-09-13T00:00:00Z',
  '+002026-01-01',
  '9999-12-31T23:59:59.999999999Z',
  '2026-02-30',
  '2026-13-01',
  '2026-00-10',
  '2026-1-1',
  '2026-06-01T24:00:00Z',
  '2026-06-01T25:61:61+07:00',
  '2026-06-01T00:00:00+16:00',
  '2026-06-01T00:00:00-24:00',
  '2026-06-01T00:00:00+15:60',
  '2026-06-01T00:00:00+99:99',
  '2026-06-01T00:00:00',
  '2026-06-01 00:00:00+07',
  '2026-W23',
  '1969-12-31T23:59:59Z',
  '1000-01-01',
  '999-01-01',
  'now',
  'infinity',
  '-infinity',
  'epoch',
  'allballs',
  '２０２６-０６-０１',
  '2026-06-01T00:00:00.0000000000000000001Z',
];
/** Numbers as raw JSON text: 1e309 parses to Infinity, 1e-400 to 0. */
export const badNumberTexts = [
  '1e309',
  '-1e309',
  '1e-400',
  '-0',
  '0',
  '-1',
  '0.5',
  '2147483648',
  '-2147483649',
  '9007199254740993',
  '18446744073709551616',
  '1e21',
  '123456789012345678901234567890',
  '"NaN"',
  '"Infinity"',
  '"1e3"',
  '" 7 "',
  '"0x10"',
];
export const badCoordinates: Json[] = [
  [181, 91],
  [-180.0000001, 0],
  [0, 0],
  [106.2],
  [106.2, 20.7, 5],
  [],
  [[106.2, 20.7]],
  ['106.2', '20.7'],
  [null, null],
  [1e308, -1e308],
  [-0, -0],
  [106.2, 20.7, 1, 2, 3],
];
/** A ring that crosses itself: valid GeoJSON, an invalid polygon. */
const bowTie = [
  [106.2, 20.7],
  [106.3, 20.8],
  [106.3, 20.7],
  [106.2, 20.8],
  [106.2, 20.7],
];

/** GeoJSON that is malformed, invalid (a bow tie, an open ring) or of the wrong kind. */
export function badGeometry(random: Random): Json {
  const kind = random.int(11);
  switch (kind) {
    case 0:
      return { type: 'Polygon', coordinates: [bowTie] };
    case 1:
      // An open ring: the bow tie's first three corners, not closed.
      return { type: 'Polygon', coordinates: [bowTie.slice(0, 3)] };
    case 2:
      return { type: 'Point' };
    case 3:
      return { type: 'point', coordinates: [106.2, 20.7] };
    case 4:
      return { type: 'GeometryCollection', geometries: [{ type: 'Point', coordinates: [1, 2] }] };
    case 5:
      return { type: 'LineString', coordinates: [[106.2, 20.7]] };
    case 6:
      return { type: 'Feature', geometry: { type: 'Point', coordinates: [106.2, 20.7] } };
    case 7:
      return { type: 'Point', coordinates: '106.2,20.7' };
    case 8:
      return { type: 'MultiPoint', coordinates: [[106.2, 20.7]], crs: { type: 'name' } };
    case 9: {
      // Huge: 20,000 vertices (about 500 kB), under the body limit so it reaches the schema.
      const ring = Array.from({ length: 20_000 }, (_, i) => [
        106.2 + 0.01 * Math.cos((2 * Math.PI * i) / 20_000),
        20.7 + 0.01 * Math.sin((2 * Math.PI * i) / 20_000),
      ]);
      ring.push(ring[0] as number[]);
      return { type: 'Polygon', coordinates: [ring] };
    }
    default:
      return { type: 'Point', coordinates: [106.2, 20.7], bbox: [1, 2, 3] };
  }
}
/** Text a careless layer might interpret: SQL, templates, paths, markup, format strings. */
export const oddTexts = [
  "' OR '1'='1",
  "'; drop table businesses; --",
  '$$; select 1; $$',
  '\\',
  '%s%s%n',
  `{{7*7}}\${7*7}`,
  '../../../../etc/passwd',
  '<script>alert(1)</script>',
  '=HYPERLINK("http://x")',
  '\u0130\u0131\u00df\ufb03',
  '🇻🇳👩🏽‍⚖️',
  'a\u0301\u0302\u0303\u0304\u0305\u0306\u0307\u0308',
  ' ',
  '\u3000',
];
