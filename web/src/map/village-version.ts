import type { VillageCollection } from '../api/geo-types';

export type VillageVersion = {
  /** The latest first day among the outlines shown (null: since before the app knew). */
  from: string | null;
  /** The earliest end (exclusive) among them; null while they are in force. */
  to: string | null;
};

/** Which version of the villages' map a collection of a day's villages is. */
export function villageVersion(villages: VillageCollection): VillageVersion {
  let from: string | null = null;
  let to: string | null = null;
  for (const { properties: p } of villages.features) {
    if (p.validFrom && (from === null || p.validFrom > from)) from = p.validFrom;
    if (p.validTo && (to === null || p.validTo < to)) to = p.validTo;
  }
  return { from, to };
}

/**
 * The legend's note, as a catalogue key and its day: "…phiên bản từ 01/07/2025" for a version
 * with a first day, "…phiên bản trước 01/07/2025" for the first version; null when the
 * collection carries no version at all.
 */
export function villageVersionNote(
  version: VillageVersion,
): { key: 'legend.villageVersionFrom' | 'legend.villageVersionBefore'; date: string } | null {
  if (version.from) return { key: 'legend.villageVersionFrom', date: version.from };
  if (version.to) return { key: 'legend.villageVersionBefore', date: version.to };
  return null;
}
