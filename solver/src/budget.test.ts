import { describe, expect, it } from 'vitest';
import { budgetOf } from './budget';

describe('budgetOf', () => {
  it('on the processor clock, runs out once the process has worked that long', () => {
    const budget = budgetOf(5, undefined, 'cpu');
    let spin = 0;
    while (!budget.passed()) spin += Math.sqrt(spin + 1);
    expect(spin).toBeGreaterThan(0);
    expect(budget.timeUp()).toBe(true);
    expect(budget.remainingMs()).toBe(0);
    expect(budget.progress()).toBe(1);
  });

  it('with an iteration cap, counts progress by iterations whatever the clock', () => {
    for (const clock of ['wall', 'cpu'] as const) {
      const budget = budgetOf(1e9, 4, clock);
      let steps = 0;
      while (!budget.passed()) steps++;
      expect(steps).toBe(4);
      expect(budget.progress()).toBe(1);
      expect(budget.timeUp()).toBe(false);
    }
  });
});
