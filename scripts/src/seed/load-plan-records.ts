// Loads the plan's records (plan-records.ts) after the businesses, in the seed's transaction,
// and reviews the registry: most open premises reviewed in the demo's last year (about one in
// ten left for the drill-down), fewer the year before. Registry reviews draw from their own
// stream per business ordinal; the businesses themselves are not touched.

import { Random } from '@ntm/solver/random';
import type postgres from 'postgres';
import { copyInto } from './copy-into';
import { copyLine } from './copy-text';
import { demoCommune } from './demo-geography';
import type { Demo } from './generate-demo';
import { generatePlanRecords, planAgencies } from './plan-records';

type Tx = postgres.TransactionSql;
const code = demoCommune.communeCode;

const reviewedShare = { lastYear: 0.6, thisYear: 0.9 };

export type PlanRecordsSummary = { officers: number; trainings: number; reviews: number };

export async function loadPlanRecords(
  tx: Tx,
  demo: Demo,
  userIds: ReadonlyMap<string, number>,
): Promise<PlanRecordsSummary> {
  const records = generatePlanRecords(demo.seed, demo.geography, demo.until);
  const health = userIds.get('tramyte') ?? null;

  for (const d of records.planDocuments) {
    await tx`
      insert into plan_documents (commune_code, year, number, issued_on, title, signed_by, created_by)
      values (${code}, ${d.year}, ${d.number}, ${d.issuedOn}, ${d.title}, ${d.signedBy}, ${health})`;
  }

  const agencyIds: number[] = [];
  for (const a of planAgencies) {
    const [row] = await tx<[{ id: number }]>`
      insert into agencies (commune_code, kind, name) values (${code}, ${a.kind}, ${a.name}) returning id`;
    agencyIds.push(row.id);
  }
  const agencyId = (i: number) => agencyIds[i] as number;

  const officerIds: number[] = [];
  for (const o of records.officers) {
    const [row] = await tx<[{ id: number }]>`
      insert into officers (commune_code, agency_id, full_name, position)
      values (${code}, ${agencyId(o.agency)}, ${o.fullName}, ${o.position}) returning id`;
    officerIds.push(row.id);
  }

  await copyInto(
    tx,
    'trainings',
    ['commune_code', 'officer_id', 'course', 'held_on', 'hours', 'provider', 'created_by'],
    records.trainings.map((t) =>
      copyLine([
        code,
        officerIds[t.officer] as number,
        t.course,
        t.heldOn,
        t.hours,
        t.provider,
        health,
      ]),
    ),
  );

  for (const a of records.communication) {
    const point = a.lngLat ? `SRID=4326;POINT(${a.lngLat[0]} ${a.lngLat[1]})` : null;
    // The village from the point, as the API derives it; a point that fell just outside its
    // village (the offset from the centre) moves to a point on the village instead.
    await tx`
      with v as (select id, geom from villages where commune_code = ${code} and slug = ${a.villageSlug}),
           p as (select case when ${point}::text is null then null
                             when ST_Covers(v.geom, ${point}::geometry) then ${point}::geometry
                             else ST_PointOnSurface(v.geom) end as geom
                 from (select 1) one left join v on true)
      insert into communication_activities (commune_code, held_on, title, place_name, geom,
                                            village_id, audience, reach, organiser, created_by)
      select ${code}, ${a.heldOn}, ${a.title}, ${a.placeName}, p.geom, (select id from v),
             ${a.audience}, ${a.reach}, ${a.organiser}, ${userIds.get('vanhoa') ?? null}
      from p`;
  }

  await copyInto(
    tx,
    'report_submissions',
    ['commune_code', 'agency_id', 'period', 'submitted_at', 'channel', 'received_by'],
    records.submissions.map((s) =>
      copyLine([code, agencyId(s.agency), s.period, s.submittedAt, s.channel, health]),
    ),
  );

  const reviews = await reviewRegistry(tx, demo, userIds);
  return { officers: officerIds.length, trainings: records.trainings.length, reviews };
}

/** Registry reviews of the premises open at the demo's end, by police and culture. */
async function reviewRegistry(
  tx: Tx,
  demo: Demo,
  userIds: ReadonlyMap<string, number>,
): Promise<number> {
  const year = Number(demo.until.slice(0, 4));
  const reviewers = [userIds.get('congan') ?? null, userIds.get('vanhoa') ?? null];
  const open = await tx<{ id: number }[]>`
    select id::float8 as id from businesses
    where commune_code = ${code} and status <> 'closed' and deleted_at is null order by id`;
  const days = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000;
  const lastDay = new Date(Date.parse(demo.until) - 7 * 86_400_000).toISOString().slice(0, 10);
  let count = 0;
  const lines = function* () {
    for (const { id } of open) {
      const random = Random.of(demo.seed, 'plan-records', 'registry-review', id);
      for (const [y, share] of [
        [year - 1, reviewedShare.lastYear],
        [year, reviewedShare.thisYear],
      ] as const) {
        if (!random.chance(share)) continue;
        const from = `${y}-02-01`;
        const to = y === year ? lastDay : `${y}-12-20`;
        const day = new Date(Date.parse(from) + random.int(days(from, to) + 1) * 86_400_000)
          .toISOString()
          .slice(0, 10);
        count += 1;
        yield copyLine([
          code,
          id,
          day,
          random.pick(reviewers),
          random.chance(0.85) ? 'confirmed' : 'corrected',
          null,
        ]);
      }
    }
  };
  await copyInto(
    tx,
    'registry_reviews',
    ['commune_code', 'business_id', 'reviewed_on', 'reviewed_by', 'outcome', 'note'],
    lines(),
  );
  return count;
}
