// Inspections (kiểm tra) by the inter-agency team or the police, week by week as
// `weeklyCounts` sets them: more in the seasons, more surprise visits then, mostly at karaoke,
// massage and lodging, and front businesses far more often found in breach.

import { addDays } from '@ntm/domain/seasons/iso-date';
import { seasonFactor } from '@ntm/domain/seasons/seasons';
import { Random } from '@ntm/solver/random';
import type { Feature, Point } from 'geojson';
import type { BusinessType } from './business-catalogue';
import type { BusinessFactory } from './businesses';
import {
  findings,
  finesVnd,
  type InspectionResult,
  measuresFor,
  violationsOf,
} from './inspection-outcomes';
import { personName } from './people-names';
import { dateOfWallMinutes, formatWallMinutes, wallMinutesOf } from './wall-clock';
import type { WeekCount } from './weekly-counts';

export type Agency = 'Công an xã' | 'Trạm Y tế' | 'Phòng VH-XH' | 'Ban CHQS';
export type TeamMember = { name: string; agency: Agency };

export type InspectionProps = {
  ordinal: number;
  businessOrdinal: number;
  kind: 'scheduled' | 'surprise';
  startedAt: string;
  team: TeamMember[];
  result: InspectionResult;
  findings: string;
  violations: string[];
  measures: string[];
  fineVnd: number | null;
  /** The fine's decision (số quyết định xử phạt), as the form requires with a fine. */
  fineDecisionNumber: string | null;
  followUpOn: string | null;
  /** Username of the officer who recorded it. */
  recordedBy: string;
};
export type InspectionFeature = Feature<Point, InspectionProps>;

export type InspectionContext = {
  seed: number;
  weeks: readonly WeekCount[];
  businesses: BusinessFactory;
};

/** How often a business of this kind is inspected, relative to the others; fronts × 2. */
const inspectionWeights: Readonly<Record<BusinessType, number>> = {
  karaoke: 3,
  massage: 3,
  lodging: 2.5,
  'short-term-rental': 1.5,
  'bar-cafe': 1,
  other: 0.7,
};
const inspectionWeight = (type: BusinessType, isFront: boolean) =>
  inspectionWeights[type] * (isFront ? 2 : 1);
const maxInspectionWeight = 6;

function roster(seed: number): Record<Agency, string[]> {
  const random = Random.of(seed, 'officers');
  const names = (count: number) => Array.from({ length: count }, () => personName(random));
  return {
    'Công an xã': names(5),
    'Trạm Y tế': names(2),
    'Phòng VH-XH': names(2),
    'Ban CHQS': names(3),
  };
}

function team(
  random: Random,
  officers: Record<Agency, string[]>,
  kind: 'scheduled' | 'surprise',
): TeamMember[] {
  const draw = (agency: Agency, count: number): TeamMember[] =>
    random
      .shuffle([...officers[agency]])
      .slice(0, count)
      .map((name) => ({ name, agency }));
  return kind === 'scheduled'
    ? [
        ...draw('Công an xã', random.intBetween(1, 2)),
        ...draw('Trạm Y tế', 1),
        ...draw('Phòng VH-XH', 1),
        ...draw('Ban CHQS', random.chance(0.4) ? 1 : 0),
      ]
    : [
        ...draw('Công an xã', 2),
        ...draw('Ban CHQS', 1),
        ...draw('Phòng VH-XH', random.chance(0.5) ? 1 : 0),
      ];
}

export function* generateInspections(context: InspectionContext): Generator<InspectionFeature> {
  const officers = roster(context.seed);
  let ordinal = 0;
  for (let w = 0; w < context.weeks.length; w += 1) {
    const week = context.weeks[w] as WeekCount;
    const weekRandom = Random.of(context.seed, 'inspection-week', w);
    const slots = Array.from({ length: week.count }, () => {
      const day = weekRandom.pick(week.days);
      // Surprise visits rise with the season, and happen at night.
      const kind: 'scheduled' | 'surprise' = weekRandom.chance(0.3 + 0.1 * (seasonFactor(day) - 1))
        ? 'surprise'
        : 'scheduled';
      const minute =
        kind === 'surprise'
          ? weekRandom.intBetween(19 * 60 + 30, 23 * 60 + 30)
          : weekRandom.intBetween(8 * 60, 16 * 60 + 30);
      return { kind, minutes: wallMinutesOf(day, minute) };
    }).sort((a, b) => a.minutes - b.minutes);

    for (const slot of slots) {
      ordinal += 1;
      const random = Random.of(context.seed, 'inspection', ordinal);
      const businessOrdinal = context.businesses.pickWeighted(
        random,
        inspectionWeight,
        maxInspectionWeight,
      );
      const business = context.businesses.core(businessOrdinal);
      const result: InspectionResult = business.isFront
        ? random.weighted({ 'no-violation': 0.35, violation: 0.3, suspected: 0.22, closed: 0.13 })
        : random.weighted({ 'no-violation': 0.74, violation: 0.14, suspected: 0.08, closed: 0.04 });
      const { measures, fined } = measuresFor(random, result);
      const date = dateOfWallMinutes(slot.minutes);
      const followUpOn =
        result === 'no-violation'
          ? null
          : addDays(date, result === 'closed' ? 30 : random.intBetween(14, 30));
      const members = team(random, officers, slot.kind);
      const finding = random.pick(findings[result]);
      yield {
        type: 'Feature',
        id: ordinal,
        geometry: {
          type: 'Point',
          coordinates: context.businesses.positionLngLat(business.position),
        },
        properties: {
          ordinal,
          businessOrdinal,
          kind: slot.kind,
          startedAt: formatWallMinutes(slot.minutes),
          team: members,
          result,
          findings: finding,
          violations: result === 'violation' || result === 'closed' ? violationsOf(finding) : [],
          measures,
          fineVnd: fined ? random.pick(finesVnd) : null,
          fineDecisionNumber: fined ? `${ordinal}/QĐ-XPVPHC` : null,
          followUpOn,
          recordedBy: 'congan',
        },
      };
    }
  }
}
