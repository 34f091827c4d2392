import { describe, expect, it } from 'vitest';
import type { VillageCollection } from '../api/geo-types';
import { villageVersion, villageVersionNote } from './village-version';

const villages = (spans: [string | null, string | null][]): VillageCollection => ({
  type: 'FeatureCollection',
  features: spans.map(([validFrom, validTo], i) => ({
    type: 'Feature',
    geometry: { type: 'Polygon', coordinates: [] },
    properties: {
      id: i + 1,
      name: `Thôn ${i}`,
      slug: `thon-${i}`,
      formerCommune: null,
      population: null,
      areaKm2: null,
      validFrom,
      validTo,
    },
  })),
});

describe('villageVersion', () => {
  it('names the version after the merger by its first day', () => {
    const v = villageVersion(
      villages([
        ['2025-07-01', null],
        ['2025-07-01', null],
      ]),
    );
    expect(v).toEqual({ from: '2025-07-01', to: null });
    expect(villageVersionNote(v)).toEqual({ key: 'legend.villageVersionFrom', date: '2025-07-01' });
  });

  it('names the first version by the day it ended', () => {
    const v = villageVersion(
      villages([
        [null, '2025-07-01'],
        [null, '2025-07-01'],
      ]),
    );
    expect(villageVersionNote(v)).toEqual({
      key: 'legend.villageVersionBefore',
      date: '2025-07-01',
    });
  });

  it('takes the latest start and the earliest end when villages changed on different days', () => {
    expect(
      villageVersion(
        villages([
          ['2025-07-01', null],
          ['2026-01-01', '2027-01-01'],
          [null, null],
        ]),
      ),
    ).toEqual({ from: '2026-01-01', to: '2027-01-01' });
  });

  it('has no note for villages without versions', () => {
    expect(villageVersionNote(villageVersion(villages([[null, null]])))).toBeNull();
  });
});
