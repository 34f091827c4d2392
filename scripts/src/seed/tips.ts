// Tips (tin báo, tố giác, phản ánh), week by week as `weeklyCounts` sets them, in time order.
// About 70 % name a business and sit at or near it; the rest are placed around a village, many
// only approximately (precision_meters 100–500). The loader walks the tips twice (rows, then
// events), so the events of tip n must come out the same without rebuilding its business:
// each tip draws its head and timeline first, its place and description after.

import { Random } from '@ntm/solver/random';
import type { Feature, Point } from 'geojson';
import type { BusinessAnchors } from './business-anchors';
import type { BusinessType } from './business-catalogue';
import type { BusinessFactory } from './businesses';
import type { DemoGeography } from './demo-geography';
import type { Vec } from './local-frame';
import type { TipCategory, TipChannel, TipStatus } from './tip-categories';
import { describeTip } from './tip-descriptions';
import { type TipEvent, tipTimeline } from './tip-timeline';
import { wallMinutesOf } from './wall-clock';
import type { WeekCount } from './weekly-counts';

export type TipProps = {
  ordinal: number;
  receivedAt: string;
  channel: TipChannel;
  category: TipCategory;
  description: string;
  /** Ordinal of the related business, or null. */
  businessOrdinal: number | null;
  precisionMeters: number;
  status: TipStatus;
  events: TipEvent[];
};
export type TipFeature = Feature<Point, TipProps>;

export type TipContext = {
  seed: number;
  /** Last day of the generated period, 'YYYY-MM-DD'. */
  until: string;
  weeks: readonly WeekCount[];
  businesses: BusinessFactory;
  anchors: BusinessAnchors;
  geography: DemoGeography;
};

/** Tips arrive at any hour, most in the evening. Weight per hour 0–23. */
const hourWeights = [
  0.3, 0.2, 0.1, 0.1, 0.1, 0.3, 0.6, 1, 1, 1, 1, 1, 1.2, 1.2, 1.2, 1.2, 1.3, 1.5, 2, 2.2, 2.2, 2,
  1.5, 0.8,
];
const hourTotal = hourWeights.reduce((a, b) => a + b, 0);

function minuteOfDay(random: Random): number {
  let target = random.next() * hourTotal;
  let hour = 0;
  while (hour < 23 && target >= (hourWeights[hour] as number)) {
    target -= hourWeights[hour] as number;
    hour += 1;
  }
  return hour * 60 + random.int(60);
}

/** How likely a tip names a business of this kind, relative to the others; fronts × 2.5. */
const tipWeights: Readonly<Record<BusinessType, number>> = {
  karaoke: 3,
  massage: 3,
  lodging: 2,
  'short-term-rental': 1.5,
  'bar-cafe': 1,
  other: 0.8,
};
const tipWeight = (type: BusinessType, isFront: boolean) => tipWeights[type] * (isFront ? 2.5 : 1);
const maxTipWeight = 7.5;

type TipSlot = { ordinal: number; receivedMinutes: number; random: Random };

function* tipSlots(context: TipContext): Generator<TipSlot> {
  let ordinal = 0;
  for (let w = 0; w < context.weeks.length; w += 1) {
    const week = context.weeks[w] as WeekCount;
    const random = Random.of(context.seed, 'tip-week', w);
    const times = Array.from({ length: week.count }, () =>
      wallMinutesOf(random.pick(week.days), minuteOfDay(random)),
    ).sort((a, b) => a - b);
    for (const receivedMinutes of times) {
      ordinal += 1;
      yield { ordinal, receivedMinutes, random: Random.of(context.seed, 'tip', ordinal) };
    }
  }
}

type TipHead = {
  hasBusiness: boolean;
  category: TipCategory;
  channel: TipChannel;
  events: TipEvent[];
};

