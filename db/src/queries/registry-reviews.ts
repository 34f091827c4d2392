import type { Sql } from '../client';
import type { registryReviewOutcomes } from '../schema/values';

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

/**
 * Reviews in [fromOn, toOn), newest first, through ntm_registry_review_list:
 * plan readers who may not read business rows (health, leadership) still get the premises'
 * name, type and village, and nothing else of it.
 */
export async function listRegistryReviews(
  sql: Sql,
  f: { communeCode: string; fromOn: string; toOn: string },
) {
  return sql<RegistryReviewRow[]>`
    select id::float8 as id, business_id::float8 as "businessId", business_name as "businessName",
           business_type as "businessType", village_name as "villageName", outcome, note,
           to_char(reviewed_on, 'YYYY-MM-DD') as "reviewedOn", reviewer_name as "reviewerName"
    from ntm_registry_review_list(${f.communeCode}, ${f.fromOn}, ${f.toOn})`;
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
