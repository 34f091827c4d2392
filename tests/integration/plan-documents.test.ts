import { describe, expect, it } from 'vitest';
import { expectErrorShape, staffApps, testApp } from '../helpers/test-app';

const now = () => new Date('2026-11-29T10:00:00+07:00');
const { health, leadership, culture } = staffApps({ now });
const anonymous = testApp({ as: null, now });
const { sql } = health;

type Plan = { id: number; year: number; number: string; issuedOn: string; title: string };

const plan = {
  year: 2027,
  number: '03/KH-UBND',
  issuedOn: '2026-11-20',
  title: 'Kế hoạch triển khai thực hiện công tác phòng, chống mại dâm năm 2027',
  signedBy: 'Nguyễn Văn Hùng',
};
const count = async () => (await sql`select count(*)::int as n from plan_documents`)[0]?.n;

describe('plan documents (indicator a)', () => {
  it('lists the seeded 2026 plan for every plan reader', async () => {
    for (const reader of [health, leadership, culture]) {
      const response = await reader.request('/api/plan-documents?year=2026');
      expect(response.status).toBe(200);
      const { documents } = (await response.json()) as { documents: Plan[] };
      expect(documents).toHaveLength(1);
      expect(documents[0]).toMatchObject({ number: '45/KH-UBND', issuedOn: '2026-06-15' });
    }
  });

  it('the health station records a plan, audited, and a second with its number is a 409', async () => {
    const created = await health.sendJson('POST', '/api/plan-documents', plan);
    expect(created.status).toBe(201);
    const row = (await created.json()) as Plan;
    expect(row).toMatchObject({ year: 2027, number: '03/KH-UBND', issuedOn: '2026-11-20' });
    const audit = await sql`
      select action, role from audit_log where entity = 'plan-document' and entity_id = ${String(row.id)}`;
    expect(audit).toEqual([{ action: 'create', role: 'health' }]);

    const before = await count();
    const again = await health.sendJson('POST', '/api/plan-documents', {
      ...plan,
      number: ' 03/KH-UBND ',
      issuedOn: '2026-11-21',
    });
    expect((await expectErrorShape(again, 409)).code).toBe('duplicate-number');
    expect(await count()).toBe(before);
  });

  it('refuses other roles and bad input, and stores nothing', async () => {
    const before = await count();
    const auditBefore = (await sql`select count(*)::int as n from audit_log`)[0]?.n;
    await expectErrorShape(await culture.sendJson('POST', '/api/plan-documents', plan), 403);
    await expectErrorShape(await leadership.sendJson('POST', '/api/plan-documents', plan), 403);
    await expectErrorShape(await anonymous.request('/api/plan-documents'), 401);
    const bad: Array<[unknown, number]> = [
      [{ ...plan, number: '45-KH-UBND' }, 400],
      [{ ...plan, number: '45/kh-ubnd' }, 400],
      [{ ...plan, number: 'KH-UBND' }, 400],
      [{ ...plan, year: '2027' }, 400],
      [{ ...plan, year: 2019 }, 400],
      [{ ...plan, year: 2036 }, 400],
      [{ ...plan, issuedOn: '2026-13-01' }, 400],
      [{ ...plan, title: '' }, 400],
      [{ ...plan, extra: 1 }, 400],
      [{ ...plan, number: '04/KH-UBND', issuedOn: '2026-12-01' }, 422],
      [{ ...plan, number: '05/KH-UBND', year: 2026, issuedOn: '2024-12-01' }, 422],
    ];
    for (const [body, status] of bad) {
      await expectErrorShape(await health.sendJson('POST', '/api/plan-documents', body), status);
    }
    expect(await count()).toBe(before);
    expect((await sql`select count(*)::int as n from audit_log`)[0]?.n).toBe(auditBefore);
  });

  it('accepts the other shapes of a document number', async () => {
    const response = await health.sendJson('POST', '/api/plan-documents', {
      ...plan,
      year: 2026,
      number: '12/2026/QĐ-UBND',
      issuedOn: '2026-07-01',
    });
    expect(response.status).toBe(201);
  });
});
