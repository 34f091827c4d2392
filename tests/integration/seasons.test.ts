import { describe, expect, it } from 'vitest';
import { expectErrorShape, staffApps } from '../helpers/test-app';

const { admin, police } = staffApps();
const { sql } = admin;

type Answer = {
  year: number;
  seasons: { code: string; from: string; to: string; kind: string }[];
  events: { id: number; name: string; from: string; to: string }[];
};

describe('GET /api/seasons', () => {
  it('gives Tết from the lunar calendar with two weeks either side, for any year 2020–2035', async () => {
    const tet = async (year: number) => {
      const answer = (await (await police.request(`/api/seasons?year=${year}`)).json()) as Answer;
      return answer.seasons.find((s) => s.code === 'tet');
    };
    // Tết 2026 is 17 February, 2027 is 6 February (DOMAIN.md), 2035 is 8 February.
    expect(await tet(2026)).toMatchObject({
      from: '2026-02-03',
      to: '2026-03-03',
      kind: 'national',
    });
    expect(await tet(2027)).toMatchObject({ from: '2027-01-23', to: '2027-02-20' });
    expect(await tet(2035)).toMatchObject({ from: '2035-01-25', to: '2035-02-22' });
    await expectErrorShape(await police.request('/api/seasons?year=2019'), 400);
    await expectErrorShape(await police.request('/api/seasons?year=2036'), 400);
  });

  it('adds the commune’s own events, which only the admin keeps (audited)', async () => {
    const event = { name: 'Lễ hội làng Tiền Lệ', from: '2026-03-10', to: '2026-03-12' };
    await expectErrorShape(await police.sendJson('POST', '/api/seasons/events', event), 403);
    const created = await admin.sendJson('POST', '/api/seasons/events', event);
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: number };
    const answer = (await (await police.request('/api/seasons?year=2026')).json()) as Answer;
    expect(answer.events).toContainEqual(expect.objectContaining({ id, ...event }));
    expect((await admin.request(`/api/seasons/events/${id}`, { method: 'DELETE' })).status).toBe(
      204,
    );
    await expectErrorShape(
      await admin.request(`/api/seasons/events/${id}`, { method: 'DELETE' }),
      404,
    );
    const audit =
      await sql`select action from audit_log where entity = 'local-event' and entity_id = ${String(id)} order by id`;
    expect(audit.map((r) => r.action)).toEqual(['create', 'delete']);
  });

  it('refuses reversed, overlong and out-of-range events and stores nothing', async () => {
    const [before] = await sql`select count(*)::int as n from local_events`;
    for (const [body, status] of [
      [{ name: 'Ngược', from: '2026-03-12', to: '2026-03-10' }, 422],
      [{ name: 'Dài quá', from: '2026-01-01', to: '2026-06-30' }, 422],
      [{ name: 'Xa quá', from: '2040-01-01', to: '2040-01-02' }, 422],
      [{ name: 'x', from: '2026-01-01', to: '2026-01-02' }, 400],
      [{ name: 'Ngày sai', from: '2026-02-30', to: '2026-03-01' }, 400],
    ] as const) {
      await expectErrorShape(await admin.sendJson('POST', '/api/seasons/events', body), status);
    }
    const [after] = await sql`select count(*)::int as n from local_events`;
    expect(after).toEqual(before);
  });
});
