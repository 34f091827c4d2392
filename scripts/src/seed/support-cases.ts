// Demo support cases (hỗ trợ, can thiệp giảm hại): pseudonymous codes only, no person in them.
// Drawn from their own random streams ('support-…'), so the streams of every other table stay
// as they were. Most cases sit in a few villages (worker housing, the tourist island, the
// national road), a few villages have 1–4 so the suppression shows in the demo, and about
// eight in ten of the eligible are counselled and connected (indicator d).

import { supportServices } from '@ntm/db/schema/values';
import { addDays } from '@ntm/domain/clock/vietnam-day';
import { caseCodeAlphabet } from '@ntm/domain/support/case-code';
import { Random } from '@ntm/solver/random';
import type postgres from 'postgres';

type Service = (typeof supportServices)[number];
type Outcome = 'pending' | 'connected' | 'declined' | 'not-eligible';

export type SupportReferralSeed = {
  service: Service;
  referredOn: string;
  outcome: Outcome;
  outcomeOn: string | null;
};

export type SupportCaseSeed = {
  code: string;
  villageSlug: string;
  openedOn: string;
  needs: Service[];
  eligible: boolean;
  consentOn: string | null;
  counselledOn: string | null;
  closedOn: string | null;
  note: string | null;
  referrals: SupportReferralSeed[];
};

const needWeights: Record<Service, number> = {
  health: 0.8,
  social: 0.4,
  vocational: 0.35,
  employment: 0.3,
  'legal-aid': 0.15,
};

// Plain, non-identifying notes as a counsellor would write them.
const notes = [
  'Tư vấn sức khỏe sinh sản, hẹn tái khám.',
  'Muốn học nghề may, cần hỗ trợ chi phí đi lại.',
  'Đã nhận bao cao su và tài liệu phòng lây nhiễm.',
  'Cần tư vấn pháp lý về hợp đồng lao động.',
  'Giới thiệu sang Trung tâm dịch vụ việc làm.',
  null,
  null,
];

const earliest = '2025-01-06';
const latest = '2026-11-15';
const daysBetween = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 86_400_000;
const minDay = (a: string, b: string) => (a < b ? a : b);

function caseCode(random: Random): string {
  let code = 'HT-';
  for (let i = 0; i < 7; i += 1) code += random.pick([...caseCodeAlphabet]);
  return code;
}

/**
 * The demo's cases, oldest first. `villageSlugs` in the map's order; `until` is the last day
 * anything may happen (no date after it, so nothing lies in the future of the demo).
 */
export function generateSupportCases(
  seed: number,
  villageSlugs: readonly string[],
  until: string,
): SupportCaseSeed[] {
  const places = Random.of(seed, 'support-villages');
  const shuffled = places.shuffle([...villageSlugs]);
  const hubs = shuffled.slice(0, 3);
  const occasional = shuffled.slice(3, 9);
  const last = minDay(latest, until);
  const span = daysBetween(earliest, last);
  const count = Random.of(seed, 'support-count').intBetween(48, 58);
  const codes = new Set<string>();
  const cases: SupportCaseSeed[] = [];
  for (let i = 0; i < count; i += 1) {
    const random = Random.of(seed, 'support-case', i);
    let code = caseCode(random);
    while (codes.has(code)) code = caseCode(random);
    codes.add(code);
    const villageSlug = random.chance(0.78) ? random.pick(hubs) : random.pick(occasional);
    const openedOn = addDays(earliest, Math.floor(random.range(0, span)));
    const needs = supportServices.filter((s) => random.chance(needWeights[s]));
    if (needs.length === 0) needs.push('health');
    const eligible = random.chance(0.85);
    const within = (day: string, plus: number) => minDay(addDays(day, plus), last);
    const consentOn = eligible && random.chance(0.96) ? within(openedOn, random.int(8)) : null;
    const counselledOn =
      consentOn && random.chance(0.96) ? within(consentOn, random.int(11)) : null;
    const referrals: SupportReferralSeed[] = [];
    if (counselledOn) {
      for (const service of needs) {
        const referredOn = within(counselledOn, random.int(8));
        const outcomeDay = addDays(referredOn, 3 + random.int(28));
        const outcome: Outcome =
          outcomeDay > last
            ? 'pending'
            : random.weighted({
                connected: 0.68,
                declined: 0.16,
                'not-eligible': 0.08,
                pending: 0.08,
              });
        referrals.push({
          service,
          referredOn,
          outcome,
          outcomeOn: outcome === 'pending' ? null : outcomeDay,
        });
      }
    }
    const lastOutcome = referrals.reduce<string | null>(
      (max, r) => (r.outcomeOn && (!max || r.outcomeOn > max) ? r.outcomeOn : max),
      null,
    );
    const closeDay = lastOutcome ? addDays(lastOutcome, 30 + random.int(61)) : null;
    const closedOn = closeDay && closeDay <= last && random.chance(0.5) ? closeDay : null;
    cases.push({
      code,
      villageSlug,
      openedOn,
      needs,
      eligible,
      consentOn,
      counselledOn,
      closedOn,
      note: random.pick(notes),
      referrals,
    });
  }
  return cases.sort((a, b) => a.openedOn.localeCompare(b.openedOn));
}

/** Inserts the cases as the owner (row-level security does not apply to it). */
export async function loadSupportCases(
  tx: postgres.TransactionSql,
  communeCode: string,
  cases: readonly SupportCaseSeed[],
  createdBy: number | null,
): Promise<void> {
  const villages = await tx<{ id: number; slug: string }[]>`
    select id, slug from villages where commune_code = ${communeCode}`;
  const villageIds = new Map(villages.map((v) => [v.slug, v.id]));
  for (const c of cases) {
    const [row] = await tx<[{ id: number }]>`
      insert into support.cases (commune_code, code, village_id, opened_on, needs, eligible,
                                 consent_on, counselled_on, closed_on, note, created_by, created_at)
      values (${communeCode}, ${c.code}, ${villageIds.get(c.villageSlug) ?? null}, ${c.openedOn},
              string_to_array(${c.needs.join(',')}, ',')::support_service[], ${c.eligible}, ${c.consentOn}, ${c.counselledOn},
              ${c.closedOn}, ${c.note}, ${createdBy}, ${`${c.openedOn}T09:00:00+07:00`})
      returning id::int`;
    for (const r of c.referrals) {
      await tx`
        insert into support.referrals (commune_code, case_id, service, referred_on, outcome,
                                       outcome_on, created_by)
        values (${communeCode}, ${row.id}, ${r.service}, ${r.referredOn}, ${r.outcome},
                ${r.outcomeOn}, ${createdBy})`;
    }
  }
}