function tipHead(context: TipContext, slot: TipSlot): TipHead {
  const { random } = slot;
  const hasBusiness = random.chance(0.7);
  const category: TipCategory = hasBusiness
    ? random.weighted({
        'nghi-mua-ban-dam': 0.45,
        'co-so-tra-hinh': 0.15,
        'moi-gioi': 0.2,
        khac: 0.2,
        'quang-cao-truc-tuyen': 0,
      })
    : random.weighted({
        'quang-cao-truc-tuyen': 0.45,
        'moi-gioi': 0.2,
        'nghi-mua-ban-dam': 0.2,
        khac: 0.15,
        'co-so-tra-hinh': 0,
      });
  const channel: TipChannel =
    category === 'quang-cao-truc-tuyen'
      ? random.weighted({
          'social-network': 0.8,
          'public-form': 0.2,
          hotline: 0,
          'in-person': 0,
          village: 0,
          agency: 0,
        })
      : random.weighted({
          hotline: 0.28,
          'in-person': 0.15,
          village: 0.25,
          agency: 0.12,
          'social-network': 0.08,
          'public-form': 0.12,
        });
  const untilMinutes = wallMinutesOf(context.until, 1439);
  const events = tipTimeline(random, slot.receivedMinutes, untilMinutes, channel, category);
  return { hasBusiness, category, channel, events };
}

function tipFeature(context: TipContext, slot: TipSlot, head: TipHead): TipFeature {
  const { random } = slot;
  const { businesses, geography, anchors } = context;
  const locator = geography.locator;
  let businessOrdinal: number | null = null;
  let position: Vec;
  let precisionMeters = 0;
  let place: string;
  if (head.hasBusiness) {
    businessOrdinal = businesses.pickWeighted(random, tipWeight, maxTipWeight);
    const business = businesses.identity(businessOrdinal);
    place = `${business.name} (thôn ${business.villageName})`;
    precisionMeters = random.chance(0.75) ? 0 : 100 + 50 * random.int(5);
    const reach = precisionMeters === 0 ? 8 : precisionMeters;
    position = business.position;
    for (let attempt = 0; attempt < 10; attempt += 1) {
      const angle = random.range(0, 2 * Math.PI);
      const r = reach * Math.sqrt(random.next());
      const candidate: Vec = [
        business.position[0] + r * Math.cos(angle),
        business.position[1] + r * Math.sin(angle),
      ];
      if (locator.insideCommune(candidate, 1)) {
        position = candidate;
        break;
      }
    }
  } else {
    const village = anchors.villageByPopulation(random);
    precisionMeters = random.chance(0.7) ? 100 + 50 * random.int(9) : 0;
    position = anchors.villageCentre(village);
    for (let attempt = 0; attempt < 10; attempt += 1) {
      const candidate = anchors.scatter(random, anchors.villageCentre(village), 350);
      if (locator.insideCommune(candidate, 1)) {
        position = candidate;
        break;
      }
    }
    const villageName = (
      geography.villagePlans[locator.nearestCentre(position)] as { name: string }
    ).name;
    place = `khu vực thôn ${villageName}`;
  }
  const description = describeTip(random, head.category, place);
  const last = head.events[head.events.length - 1] as TipEvent;
  return {
    type: 'Feature',
    id: slot.ordinal,
    geometry: { type: 'Point', coordinates: geography.frame.toLngLat(position) },
    properties: {
      ordinal: slot.ordinal,
      receivedAt: (head.events[0] as TipEvent).at,
      channel: head.channel,
      category: head.category,
      description,
      businessOrdinal,
      precisionMeters,
      status: last.toStatus,
      events: head.events,
    },
  };
}

export function* generateTips(context: TipContext): Generator<TipFeature> {
  for (const slot of tipSlots(context)) yield tipFeature(context, slot, tipHead(context, slot));
}

/** The events alone, tip by tip, without rebuilding businesses: the loader's second pass. */
export function* generateTipEvents(
  context: TipContext,
): Generator<{ ordinal: number; events: TipEvent[] }> {
  for (const slot of tipSlots(context))
    yield { ordinal: slot.ordinal, events: tipHead(context, slot).events };
}
