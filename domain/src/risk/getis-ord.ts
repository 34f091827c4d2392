// Getis-Ord Gi* (Getis & Ord 1992; Ord & Getis 1995; as Esri's Hot Spot Analysis computes it)
// with binary weights: w_ij = 1 when cell j is a neighbour of cell i or i itself, else 0.
//
//   Gi* = (Σ_j w_ij x_j − X̄ Σ_j w_ij) / (S · √((n Σ_j w_ij² − (Σ_j w_ij)²) / (n − 1)))
//   X̄ = Σ x_j / n,  S = √(Σ x_j² / n − X̄²)
//
// Gi* is itself a z-score. Where it is undefined (every value equal, so S = 0; or a cell whose
// neighbourhood is the whole study area) the answer is z = 0, p = 1: nothing stands out.
import { twoSidedP } from './normal';

export type GiStar = { z: number; p: number };

/**
 * Gi* of every value; `neighbours[i]` lists the indices of cell i's neighbours, i included
 * (binary weights, so Σw = Σw² = the list's length).
 */
export function giStar(
  values: readonly number[],
  neighbours: readonly (readonly number[])[],
): GiStar[] {
  const n = values.length;
  if (neighbours.length !== n) throw new RangeError('one neighbour list per value');
  let sum = 0;
  let sumSquares = 0;
  for (const x of values) {
    sum += x;
    sumSquares += x * x;
  }
  const mean = sum / n;
  const s = Math.sqrt(Math.max(0, sumSquares / n - mean * mean));
  return neighbours.map((list) => {
    const w = list.length;
    let local = 0;
    for (const j of list) local += values[j] as number;
    const spread = (n * w - w * w) / (n - 1);
    const denominator = s * Math.sqrt(spread);
    if (!(denominator > 0)) return { z: 0, p: 1 };
    const z = (local - mean * w) / denominator;
    return { z, p: twoSidedP(z) };
  });
}
