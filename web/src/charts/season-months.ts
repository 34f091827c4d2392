// Seasons as stretches of a chart's month axis: month k (1-based, the k-th month on the axis)
// is centred on x = k, so its band runs from k − 0.5 to k + 0.5, and a season covers the part
// of each band its days do (Tết from 3 February reaches a tenth into February's band). Seasons
// outside the axis are dropped, ones running over its ends clipped, and ones that overlap or
// touch merged, so no day is shaded twice (which would darken it).

export interface SeasonSpan {
  /** Positions on the axis, in months (see above). */
  x1: number;
  x2: number;
  /** The seasons inside, in order, for the legend's tooltip. */
  names: string[];
}

/** Where a calendar day starts (or, with `end`, ends) on an axis whose first month is `first`. */
function position(day: string, first: string, end: boolean): number {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const [firstYear, firstMonth] = first.split('-').map(Number) as [number, number];
  const index = (year - firstYear) * 12 + (month - firstMonth) + 1;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return index - 0.5 + (date - (end ? 0 : 1)) / days;
}

export function seasonSpans(
  seasons: readonly { name: string; from: string; to: string }[],
  months: readonly string[],
): SeasonSpan[] {
  const first = months[0];
  if (first === undefined) return [];
  const low = 0.5;
  const high = months.length + 0.5;
  const spans: SeasonSpan[] = [];
  const clipped = seasons
    .map((s) => ({
      name: s.name,
      x1: position(s.from, first, false),
      x2: position(s.to, first, true),
    }))
    .filter((s) => s.x2 > low && s.x1 < high)
    .map((s) => ({ ...s, x1: Math.max(s.x1, low), x2: Math.min(s.x2, high) }))
    .sort((a, b) => a.x1 - b.x1);
  for (const season of clipped) {
    const previous = spans.at(-1);
    // Touching: the next day starts where the last one ended (within rounding).
    if (previous && season.x1 <= previous.x2 + 1e-9) {
      previous.x2 = Math.max(previous.x2, season.x2);
      previous.names.push(season.name);
    } else spans.push({ x1: season.x1, x2: season.x2, names: [season.name] });
  }
  return spans;
}
