import type { Budget } from '../budget';
import type { Problem } from '../vrptw/problem';
import type { Route } from '../vrptw/route';

/**
 * Improves one route on its own: moves paths of 1 to 3 stops elsewhere in the route (Or-opt)
 * and reverses stretches (2-opt), keeping a change only when it lowers the cost and the
 * route stays within every window and the shift. First improvement, repeated until nothing
 * improves or the budget is spent. Meant for the drag-and-drop path, where only the two
 * routes the planner touched may change.
 */
export function improveRoute(p: Problem, route: Route, budget: Budget): void {
  const n = p.nodes;
  const v = p.vehicles[route.vehicle] as Problem['vehicles'][number];
  const nodeAt = (order: number[], k: number) =>
    k < 0
      ? v.start
      : k >= order.length
        ? v.end
        : (p.stops[order[k] as number] as Problem['stops'][number]).node;
  const c = (a: number, b: number) => p.cost[a * n + b] as number;
  const tryOrder = (order: number[]): boolean => {
    const saved = route.stops;
    route.stops = order;
    if (route.update(p) < 0) return true;
    route.stops = saved;
    route.update(p);
    return false;
  };
  let improved = true;
  while (improved && !budget.passed()) {
    improved = false;
    const order = route.stops;
    const m = order.length;
    // Or-opt: path [i, i+len) moves to sit between positions j-1 and j of the rest.
    for (let len = 1; len <= 3 && !improved; len++) {
      for (let i = 0; i + len <= m && !improved; i++) {
        const a = nodeAt(order, i - 1);
        const first = nodeAt(order, i);
        const last = nodeAt(order, i + len - 1);
        const b = nodeAt(order, i + len);
        const removeGain = c(a, first) + c(last, b) - c(a, b);
        if (removeGain <= 1e-9) continue;
        const rest = order.slice(0, i).concat(order.slice(i + len));
        for (let j = 0; j <= rest.length; j++) {
          if (j === i) continue;
          const x = nodeAt(rest, j - 1);
          const y = nodeAt(rest, j);
          if (c(x, first) + c(last, y) - c(x, y) >= removeGain - 1e-9) continue;
          const candidate = rest.slice(0, j).concat(order.slice(i, i + len), rest.slice(j));
          if (tryOrder(candidate)) {
            improved = true;
            break;
          }
        }
      }
    }
    // 2-opt: reverse positions i..j; cost is recomputed over the reversed stretch, since
    // road matrices are not symmetric.
    for (let i = 0; i < m && !improved; i++) {
      for (let j = i + 1; j < m && !improved; j++) {
        let before =
          c(nodeAt(order, i - 1), nodeAt(order, i)) + c(nodeAt(order, j), nodeAt(order, j + 1));
        let after =
          c(nodeAt(order, i - 1), nodeAt(order, j)) + c(nodeAt(order, i), nodeAt(order, j + 1));
        for (let k = i; k < j; k++) {
          before += c(nodeAt(order, k), nodeAt(order, k + 1));
          after += c(nodeAt(order, k + 1), nodeAt(order, k));
        }
        if (after >= before - 1e-9) continue;
        const candidate = order
          .slice(0, i)
          .concat(order.slice(i, j + 1).reverse(), order.slice(j + 1));
        if (tryOrder(candidate)) improved = true;
      }
    }
  }
}
