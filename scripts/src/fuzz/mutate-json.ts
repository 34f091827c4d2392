// Mutations of a JSON body, drawn from a seeded Random: each returns the body's text, since
// several (duplicate keys, `__proto__`, numbers JSON.stringify cannot write, depth) exist only
// as text. Pure: the same draw gives the same text.
import type { Random } from '@ntm/solver/random';
import {
  badCoordinates,
  badDates,
  badGeometry,
  badNumberTexts,
  controlCharacters,
  oddTexts,
  surrogates,
  typeSwaps,
} from './bad-values';

type Json = unknown;
type Path = Array<string | number>;

export const jsonMutations = [
  'none',
  'type',
  'nul',
  'control',
  'surrogate',
  'huge-string',
  'deep',
  'bad-date',
  'bad-number',
  'bad-coordinates',
  'bad-geojson',
  'drop-key',
  'extra-key',
  'duplicate-key',
  'proto-key',
  'wrap',
  'truncate',
  'odd-text',
] as const;
export type JsonMutation = (typeof jsonMutations)[number];

function nodesOf(value: Json, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (out.length > 2000) return out;
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) nodesOf(item, [...path, i], out);
  } else if (value !== null && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) nodesOf(item, [...path, key], out);
  return out;
}
function getAt(value: Json, path: Path): Json {
  return path.reduce<Json>((node, key) => (node as Record<string, Json>)[key], value);
}
function setAt(value: Json, path: Path, next: Json): Json {
  if (path.length === 0) return next;
  const parent = getAt(value, path.slice(0, -1)) as Record<string | number, Json>;
  parent[path[path.length - 1] as string] = next;
  return value;
}
function strings(value: Json): Path[] {
  return nodesOf(value).filter((p) => typeof getAt(value, p) === 'string');
}
function objects(value: Json): Path[] {
  return nodesOf(value).filter((p) => {
    const node = getAt(value, p);
    return node !== null && typeof node === 'object' && !Array.isArray(node);
  });
}
/** A placeholder replaced by raw text after serialising (for values JSON.stringify cannot write). */
const marker = '\u0000fuzz-raw\u0000';
const withRaw = (value: Json, path: Path, raw: string) =>
  JSON.stringify(setAt(value, path, marker)).replace(JSON.stringify(marker), raw);

function insertInto(text: string, random: Random, piece: string) {
  const at = random.int(text.length + 1);
  return text.slice(0, at) + piece + text.slice(at);
}
function mutateString(value: Json, random: Random, piece: () => string): Json {
  const targets = strings(value);
  if (targets.length === 0) return setAt(value, random.pick(nodesOf(value)), piece());
  const path = random.pick(targets);
  return setAt(value, path, insertInto(getAt(value, path) as string, random, piece()));
}

