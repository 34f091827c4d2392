// The whole demo data set for one seed: the map (built at once, it is small) and the big
// tables as generators, so that a --scale run streams them in flat memory.

import { Random } from '@ntm/solver/random';
import { BusinessAnchors } from './business-anchors';
import { BusinessFactory, type BusinessFeature } from './businesses';
import { buildGeography, type DemoGeography } from './demo-geography';
import { generateInspections, type InspectionFeature } from './inspections';
import type { TipEvent } from './tip-timeline';
import { generateTipEvents, generateTips, type TipFeature } from './tips';
import { demoUsers, type UserSeed } from './users';
import { planMergers, type VillageMerger } from './village-mergers';
import { type WeekCount, weeklyCounts } from './weekly-counts';

export type DemoOptions = {
  seed: number;
  /** N businesses and N tips (and N/4 inspections) instead of the demo's natural size. */
  scale?: number;
  /** Last day of tips and inspections, 'YYYY-MM-DD'. */
  until?: string;
};

const demoDefaults = {
  from: '2025-01-01',
  until: '2026-11-30',
  businesses: 220,
  tipsPerWeek: 3,
  inspectionsPerWeek: 3,
  /** With --scale N: inspections = N × this. */
  inspectionsPerScaledTip: 0.25,
};

export type Demo = {
  seed: number;
  from: string;
  until: string;
  geography: DemoGeography;
  users: UserSeed[];
  /** The village mergers of 1 July 2025 (village-mergers.ts). */
  mergers: VillageMerger[];
  businessCount: number;
  tipWeeks: WeekCount[];
  tipCount: number;
  inspectionWeeks: WeekCount[];
  inspectionCount: number;
  businesses(): Generator<BusinessFeature>;
  tips(): Generator<TipFeature>;
  tipEvents(): Generator<{ ordinal: number; events: TipEvent[] }>;
  inspections(): Generator<InspectionFeature>;
};

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

export function generateDemo(options: DemoOptions): Demo {
  const { seed, scale } = options;
  const until = options.until ?? demoDefaults.until;
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`);
  if (scale !== undefined && !(Number.isInteger(scale) && scale > 0)) {
    throw new RangeError(`scale must be a positive integer, got ${scale}`);
  }
  if (!isoDate.test(until) || until < demoDefaults.from) {
    throw new RangeError(`until must be a YYYY-MM-DD date from ${demoDefaults.from}, got ${until}`);
  }
  const geography = buildGeography(seed);
  const mergers = planMergers(geography.villagePlans);
  const mergedAway = new Set(mergers.flatMap((m) => m.parts));
  const businessCount = scale ?? demoDefaults.businesses;
  const businesses = new BusinessFactory(seed, geography, businessCount, until);
  const anchors = new BusinessAnchors(geography);
  const tipWeeks = weeklyCounts(Random.of(seed, 'tip-weeks'), {
    from: demoDefaults.from,
    until,
    basePerWeek: demoDefaults.tipsPerWeek,
    ...(scale === undefined ? {} : { total: scale }),
  });
  const inspectionWeeks = weeklyCounts(Random.of(seed, 'inspection-weeks'), {
    from: demoDefaults.from,
    until,
    basePerWeek: demoDefaults.inspectionsPerWeek,
    ...(scale === undefined
      ? {}
      : { total: Math.round(scale * demoDefaults.inspectionsPerScaledTip) }),
  });
  const tipContext = { seed, until, weeks: tipWeeks, businesses, anchors, geography };
  const sum = (weeks: WeekCount[]) => weeks.reduce((total, week) => total + week.count, 0);

  return {
    seed,
    from: demoDefaults.from,
    until,
    geography,
    // A village merged away on 1 July 2025 has no head any more (its outline is history).
    users: demoUsers(Random.of(seed, 'users'), geography.villagePlans).filter(
      (u) => !mergedAway.has(u.villageSlug ?? ''),
    ),
    mergers,
    businessCount,
    tipWeeks,
    tipCount: sum(tipWeeks),
    inspectionWeeks,
    inspectionCount: sum(inspectionWeeks),
    businesses: () => businesses.features(),
    tips: () => generateTips(tipContext),
    tipEvents: () => generateTipEvents(tipContext),
    inspections: () => generateInspections({ seed, weeks: inspectionWeeks, businesses }),
  };
}
