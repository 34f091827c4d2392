// Stops whose numbered markers would overlap at a zoom are drawn as one marker labelled with
// their numbers ("10–13"), at their middle: four numbers piled on each other read as none. The
// list and the sheet's table keep every stop; the map only has to say which are where.

/** Web Mercator world pixels at `zoom` (512-pixel tiles, as MapLibre draws them). */
export function worldPixels([lng, lat]: readonly [number, number], zoom: number): [number, number] {
  const size = 512 * 2 ** zoom;
  const sin = Math.sin((lat * Math.PI) / 180);
  const x = ((lng + 180) / 360) * size;
  const y = (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * size;
  return [x, y];
}

/** "10–13" for a run, "3, 5" apart, runs and single numbers mixed: "3, 8–10". */
export function stopNumbersLabel(seqs: readonly number[]): string {
  const sorted = [...new Set(seqs)].sort((a, b) => a - b);
  const parts: string[] = [];
  let start = sorted[0];
  let previous = start;
  for (const seq of [...sorted.slice(1), Number.NaN]) {
    if (start === undefined || previous === undefined) break;
    if (seq === previous + 1) {
      previous = seq;
      continue;
    }
    parts.push(start === previous ? String(start) : `${start}–${previous}`);
    start = seq;
    previous = seq;
  }
  return parts.join(', ');
}

/**
 * Groups the stops closer than `minPixels` on screen at `zoom`, transitively (a chain of
 * near stops is one group), each group in seq order, groups in the order of their first stop.
 */
export function crowdedGroups<S extends { seq: number; lngLat: readonly [number, number] }>(
  stops: readonly S[],
  zoom: number,
  minPixels: number,
): S[][] {
  const points = stops.map((s) => worldPixels(s.lngLat, zoom));
  const parent = stops.map((_, i) => i);
  const root = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r] as number;
    return r;
  };
  for (let i = 0; i < stops.length; i++) {
    for (let j = i + 1; j < stops.length; j++) {
      const [xi, yi] = points[i] as [number, number];
      const [xj, yj] = points[j] as [number, number];
      if (Math.hypot(xi - xj, yi - yj) < minPixels) parent[root(j)] = root(i);
    }
  }
  const groups = new Map<number, S[]>();
  stops.forEach((stop, i) => {
    const r = root(i);
    groups.set(r, [...(groups.get(r) ?? []), stop]);
  });
  return [...groups.values()]
    .map((group) => [...group].sort((a, b) => a.seq - b.seq))
    .sort((a, b) => (a[0]?.seq ?? 0) - (b[0]?.seq ?? 0));
}

/** The middle of a group, to draw its one marker at. */
export function groupCentre(group: ReadonlyArray<{ lngLat: readonly [number, number] }>) {
  const n = group.length;
  return [
    group.reduce((sum, s) => sum + s.lngLat[0], 0) / n,
    group.reduce((sum, s) => sum + s.lngLat[1], 0) / n,
  ] as [number, number];
}