/** The text of `example` after one mutation (`none`: the valid body as it is). */
export function mutateJson(example: Json, mutation: JsonMutation, random: Random): string {
  const value = structuredClone(example ?? {});
  const nodes = nodesOf(value);
  const anyNode = () => random.pick(nodes);
  switch (mutation) {
    case 'none':
      return JSON.stringify(value);
    case 'type':
      return JSON.stringify(setAt(value, anyNode(), structuredClone(random.pick(typeSwaps))));
    case 'nul':
      return JSON.stringify(mutateString(value, random, () => '\u0000'));
    case 'control':
      return JSON.stringify(mutateString(value, random, () => random.pick(controlCharacters)));
    case 'surrogate': {
      // As a JSON escape (the text itself stays valid UTF-8), in a value or in a key.
      const lone = random.pick(surrogates);
      const escaped = `\\u${lone.charCodeAt(0).toString(16)}`;
      if (random.chance(0.3)) return JSON.stringify(value).replace(/^\{"/, `{"${escaped}`);
      return JSON.stringify(mutateString(value, random, () => lone));
    }
    case 'huge-string': {
      // Under the 1 MB limit (deep into the code) or over it (refused before reading).
      const size = random.pick([5_000, 100_000, 900_000, 1_200_000]);
      return JSON.stringify(setAt(value, anyNode(), 'ả'.repeat(size / 2)));
    }
    case 'deep': {
      const depth = random.pick([64, 1_000, 20_000, 200_000]);
      const nested = random.chance(0.5)
        ? '['.repeat(depth) + ']'.repeat(depth)
        : '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
      return withRaw(value, anyNode(), nested);
    }
    case 'bad-date': {
      const targets = strings(value);
      const path = targets.length > 0 ? random.pick(targets) : anyNode();
      return JSON.stringify(setAt(value, path, random.pick(badDates)));
    }
    case 'bad-number': {
      const numbers = nodesOf(value).filter((p) => typeof getAt(value, p) === 'number');
      return withRaw(
        value,
        numbers.length > 0 ? random.pick(numbers) : anyNode(),
        random.pick(badNumberTexts),
      );
    }
    case 'bad-coordinates': {
      const places = nodesOf(value).filter((p) => p[p.length - 1] === 'coordinates');
      const path =
        places.length > 0 ? random.pick(places) : [...random.pick(objects(value)), 'location'];
      const bad = structuredClone(random.pick(badCoordinates));
      return places.length > 0
        ? JSON.stringify(setAt(value, path, bad))
        : JSON.stringify(setAt(value, path, { type: 'Point', coordinates: bad }));
    }
    case 'bad-geojson': {
      const places = nodesOf(value).filter((p) =>
        ['geometry', 'location'].includes(String(p[p.length - 1])),
      );
      return JSON.stringify(
        setAt(value, places.length > 0 ? random.pick(places) : anyNode(), badGeometry(random)),
      );
    }
    case 'drop-key': {
      const keyed = nodes.filter((p) => p.length > 0 && typeof p[p.length - 1] === 'string');
      if (keyed.length === 0) return JSON.stringify(value);
      const path = random.pick(keyed);
      delete (getAt(value, path.slice(0, -1)) as Record<string, Json>)[
        path[path.length - 1] as string
      ];
      return JSON.stringify(value);
    }
    case 'extra-key': {
      const holders = objects(value);
      const path = holders.length > 0 ? random.pick(holders) : [];
      const holder = getAt(value, path);
      if (holder === null || typeof holder !== 'object' || Array.isArray(holder))
        return JSON.stringify(value);
      (holder as Record<string, Json>)[random.pick(['role', 'id', 'userId', 'communeCode', 'x'])] =
        random.pick(typeSwaps);
      return JSON.stringify(value);
    }
    case 'duplicate-key': {
      // The same key twice: JSON.parse keeps the last, other parsers the first.
      const text = JSON.stringify(value);
      const key = /^\{"((?:[^"\\]|\\.)*)":/.exec(text)?.[1] ?? 'id';
      const junk = JSON.stringify(random.pick(typeSwaps));
      if (text === '{}') return `{"id":${junk},"id":1}`;
      return text.startsWith('{') ? `{"${key}":${junk},${text.slice(1)}` : text;
    }
    case 'proto-key': {
      const text = JSON.stringify(value);
      const key = random.pick(['__proto__', 'constructor', 'prototype']);
      const polluted = random.pick([
        '{"role":"admin","isAdmin":true,"communeCode":"00000"}',
        '{"prototype":{"polluted":1}}',
        'null',
        '"x"',
      ]);
      return text.startsWith('{')
        ? `{"${key}":${polluted}${text === '{}' ? '}' : `,${text.slice(1)}`}`
        : `{"${key}":${polluted}}`;
    }
    case 'wrap':
      return JSON.stringify(
        random.pick([[value], { data: value }, JSON.stringify(value), null, 0, 'Feature']),
      );
    case 'truncate': {
      const text = JSON.stringify(value);
      return text.slice(0, random.int(Math.max(1, text.length)));
    }
    case 'odd-text':
      return JSON.stringify(mutateString(value, random, () => random.pick(oddTexts)));
  }
}
