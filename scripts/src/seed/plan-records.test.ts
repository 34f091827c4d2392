import { describe, expect, it } from 'vitest';
import { generateDemo } from './generate-demo';
import { generatePlanRecords, planAgencies } from './plan-records';

const demo = generateDemo({ seed: 42 });
const records = generatePlanRecords(42, demo.geography, demo.until);

describe('the plan records of the demo', () => {
  it('are the same for the same seed and differ for another', () => {
    expect(JSON.stringify(generatePlanRecords(42, demo.geography, demo.until))).toBe(
      JSON.stringify(records),
    );
    const other = generateDemo({ seed: 43 });
    expect(JSON.stringify(generatePlanRecords(43, other.geography, other.until))).not.toBe(
      JSON.stringify(records),
    );
  });

  it('issue the 2026 plan after the city plan 202/KH-UBND of 4 June 2026', () => {
    const plan = records.planDocuments.find((d) => d.year === 2026);
    expect((plan?.issuedOn ?? '') > '2026-06-04').toBe(true);
    expect(plan?.title).toBe(
      'Kế hoạch triển khai thực hiện công tác phòng, chống mại dâm năm 2026',
    );
  });

  it('train about 75–85% of the officers in the last year, so indicator e sits near 80%', () => {
    expect(records.officers.length).toBeGreaterThanOrEqual(25);
    const trained = new Set(
      records.trainings.filter((t) => t.heldOn.startsWith('2026')).map((t) => t.officer),
    );
    const share = trained.size / records.officers.length;
    expect(share).toBeGreaterThanOrEqual(0.75);
    expect(share).toBeLessThanOrEqual(0.85);
    expect(records.trainings.every((t) => t.heldOn <= demo.until)).toBe(true);
  });

  it('hold talks at places on the map and one broadcast without a point', () => {
    expect(records.communication.length).toBeGreaterThanOrEqual(5);
    expect(records.communication.length).toBeLessThanOrEqual(10);
    expect(records.communication.filter((a) => a.lngLat === null)).toHaveLength(1);
    for (const a of records.communication) expect(a.heldOn).toMatch(/^202[56]-\d{2}-\d{2}$/);
  });

  it('receive every ended quarter from every agency but one or two in the latest', () => {
    const periods = [...new Set(records.submissions.map((s) => s.period))];
    expect(periods).toEqual(['2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3']);
    for (const period of periods.slice(0, -1)) {
      expect(records.submissions.filter((s) => s.period === period)).toHaveLength(
        planAgencies.length,
      );
    }
    const latest = records.submissions.filter((s) => s.period === '2026-Q3').length;
    expect(planAgencies.length - latest).toBeGreaterThanOrEqual(1);
    expect(planAgencies.length - latest).toBeLessThanOrEqual(2);
    expect(records.submissions.some((s) => s.channel === 'paper')).toBe(true);
    expect(records.submissions.filter((s) => s.channel === 'electronic').length).toBeGreaterThan(
      records.submissions.length * 0.7,
    );
  });
});
