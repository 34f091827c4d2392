// The months a season touches, for shading them behind a chart whose x axis is months: each
// season becomes the run of months from its first day's to its last day's, clipped to the
// months on the axis, and runs that share a month are merged so no month is shaded twice.

export interface MonthSpan {
  /** First and last month on the axis ("2026-01"), inclusive. */
  from: string;
  to: string;
  /** The seasons inside, in order, for the tooltip and the legend. */
  names: string[];
}

export function seasonMonthSpans(
  seasons: readonly { name: string; from: string; to: string }[],
  months: readonly string[],
): MonthSpan[] {
  if (months.length === 0) return [];
  const first = months[0] as string;
  const last = months[months.length - 1] as string;
  const clipped = seasons
    .map((s) => ({ name: s.name, from: s.from.slice(0, 7), to: s.to.slice(0, 7) }))
    .filter((s) => s.to >= first && s.from <= last)
    .map((s) => ({
      name: s.name,
      from: [s.from, first].sort()[1] as string,
      to: [s.to, last].sort()[0] as string,
    }))
    .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  const spans: MonthSpan[] = [];
  for (const season of clipped) {
    const previous = spans.at(-1);
    const next = months.indexOf(season.from);
    if (previous && months.indexOf(previous.to) >= next) {
      if (season.to > previous.to) previous.to = season.to;
      previous.names.push(season.name);
    } else {
      spans.push({ from: season.from, to: season.to, names: [season.name] });
    }
  }
  return spans;
}
