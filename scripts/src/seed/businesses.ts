// Sensitive businesses, each regenerated on demand from (seed, ordinal): a tip or inspection
// that refers to business 734 512 rebuilds just that one, so a million-business run never holds
// the register in memory. Draws happen in a fixed order (kind, position, name, the rest), so a
// partial rebuild agrees with the full one.

import type { OpeningHours } from '@ntm/db/schema/businesses';
import { addDays, epochDayOf } from '@ntm/domain/seasons/iso-date';
import { Random } from '@ntm/solver/random';
import type { Feature, Point } from 'geojson';
import { BusinessAnchors } from './business-anchors';
import {
  anchorWeights,
  type BusinessType,
  businessTypeShares,
  businessTypes,
  frontShare,
  nameAndTrade,
} from './business-catalogue';
import type { DemoGeography } from './demo-geography';
import type { Vec } from './local-frame';
import { openingHoursOf } from './opening-hours';
import { personName } from './people-names';

export type BusinessStatus = 'active' | 'suspended' | 'closed';

export type BusinessProps = {
  /** 1-based position in the register; the row id on a fresh database. */
  ordinal: number;
  name: string;
  type: BusinessType;
  address: string;
  licensedTrade: string;
  licenceNumber: string | null;
  ownerName: string;
  phone: string;
  openingHours: OpeningHours;
  status: BusinessStatus;
  reviewedAt: string;
  villageSlug: string;
  /** Licensed for food and drink but run as karaoke or massage (demo truth; not stored). */
  isFront: boolean;
};

export type BusinessFeature = Feature<Point, BusinessProps>;

export type BusinessCore = {
  ordinal: number;
  type: BusinessType;
  isFront: boolean;
  position: Vec;
  villageIndex: number;
};

/** Every business stands at least this far inside its village, so no boundary question arises. */
const businessMarginMeters = 3;
const goldenFraction = 0.6180339887498949;
const firstReviewDate = '2025-01-06';
const lastReviewDate = '2026-12-31';

export class BusinessFactory {
  private readonly anchors: BusinessAnchors;
  private readonly typeOffset: number;
  private readonly cumulativeShares: number[];
  private readonly reviewDays: number;

  constructor(
    private readonly seed: number,
    private readonly geography: DemoGeography,
    readonly count: number,
    until: string,
  ) {
    this.anchors = new BusinessAnchors(geography);
    this.typeOffset = Random.of(seed, 'business-types').next();
    let running = 0;
    this.cumulativeShares = businessTypes.map((type) => {
      running += businessTypeShares[type];
      return running;
    });
    const lastReview = until < lastReviewDate ? until : lastReviewDate;
    this.reviewDays = Math.max(0, epochDayOf(lastReview) - epochDayOf(firstReviewDate));
  }

  /**
   * Types follow a low-discrepancy sequence rather than independent draws, so every prefix of
   * the register holds each type in its share to within one business.
   */
  typeOf(ordinal: number): BusinessType {
    const u = (this.typeOffset + ordinal * goldenFraction) % 1;
    const index = this.cumulativeShares.findIndex((share) => u < share);
    return businessTypes[index < 0 ? businessTypes.length - 1 : index] as BusinessType;
  }

  /** Type and front flag only: one hash and one draw. */
  kindOf(ordinal: number): { type: BusinessType; isFront: boolean; random: Random } {
    const random = Random.of(this.seed, 'business', ordinal);
    const type = this.typeOf(ordinal);
    const frontDraw = random.next();
    return {
      type,
      isFront: (type === 'karaoke' || type === 'massage') && frontDraw < frontShare,
      random,
    };
  }

  core(ordinal: number): BusinessCore & { random: Random } {
    const { type, isFront, random } = this.kindOf(ordinal);
    const locator = this.geography.locator;
    for (let attempt = 0; attempt < 40; attempt += 1) {
      const anchor = random.weighted(anchorWeights[type]);
      const position = this.anchors.near(random, anchor);
      const villageIndex = locator.villageAt(position, businessMarginMeters);
      if (villageIndex >= 0) return { ordinal, type, isFront, position, villageIndex, random };
    }
    // Village centres sit hundreds of metres inside their villages.
    const villageIndex = this.anchors.villageByPopulation(random);
    const position = this.anchors.scatter(random, this.anchors.villageCentre(villageIndex), 5);
    return { ordinal, type, isFront, position, villageIndex, random };
  }

  /** Core plus the name, for tips that mention the business. */
  identity(
    ordinal: number,
  ): BusinessCore & { random: Random; name: string; trade: string; villageName: string } {
    const core = this.core(ordinal);
    const { name, trade } = nameAndTrade(core.random, core.type, core.isFront);
    const villageName = (this.geography.villagePlans[core.villageIndex] as { name: string }).name;
    return { ...core, name, trade, villageName };
  }

  feature(ordinal: number): BusinessFeature {
    const { random, type, isFront, position, villageIndex, name, trade, villageName } =
      this.identity(ordinal);
    const village = this.geography.villagePlans[villageIndex] as { slug: string };
    const statusDraw = random.next();
    const status: BusinessStatus =
      statusDraw < 0.85 ? 'active' : statusDraw < 0.93 ? 'suspended' : 'closed';
    const licenceNumber = random.chance(0.04)
      ? null
      : `04F8${String(random.int(1_000_000)).padStart(6, '0')}`;
    const properties: BusinessProps = {
      ordinal,
      name,
      type,
      address: `Thôn ${villageName}, xã Nam Thanh Miện`,
      licensedTrade: trade,
      licenceNumber,
      ownerName: personName(random),
      phone: `09${String(random.int(100_000_000)).padStart(8, '0')}`,
      openingHours: openingHoursOf(random, type),
      status,
      reviewedAt: addDays(firstReviewDate, random.int(this.reviewDays + 1)),
      villageSlug: village.slug,
      isFront,
    };
    return {
      type: 'Feature',
      id: ordinal,
      geometry: { type: 'Point', coordinates: this.positionLngLat(position) },
      properties,
    };
  }

  /** The point a business stands on, as written to GeoJSON and the database. */
  positionLngLat(position: Vec): [number, number] {
    return this.geography.frame.toLngLat(position) as [number, number];
  }

  *features(): Generator<BusinessFeature> {
    for (let ordinal = 1; ordinal <= this.count; ordinal += 1) yield this.feature(ordinal);
  }

  /**
   * A business ordinal drawn in proportion to `weightOf(type, isFront)` (at most `maxWeight`),
   * by rejection so that only kinds, not whole businesses, are rebuilt.
   */
  pickWeighted(
    random: Random,
    weightOf: (type: BusinessType, isFront: boolean) => number,
    maxWeight: number,
  ): number {
    for (;;) {
      const ordinal = 1 + random.int(this.count);
      const { type, isFront } = this.kindOf(ordinal);
      if (random.next() * maxWeight < weightOf(type, isFront)) return ordinal;
    }
  }
}
