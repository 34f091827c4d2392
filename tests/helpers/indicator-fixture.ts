// A small commune of its own whose indicators for 2025 are known by hand, built inside one owner
// transaction that is rolled back at the end (nothing is left in the shared test database).
// `as(role)` switches the transaction to the app's login role with that session role, acting in
// the fixture's commune, so the row-level security (the commune wall too) and the SECURITY
// DEFINER functions are what the API would see.
import type postgres from 'postgres';

export const fixtureCommune = 'T8NUM';

class Rollback extends Error {}

type Tx = postgres.TransactionSql;

export async function withFixture<T>(
  sql: postgres.Sql,
  work: (tx: Tx, as: (role: string) => Promise<void>, ids: FixtureIds) => Promise<T>,
): Promise<T> {
  let result: T | undefined;
  try {
    await sql.begin(async (tx) => {
      const ids = await buildFixture(tx);
      const as = async (role: string) => {
        await tx`reset role`;
        await tx`select set_config('ntm.role', ${role}, true),
                        set_config('ntm.user_id', '', true),
                        set_config('ntm.village_id', '', true),
                        set_config('ntm.commune_code', ${fixtureCommune}, true)`;
        await tx`set local role ntm_app`;
      };
      result = await work(tx, as, ids);
      throw new Rollback();
    });
  } catch (error) {
    if (!(error instanceof Rollback)) throw error;
  }
  return result as T;
}

const c = fixtureCommune;

export type FixtureIds = Awaited<ReturnType<typeof buildFixture>>;

