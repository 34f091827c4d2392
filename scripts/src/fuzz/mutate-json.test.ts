import { Random } from '@ntm/solver/random';
import { describe, expect, it } from 'vitest';
import { jsonMutations, mutateJson } from './mutate-json';

const body = {
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [106.23, 20.75] },
  properties: { name: 'Nhà nghỉ', openedOn: '2026-06-01', reach: 40 },
};

describe('JSON body mutations', () => {
  it.each(jsonMutations)('%s gives the same text for the same seed', (mutation) => {
    expect(mutateJson(body, mutation, new Random(7))).toBe(
      mutateJson(body, mutation, new Random(7)),
    );
  });

  it('leaves the valid body as it is for none, and changes it for every other mutation', () => {
    expect(mutateJson(body, 'none', new Random(1))).toBe(JSON.stringify(body));
    for (const mutation of jsonMutations.filter((m) => m !== 'none')) {
      const texts = Array.from({ length: 20 }, (_, i) => mutateJson(body, mutation, new Random(i)));
      expect(
        texts.some((t) => t !== JSON.stringify(body)),
        mutation,
      ).toBe(true);
    }
  });

  it('puts a NUL, a lone surrogate and a bad date into the body as JSON carries them', () => {
    expect(JSON.stringify(JSON.parse(mutateJson(body, 'nul', new Random(3))))).toContain('\\u0000');
    const surrogate = mutateJson(body, 'surrogate', new Random(4));
    expect(surrogate).toMatch(/\\ud[89a-f][0-9a-f]{2}/);
    expect(mutateJson(body, 'bad-date', new Random(5))).not.toBe(JSON.stringify(body));
  });

  it('writes what JSON.stringify cannot: a key twice, __proto__ first, 1e309, deep nesting', () => {
    const twice = mutateJson(body, 'duplicate-key', new Random(1));
    expect(twice.match(/"type":/g)?.length).toBeGreaterThanOrEqual(3);
    expect(mutateJson(body, 'proto-key', new Random(1))).toMatch(
      /^\{"(__proto__|constructor|prototype)":/,
    );
    const numbers = Array.from({ length: 60 }, (_, i) =>
      mutateJson(body, 'bad-number', new Random(i)),
    );
    expect(numbers.some((t) => t.includes('1e309'))).toBe(true);
    const deep = Array.from({ length: 20 }, (_, i) => mutateJson(body, 'deep', new Random(i)));
    expect(deep.some((t) => t.includes('['.repeat(1000)) || t.includes('{"a":'.repeat(1000)))).toBe(
      true,
    );
  });
});
