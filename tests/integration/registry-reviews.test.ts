import { asActor } from '@ntm/db/queries/actor';
import { afterAll, describe, expect, it } from 'vitest';
import { appRolePool, expectErrorShape, staffApps } from '../helpers/test-app';

const now = () => new Date('2026-11-29T10:00:00+07:00');
const { police, culture, health, leadership, admin } = staffApps({ now });
const { sql } = police;
const appSql = appRolePool(1);
afterAll(() => appSql.end());

type Review = {
  id: number;
  businessId: number;
  businessName: string;
  businessType: string;
  villageName: string | null;
  outcome: string;
  reviewedOn: string;
  reviewerName: string | null;
};

const count = async () => (await sql`select count(*)::int as n from registry_reviews`)[0]?.n;
const openBusiness = async (offset: number) =>
  (
    await sql<{ id: number; name: string }[]>`
      select id::int, name from businesses where status = 'active' and deleted_at is null
      order by id offset ${offset} limit 1`
  )[0] as { id: number; name: string };

describe('registry reviews (indicator b)', () => {
  it('the seed reviewed most open premises this year and left some for the drill-down', async () => {
    const [row] = await sql<[{ open: number; reviewed: number }]>`
      select count(*)::int as open,
             count(*) filter (where exists (
               select 1 from registry_reviews r where r.business_id = b.id
                 and r.reviewed_on >= '2026-01-01'))::int as reviewed
      from businesses b where b.status <> 'closed' and b.deleted_at is null`;
    expect(row.reviewed / row.open).toBeGreaterThan(0.8);
    expect(row.reviewed).toBeLessThan(row.open);
  });

  it('police record a review; health and leadership see it with the name but no owner', async () => {
    const business = await openBusiness(3);
    const response = await police.sendJson('POST', `/api/businesses/${business.id}/reviews`, {
      reviewedOn: '2026-11-28',
      outcome: 'corrected',
      note: 'Cập nhật giờ mở cửa',
    });
    expect(response.status).toBe(201);
    const review = (await response.json()) as Review;
    expect(review).toMatchObject({
      businessId: business.id,
      businessName: business.name,
      outcome: 'corrected',
      reviewedOn: '2026-11-28',
    });
    expect(review.reviewerName).toMatch(/Công an/);
    const [stored] =
      await sql`select to_char(reviewed_at, 'YYYY-MM-DD') as d from businesses where id = ${business.id}`;
    expect(stored?.d).toBe('2026-11-28');
    const audit = await sql`
      select action from audit_log where entity = 'registry-review' and entity_id = ${String(review.id)}`;
    expect(audit.map((a) => a.action)).toEqual(['create']);

    for (const reader of [health, leadership, culture]) {
      const list = await reader.request('/api/registry-reviews?from=2026-11-28&to=2026-11-29');
      expect(list.status).toBe(200);
      const body = await list.text();
      const { reviews } = JSON.parse(body) as { reviews: Review[] };
      expect(reviews.find((r) => r.id === review.id)?.businessName).toBe(business.name);
      expect(body).not.toMatch(/owner|phone|"geometry"/);
    }
    // Health still reads no business row itself.
    await expectErrorShape(await health.request(`/api/businesses/${business.id}`), 403);
  });

  it('culture marks premises found closed: the registry closes it', async () => {
    const business = await openBusiness(4);
    const response = await culture.sendJson('POST', `/api/businesses/${business.id}/reviews`, {
      outcome: 'closed-found',
    });
    expect(response.status).toBe(201);
    expect(((await response.json()) as Review).reviewedOn).toBe('2026-11-29');
    const [row] = await sql`select status from businesses where id = ${business.id}`;
    expect(row?.status).toBe('closed');
    // Now closed, it is no longer reviewed.
    const again = await culture.sendJson('POST', `/api/businesses/${business.id}/reviews`, {
      outcome: 'confirmed',
    });
    expect((await expectErrorShape(again, 422)).code).toBe('business-closed');
  });

  it('refuses other roles, unknown premises, future dates and bad bodies; stores nothing', async () => {
    const business = await openBusiness(5);
    const before = await count();
    const path = `/api/businesses/${business.id}/reviews`;
    await expectErrorShape(await health.sendJson('POST', path, { outcome: 'confirmed' }), 403);
    await expectErrorShape(await leadership.sendJson('POST', path, { outcome: 'confirmed' }), 403);
    await expectErrorShape(await admin.request('/api/registry-reviews'), 403);
    await expectErrorShape(
      await police.sendJson('POST', '/api/businesses/99999999/reviews', { outcome: 'confirmed' }),
      404,
    );
    const bad: Array<[unknown, number]> = [
      [{ outcome: 'maybe' }, 400],
      [{ outcome: 'confirmed', reviewedOn: '29/11/2026' }, 400],
      [{ outcome: 'confirmed', note: 5 }, 400],
      [{ outcome: 'confirmed', by: 'x' }, 400],
      [{ outcome: 'confirmed', reviewedOn: '2026-11-30' }, 422],
      [{ outcome: 'confirmed', reviewedOn: '2019-05-01' }, 422],
    ];
    for (const [body, status] of bad) {
      await expectErrorShape(await police.sendJson('POST', path, body), status);
    }
    await expectErrorShape(
      await police.request('/api/registry-reviews?from=2026-12-01&to=2026-01-01'),
      400,
    );
    expect(await count()).toBe(before);
  });

  it('in the database, the review list answers plan readers only, and never a business row to health', async () => {
    const rows = (role: string) =>
      asActor(appSql, { userId: null, role, villageId: null }, async (tx) => {
        const list =
          await tx`select * from ntm_registry_review_list('11284', '2026-01-01', '2027-01-01')`;
        const direct = await tx`select count(*)::int as n from registry_reviews`;
        const businesses = await tx`select count(*)::int as n from businesses`;
        return { list: list.length, direct: direct[0]?.n, businesses: businesses[0]?.n };
      });
    const healthRows = await rows('health');
    expect(healthRows.list).toBeGreaterThan(100);
    expect(healthRows.businesses).toBe(0);
    const [villageId] = await sql`select id from villages order by id limit 1`;
    for (const role of ['admin', 'village', '']) {
      const r = await asActor(
        appSql,
        { userId: null, role, villageId: villageId?.id ?? null },
        (tx) =>
          tx`select count(*)::int as n from ntm_registry_review_list('11284', '2020-01-01', '2036-01-01')`,
      );
      expect(r[0]?.n, role).toBe(0);
    }
  });

  it('in the database, a page of reviews answers only inside the commune its caller acts in', async () => {
    const page = (actingIn: string) =>
      asActor(
        appSql,
        { userId: null, role: 'health', villageId: null, communeCode: actingIn },
        async (tx) => {
          const [rows] = await tx`
            select count(*)::int as n
            from ntm_registry_review_page('11284', '2020-01-01', '2036-01-01',
                                          'infinity', 9223372036854775807, 50)`;
          const [counted] = await tx`
            select ntm_registry_review_count('11284', '2020-01-01', '2036-01-01', 100) as n`;
          return [rows?.n, counted?.n];
        },
      );
    expect(await page('11284')).toEqual([50, 100]);
    expect(await page('99999')).toEqual([0, 0]);
  });
});
