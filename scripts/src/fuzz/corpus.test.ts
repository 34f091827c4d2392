import { describe, expect, it } from 'vitest';
import { type CorpusContext, matrixSizeOf, planRequest } from './corpus';
import type { IdPools } from './id-pools';
import { type FuzzRoute, fuzzRoles } from './route-table';

const routes: FuzzRoute[] = [
  { method: 'GET', path: '/api/tips/:id', key: 'GET /api/tips/:id', admitted: ['police'] },
  { method: 'POST', path: '/api/tips', key: 'POST /api/tips', admitted: ['police', 'culture'] },
  { method: 'PATCH', path: '/api/users/:id', key: 'PATCH /api/users/:id', admitted: ['admin'] },
];
const pools: IdPools = {
  get: (pool, pick) => (pool === 'tips' ? [11, 12, 13][pick(3)] : undefined),
  add: () => {},
};
const context = (seed: number): CorpusContext => ({
  seed,
  routes,
  pools,
  origin: 'http://localhost',
});
const shape = (index: number, seed: number) => {
  const r = planRequest(index, context(seed));
  return { ...r, route: r.route.key, body: typeof r.body === 'string' ? r.body : String(r.body) };
};

describe('the fuzz corpus', () => {
  it('sends the same requests for the same seed, others for another', () => {
    const run = (seed: number) => Array.from({ length: 200 }, (_, i) => shape(i, seed));
    expect(run(5)).toEqual(run(5));
    expect(run(6)).not.toEqual(run(5));
  });

  it('walks the whole route × role matrix first', () => {
    const pairs = new Set(
      Array.from({ length: matrixSizeOf(routes) }, (_, i) => {
        const r = planRequest(i, context(1));
        return `${r.route.key} as ${r.role}`;
      }),
    );
    expect(pairs.size).toBe(routes.length * fuzzRoles.length);
  });

  it('never aims at an account the run did not make, whatever the junk id', () => {
    for (let i = 0; i < 3000; i += 1) {
      const r = planRequest(i, context(9));
      if (r.route.key !== 'PATCH /api/users/:id') continue;
      const id = r.url.split('/')[3]?.split('?')[0] ?? '';
      let value = Number.NaN;
      try {
        value = Number(decodeURIComponent(id));
      } catch {}
      expect(Number.isSafeInteger(value) && value > 0 && value < 1e6, id).toBe(false);
    }
  });
});
