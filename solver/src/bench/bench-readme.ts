/**
 * Known optima and best-known values, read from the tables of solver/bench/README.md so the
 * numbers live in one place: TSPLIB rows `| name | n | optimum | …`, Solomon rows with a
 * `vehicles / distance` cell (distance with decimals, which tells it from the `fleet /
 * capacity` cell): `| name | customers | fleet / capacity | vehicles / distance | …` in
 * series 1's table, `| name | vehicles / distance | …` in series 2's.
 */
export type TspReference = { name: string; n: number; optimum: number };
export type VrptwReference = { name: string; vehicles: number; distance: number };

export function readBenchReadme(text: string): { tsp: TspReference[]; vrptw: VrptwReference[] } {
  const tsp: TspReference[] = [];
  const vrptw: VrptwReference[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.startsWith('|')) continue;
    const cells = line.split('|').map((c) => c.trim());
    const name = cells[1] ?? '';
    if (!/^[A-Za-z]+\d+$/.test(name)) continue;
    const best = cells
      .slice(2)
      .map((cell) => /^(\d+) \/ (\d+\.\d+)$/.exec(cell))
      .find((match) => match !== null);
    if (best) {
      vrptw.push({ name, vehicles: Number(best[1]), distance: Number(best[2]) });
    } else if (/^\d+$/.test(cells[2] ?? '') && /^\d+$/.test(cells[3] ?? '')) {
      tsp.push({ name, n: Number(cells[2]), optimum: Number(cells[3]) });
    }
  }
  return { tsp, vrptw };
}
