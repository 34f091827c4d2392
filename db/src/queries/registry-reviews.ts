import type { Sql } from '../client';
import type { registryReviewOutcomes } from '../schema/values';
import { countCap, type Page, type PageAsk, pageOfRows } from './keyset';

export type RegistryReviewRow = {
  id: number;
  businessId: number;
  businessName: string;
  businessType: string;
  villageName: string | null;
  outcome: (typeof registryReviewOutcomes)[number];
  note: string | null;
  reviewedOn: string;
  reviewerName: string | null;
};

/** The page's order, newest first: the day of the review, then its id. */
export const registryReviewKey = ['date', 'int'] as const;

/**
 * A page of the reviews in [fromOn, toOn), newest first, after the key `after` (the last
 * row's [reviewedOn, id] of the page before), through ntm_registry_review_page: plan readers
 * who may not read business rows (health, leadership) still get the premises' name, type and
 * village, and nothing else of it. Counted up to countCap.
 */
export async function pageRegistryReviews(
  sql: Sql,
  f: { communeCode: string; fromOn: string; toOn: string },
  ask: PageAsk,
): Promise<Page<RegistryReviewRow>> {
  // The first page starts after a key past every row (migration 0007 says why).
  const afterOn = ask.after?.[0] ?? 'infinity';
  const afterId = ask.after?.[1] ?? '9223372036854775807';
  const rows = await sql<RegistryReviewRow[]>`
    select id::float8 as id, business_id::float8 as "businessId", business_name as "businessName",
           business_type as "businessType", village_name as "villageName", outcome, note,
           to_char(reviewed_on, 'YYYY-MM-DD') as "reviewedOn", reviewer_name as "reviewerName"
    from ntm_registry_review_page(${f.communeCode}, ${f.fromOn}, ${f.toOn},
                                  ${afterOn}::text::date, ${afterId}::text::bigint, ${ask.limit + 1})`;
  const [counted] = await sql<[{ n: number }]>`
    select ntm_registry_review_count(${f.communeCode}, ${f.fromOn}, ${f.toOn}, ${countCap + 1}) as n`;
  const page = pageOfRows(
    rows.map((row) => ({ ...row, pageKey: [row.reviewedOn, String(row.id)] })),
    ask.limit,
  );
  return { ...page, numberMatched: counted.n > countCap ? null : counted.n };
}

/** The premises as a review needs it (readable by police and culture), or null when unknown. */
export async function reviewTarget(sql: Sql, communeCode: string, businessId: number) {
  const rows = await sql<{ id: number; status: string; reviewedAt: string | null }[]>`
    select id::float8 as id, status, to_char(reviewed_at, 'YYYY-MM-DD') as "reviewedAt"
    from businesses
    where id = ${businessId} and commune_code = ${communeCode} and deleted_at is null
    for update`;
  return rows[0] ?? null;
}

export async function insertRegistryReview(
  sql: Sql,
  r: {
    communeCode: string;
    businessId: number;
    reviewedOn: string;
    reviewedBy: number | null;
    outcome: string;
    note: string | null;
  },
): Promise<number> {
  const [row] = await sql<[{ id: number }]>`
    insert into registry_reviews (commune_code, business_id, reviewed_on, reviewed_by, outcome, note)
    values (${r.communeCode}, ${r.businessId}, ${r.reviewedOn}, ${r.reviewedBy}, ${r.outcome}, ${r.note})
    returning id::float8 as id`;
  return row.id;
}

/**
 * The registry follows the review: its "reviewed on" moves forward (never back, a late entry
 * of an older review leaves it), and premises found closed are marked closed.
 */
export async function markBusinessReviewed(
  sql: Sql,
  businessId: number,
  reviewedOn: string,
  foundClosed: boolean,
): Promise<void> {
  await sql`
    update businesses
    set reviewed_at = greatest(coalesce(reviewed_at, ${reviewedOn}::date), ${reviewedOn}::date)
        ${foundClosed ? sql`, status = 'closed'` : sql``}
    where id = ${businessId}`;
}