async function buildFixture(tx: Tx) {
  await tx`
    insert into communes (commune_code, name, province, synthetic, geom)
    values (${c}, 'Xã Thử Nghiệm', 'Hải Phòng', true,
            ST_Multi(ST_MakeEnvelope(106.30, 20.70, 106.31, 20.71, 4326)))`;
  const [village] = await tx<[{ id: number }]>`
    insert into villages (commune_code, name, slug, geom)
    values (${c}, 'Thôn Thử', 'thon-thu', ST_Multi(ST_MakeEnvelope(106.30, 20.70, 106.31, 20.71, 4326)))
    returning id`;

  // a) The 2025 plan, issued 10 February; the 2026 one does not count for 2025.
  await tx`
    insert into plan_documents (commune_code, year, number, issued_on, title)
    values (${c}, 2025, '12/KH-UBND', '2025-02-10', 'Kế hoạch phòng, chống mại dâm năm 2025'),
           (${c}, 2026, '3/KH-UBND', '2026-01-20', 'Kế hoạch phòng, chống mại dâm năm 2026')`;

  // b) Premises: B1 active reviewed in March; B2 active reviewed only in December 2024; B3
  // suspended reviewed in June; B4 closed in June 2024 (before the year); B5 active never
  // reviewed; B7 active until it closed on 1 September 2025.
  const business = async (
    name: string,
    type: string,
    lng: number,
    past?: { since: string; closedOn?: string },
  ) => {
    const [row] = await tx<[{ id: number }]>`
      insert into businesses (commune_code, name, type, address, status, geom, created_at, updated_at)
      values (${c}, ${name}, ${type}, 'Thôn Thử', 'active',
              ST_SetSRID(ST_MakePoint(${lng}, 20.705), 4326),
              ${past?.since ?? '2026-11-01T00:00:00+07:00'}, ${past?.since ?? '2026-11-01T00:00:00+07:00'})
      returning id::int as id`;
    if (past?.closedOn) {
      await tx`update businesses set status = 'closed' where id = ${row.id}`;
      await tx`update business_versions set valid_to = ${past.closedOn} where business_id = ${row.id}`;
      await tx`update businesses set updated_at = ${past.closedOn} where id = ${row.id}`;
    }
    return row.id;
  };
  const b1 = await business('Karaoke Một', 'karaoke', 106.301);
  const b2 = await business('Nhà nghỉ Hai', 'lodging', 106.302);
  const b3 = await business('Massage Ba', 'massage', 106.303);
  await tx`update businesses set status = 'suspended' where id = ${b3}`;
  // The suspension dates from the fixture's creation: its history says suspended all along.
  await tx`update business_versions set data = jsonb_set(data, '{status}', '"suspended"') where business_id = ${b3}`;
  const b4 = await business('Quán Bốn', 'bar-cafe', 106.304, {
    since: '2023-01-01T00:00:00+07:00',
    closedOn: '2024-06-01T00:00:00+07:00',
  });
  const b5 = await business('Massage Năm', 'massage', 106.305);
  const b7 = await business('Karaoke Bảy', 'karaoke', 106.307, {
    since: '2023-01-01T00:00:00+07:00',
    closedOn: '2025-09-01T00:00:00+07:00',
  });
  await tx`
    insert into registry_reviews (commune_code, business_id, reviewed_on, outcome)
    values (${c}, ${b1}, '2025-03-05', 'confirmed'), (${c}, ${b2}, '2024-12-20', 'confirmed'),
           (${c}, ${b3}, '2025-06-01', 'corrected'), (${c}, ${b4}, '2025-02-01', 'closed-found')`;

  // c) Communication: one in November 2024 (not counted), two in 2025.
  await tx`
    insert into communication_activities
      (commune_code, held_on, title, place_name, village_id, audience, reach, organiser)
    values (${c}, '2024-11-20', 'Truyền thông cũ', 'Nhà văn hóa', ${village.id}, 'residents', 50, 'culture'),
           (${c}, '2025-04-10', 'Tuyên truyền cho chủ cơ sở', 'Nhà văn hóa thôn Thử', ${village.id}, 'business-owners', 40, 'culture'),
           (${c}, '2025-10-01', 'Tuyên truyền trường học', 'Trường THCS Thử', ${village.id}, 'youth-students', 120, 'health')`;

  // d) Support: ten cases in need and qualifying, seven counselled and connected; one not eligible.
  for (let i = 1; i <= 11; i++) {
    const reached = i <= 7;
    const [kase] = await tx<[{ id: number }]>`
      insert into support.cases (commune_code, code, village_id, opened_on, needs, eligible, consent_on, counselled_on)
      values (${c}, ${`T8-${i}`}, ${village.id}, '2025-02-01', '{health}', ${i <= 10},
              '2025-02-01', ${reached ? '2025-03-01' : null})
      returning id::int as id`;
    if (reached) {
      await tx`
        insert into support.referrals (commune_code, case_id, service, referred_on, outcome, outcome_on)
        values (${c}, ${kase.id}, 'health', '2025-03-01', 'connected', '2025-03-05')`;
    }
  }

  // đ) Tips. T1 handled; T2 transferred; T3 a duplicate of T1; T4 verified, open (overdue);
  // T5 handled only in January 2026, so open (classified, overdue) at the end of 2025; T6 in 2024.
  const tip = async (
    receivedAt: string,
    status: string,
    events: [string, string][],
    dup?: number,
  ) => {
    const [row] = await tx<[{ id: number }]>`
      insert into tips (commune_code, received_at, channel, category, description, status, duplicate_of)
      values (${c}, ${receivedAt}, 'hotline', 'nghi-mua-ban-dam', 'Mô tả bí mật T8', ${status}, ${dup ?? null})
      returning id::int as id`;
    let from = 'received';
    for (const [to, at] of events) {
      await tx`insert into tip_events (commune_code, tip_id, from_status, to_status, at)
               values (${c}, ${row.id}, ${from}, ${to}, ${at})`;
      from = to;
    }
    return row.id;
  };
  const t1 = await tip('2025-03-01T09:00:00+07:00', 'handled', [
    ['verified', '2025-03-02T09:00:00+07:00'],
    ['classified', '2025-03-04T09:00:00+07:00'],
    ['handled', '2025-03-10T09:00:00+07:00'],
  ]);
  const t2 = await tip('2025-04-01T09:00:00+07:00', 'transferred', [
    ['verified', '2025-04-02T09:00:00+07:00'],
    ['classified', '2025-04-03T09:00:00+07:00'],
    ['transferred', '2025-04-15T09:00:00+07:00'],
  ]);
  const t3 = await tip('2025-03-02T09:00:00+07:00', 'received', [], t1);
  const t4 = await tip('2025-11-01T09:00:00+07:00', 'verified', [
    ['verified', '2025-11-02T09:00:00+07:00'],
  ]);
  const t5 = await tip('2025-06-01T09:00:00+07:00', 'handled', [
    ['verified', '2025-06-02T09:00:00+07:00'],
    ['classified', '2025-06-05T09:00:00+07:00'],
    ['handled', '2026-01-05T09:00:00+07:00'],
  ]);
  await tip('2024-12-30T09:00:00+07:00', 'received', []);

  // e) Agencies and officers: A3 inactive. O2 trained only in 2024, O4 inactive, O5 never.
  const agency = async (name: string, kind: string, active = true) => {
    const [row] = await tx<[{ id: number }]>`
      insert into agencies (commune_code, kind, name, active) values (${c}, ${kind}, ${name}, ${active})
      returning id`;
    return row.id;
  };
  const a1 = await agency('Công an xã Thử', 'police');
  const a2 = await agency('Trạm Y tế xã Thử', 'health');
  const a3 = await agency('Đơn vị đã giải thể', 'economy', false);
  const officer = async (agencyId: number, name: string, trainedOn: string[], active = true) => {
    const [row] = await tx<[{ id: number }]>`
      insert into officers (commune_code, agency_id, full_name, position, active)
      values (${c}, ${agencyId}, ${name}, 'Cán bộ', ${active}) returning id`;
    for (const day of trainedOn) {
      await tx`insert into trainings (commune_code, officer_id, course, held_on)
               values (${c}, ${row.id}, ${`Tập huấn ${day}`}, ${day})`;
    }
    return row.id;
  };
  const o1 = await officer(a1, 'Nguyễn Văn Một', ['2025-05-01']);
  const o2 = await officer(a1, 'Trần Văn Hai', ['2024-10-01']);
  const o3 = await officer(a2, 'Lê Thị Ba', ['2025-09-15', '2025-10-01']);
  await officer(a2, 'Phạm Văn Bốn', ['2025-03-01'], false);
  const o5 = await officer(a2, 'Hoàng Thị Năm', []);

  // g) Quarterly reports: A1 Q3 on paper, A2 Q2 missing; A3 inactive; a 2026 report ignored.
  const submit = async (agencyId: number, period: string, channel: string, at: string) =>
    tx`insert into report_submissions (commune_code, agency_id, period, submitted_at, channel)
       values (${c}, ${agencyId}, ${period}, ${at}, ${channel})`;
  await submit(a1, '2025-Q1', 'electronic', '2025-04-05T10:00:00+07:00');
  await submit(a1, '2025-Q2', 'electronic', '2025-07-05T10:00:00+07:00');
  await submit(a1, '2025-Q3', 'paper', '2025-10-05T10:00:00+07:00');
  await submit(a1, '2025-Q4', 'electronic', '2026-01-05T10:00:00+07:00');
  await submit(a2, '2025-Q1', 'electronic', '2025-04-06T10:00:00+07:00');
  await submit(a2, '2025-Q3', 'electronic', '2025-10-06T10:00:00+07:00');
  await submit(a2, '2025-Q4', 'electronic', '2026-01-06T10:00:00+07:00');
  await submit(a3, '2025-Q2', 'paper', '2025-07-06T10:00:00+07:00');
  await submit(a2, '2026-Q1', 'electronic', '2026-04-06T10:00:00+07:00');

  // Inspections: February scheduled with a violation fined 5,000,000 VND at B1, February
  // surprise without at B5, July scheduled closing B2; one only planned and one in 2024 ignored.
  const inspect = async (
    businessId: number,
    kind: string,
    at: string,
    result: string,
    extra: { status?: string; violations?: string[]; measures?: string[]; fine?: number } = {},
  ) =>
    tx`insert into inspections (commune_code, business_id, kind, started_at, team, result, geom,
                                status, violations, measures, fine_vnd)
       values (${c}, ${businessId}, ${kind}, ${at}, '[]'::jsonb, ${result},
               ST_SetSRID(ST_MakePoint(106.301, 20.705), 4326), ${extra.status ?? 'recorded'},
               ${tx.json(extra.violations ?? [])}, ${tx.json(extra.measures ?? [])}, ${extra.fine ?? null})`;
  await inspect(b1, 'scheduled', '2025-02-10T20:00:00+07:00', 'violation', {
    violations: ['over-hours', 'no-guest-register'],
    measures: ['fine'],
    fine: 5_000_000,
  });
  await inspect(b5, 'surprise', '2025-02-20T22:00:00+07:00', 'no-violation');
  await inspect(b2, 'scheduled', '2025-07-01T21:00:00+07:00', 'closed', {
    violations: ['solicitation'],
    measures: ['closure'],
  });
  await inspect(b2, 'surprise', '2025-08-01T21:00:00+07:00', 'no-violation', {
    status: 'scheduled',
  });
  await inspect(b1, 'scheduled', '2024-12-31T21:00:00+07:00', 'violation');

  // Online: one advert removed, one broker with a takedown asked for.
  await tx`
    insert into online_violations (commune_code, found_at, platform, target, kind, takedown_status)
    values (${c}, '2025-05-01T10:00:00+07:00', 'Facebook', 'fb.com/quangcao', 'advertising', 'removed'),
           (${c}, '2025-08-01T10:00:00+07:00', 'Zalo', 'zalo-moigioi', 'brokering', 'requested')`;

  return { b1, b2, b3, b4, b5, b7, t1, t2, t3, t4, t5, a1, a2, a3, o1, o2, o3, o5 };
}
