import type { RoundStop } from '@ntm/db/queries/round-stops';
// GET /api/route-plans/stops (issue #15): the saved rounds' stops of some days, the team's
// schedule at /kiem-tra; in walking order, with where each premises is, what is done, and
// surprise rounds for the police only; bad days in the one error shape.
import { describe, expect, it } from 'vitest';
import { expectErrorShape, staffApps } from '../helpers/test-app';

const now = () => new Date('2027-01-20T03:00:00Z');
const { police, leadership, culture } = staffApps({ now });

const day = '2027-01-08';

async function plan(surprise: boolean) {
  const response = await police.sendJson('POST', '/api/route-plans', {
    date: day,
    teams: [
      { name: 'Tổ A', shift: { from: '19:00', to: '22:00' } },
      { name: 'Tổ B', shift: { from: '19:00', to: '22:00' } },
    ],
    selection: { maxStops: 12, randomShare: 0 },
    surprise,
    seed: 5,
  });
  expect(response.status, await response.clone().text()).toBe(201);
  return (await response.json()) as {
    id: number;
    teams: Array<{ name: string; stops: Array<{ businessId: number; start: string }> }>;
  };
}

const stopsOf = async (as: typeof police, query: string) => {
  const response = await as.request(`/api/route-plans/stops?${query}`);
  expect(response.status).toBe(200);
  return ((await response.json()) as { stops: RoundStop[] }).stops;
};

describe('the saved rounds as the schedule', () => {
  it('lists each round’s stops in walking order with their place, and surprise rounds for the police only', async () => {
    const planned = await plan(false);
    const surprise = await plan(true);
    const stops = await stopsOf(police, `from=${day}&to=${day}`);
    const ofPlan = (id: number) => stops.filter((s) => s.planId === id);
    // Newest plan first, then team by team, stop by stop, at the times the plan gives.
    expect(stops.findIndex((s) => s.planId === surprise.id)).toBeLessThan(
      stops.findIndex((s) => s.planId === planned.id),
    );
    expect(
      ofPlan(planned.id).map((s) => [s.teamName, s.businessId, Date.parse(s.plannedStart)]),
    ).toEqual(
      planned.teams.flatMap((team) =>
        team.stops.map((s) => [team.name, s.businessId, Date.parse(s.start)]),
      ),
    );
    for (const stop of stops) {
      expect(stop.date).toBe(day);
      expect(stop.address.length).toBeGreaterThan(0);
      expect(stop.inspectionId).toBeNull();
    }
    expect(ofPlan(surprise.id).every((s) => s.surprise)).toBe(true);

    const seenByLeadership = await stopsOf(leadership, `from=${day}&to=${day}`);
    expect(seenByLeadership.some((s) => s.planId === planned.id)).toBe(true);
    expect(seenByLeadership.some((s) => s.planId === surprise.id)).toBe(false);
    expect(await stopsOf(police, 'from=2027-01-09&to=2027-01-10')).toEqual([]);
  });

  it('refuses bad days in the one error shape, and the roles that do not read rounds', async () => {
    await expectErrorShape(await police.request('/api/route-plans/stops?from=2027-01-08'), 400);
    await expectErrorShape(
      await police.request('/api/route-plans/stops?from=2027-01-08&to=2027-01-01'),
      400,
    );
    await expectErrorShape(
      await police.request('/api/route-plans/stops?from=2027-01-01&to=2027-03-01'),
      400,
    );
    await expectErrorShape(
      await police.request('/api/route-plans/stops?from=8/1/2027&to=2027-01-09'),
      400,
    );
    await expectErrorShape(
      await culture.request(`/api/route-plans/stops?from=${day}&to=${day}`),
      403,
    );
  });
});
