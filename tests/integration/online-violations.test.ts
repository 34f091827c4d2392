import { describe, expect, it } from 'vitest';
import { expectErrorShape, staffApps } from '../helpers/test-app';

const { police, culture } = staffApps();
const { sql } = police;

type Violation = { id: number; takedownStatus: string; takedownRequestedAt: string | null };

const advert = {
  platform: 'Zalo',
  target: 'https://zalo.me/g/quang-cao-thu',
  kind: 'advertising',
  description: 'Nhóm Zalo đăng ảnh quảng cáo dịch vụ "massage thư giãn" kèm số điện thoại.',
};

describe('online violations', () => {
  it('records one and follows its takedown: requested, then removed; nothing else', async () => {
    const created = await police.sendJson('POST', '/api/online-violations', advert);
    expect(created.status).toBe(201);
    const v = (await created.json()) as Violation;
    expect(v.takedownStatus).toBe('not-requested');

    const to = (status: string) =>
      police.sendJson('PATCH', `/api/online-violations/${v.id}`, { status, note: `→ ${status}` });
    expect((await expectErrorShape(await to('removed'), 409)).code).toBe('illegal-transition');
    const requested = (await (await to('requested')).json()) as Violation;
    expect(requested.takedownRequestedAt).not.toBeNull();
    expect(((await (await to('removed')).json()) as Violation).takedownStatus).toBe('removed');
    await expectErrorShape(await to('requested'), 409);

    const audit = await sql`
      select action from audit_log where entity = 'online-violation' and entity_id = ${String(v.id)} order by id`;
    expect(audit.map((r) => r.action)).toEqual(['create', 'update', 'update']);
  });

  it('refuses other roles, bad input and unknown ids, and stores nothing', async () => {
    const [before] = await sql`select count(*)::int as n from online_violations`;
    await expectErrorShape(await culture.sendJson('POST', '/api/online-violations', advert), 403);
    await expectErrorShape(await culture.request('/api/online-violations'), 403);
    await expectErrorShape(
      await police.sendJson('POST', '/api/online-violations', { ...advert, kind: 'x' }),
      400,
    );
    await expectErrorShape(
      await police.sendJson('POST', '/api/online-violations', { ...advert, tipId: 99999999 }),
      422,
    );
    await expectErrorShape(
      await police.sendJson('POST', '/api/online-violations', {
        ...advert,
        foundAt: '2099-01-01T00:00:00+07:00',
      }),
      422,
    );
    await expectErrorShape(
      await police.sendJson('PATCH', '/api/online-violations/99999999', { status: 'requested' }),
      404,
    );
    const [after] = await sql`select count(*)::int as n from online_violations`;
    expect(after).toEqual(before);
  });
});
