// The village mergers of 1 July 2025, when the four former communes became Nam Thanh Miện: a few
// small villages joined a neighbour of the same former commune, which kept its name (as
// "thôn Phù Tải" + "thôn Đông" → "thôn Phù Tải"). Drawn from the generator's tiling, no random
// draw: in three former communes, the least populous village that may go (not the first or the
// last two of the map, whose ids the tests pick, nor a village of the demo's known accounts)
// joins the village whose centre is nearest, which in a Voronoi tiling is always a neighbour.
// Before the day the map has every village of the tiling; from it, the merged ones.

import type { VillagePlan } from './villages';

export const mergerDay = '2025-07-01';

export type VillageMerger = {
  /** The village that stays (its id, name and account), from the merger on the union. */
  into: string;
  /** The villages that end the day before the merger. */
  parts: string[];
};

const mergersWanted = 3;
const keptSlugs = new Set(['phu-tai', 'dan-giap']);

export function planMergers(plans: readonly VillagePlan[]): VillageMerger[] {
  const pinned = new Set([plans[0]?.slug, plans.at(-1)?.slug, plans.at(-2)?.slug, ...keptSlugs]);
  const formers = [...new Set(plans.map((p) => p.formerCommune))];
  const mergers: VillageMerger[] = [];
  for (const former of formers) {
    if (mergers.length === mergersWanted) break;
    const members = plans.filter((p) => p.formerCommune === former);
    const small = members
      .filter((p) => !pinned.has(p.slug))
      .sort((a, b) => a.population - b.population || a.slug.localeCompare(b.slug))[0];
    if (!small) continue;
    const distance = (p: VillagePlan) =>
      Math.hypot(p.centre[0] - small.centre[0], p.centre[1] - small.centre[1]);
    const into = members.filter((p) => p !== small).sort((a, b) => distance(a) - distance(b))[0];
    if (into) mergers.push({ into: into.slug, parts: [small.slug] });
  }
  return mergers;
}
