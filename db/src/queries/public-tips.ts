import type { Sql } from '../client';
import type { LngLat } from './businesses';

// The public tip form's doors (db/migrations/0000_baseline.sql): functions that run with the
// owner's rights and take only what the form sends, so the app role needs no right on tips.

export type PublicTip = {
  communeCode: string;
  codeHash: string;
  category: string;
  description: string;
  lngLat: LngLat | null;
  /** Given only when the citizen chose to leave it; it goes to the police-only reporter table. */
  contact: { name: string | null; phone: string | null } | null;
};

/** Files a tip received now through the public form; returns its id. */
export async function filePublicTip(sql: Sql, t: PublicTip): Promise<number> {
  const [lng, lat] = t.lngLat ?? [null, null];
  const [row] = await sql<[{ id: number }]>`
    select ntm_public_tip_file(${t.communeCode}, ${t.codeHash}, ${t.category}, ${t.description},
                               ${lng}::float8, ${lat}::float8, 0,
                               ${t.contact?.name ?? null}, ${t.contact?.phone ?? null})::float8 as id`;
  return row.id;
}

export type PublicTipStatus = {
  status: string;
  receivedAt: string;
  changedAt: string | null;
};

/** The state and dates of the tip behind a code hash, or null for an unknown code. */
export async function publicTipStatus(sql: Sql, codeHash: string): Promise<PublicTipStatus | null> {
  const [row] = await sql<PublicTipStatus[]>`
    select s.status::text as status, to_json(s.received_at)#>>'{}' as "receivedAt",
           to_json(s.changed_at)#>>'{}' as "changedAt"
    from ntm_public_tip_status(${codeHash}) s`;
  return row ?? null;
}

/** Adds the code holder's further information; false for an unknown code. */
export async function addToPublicTip(sql: Sql, codeHash: string, body: string): Promise<boolean> {
  const [row] = await sql<[{ ok: boolean }]>`select ntm_public_tip_add(${codeHash}, ${body}) as ok`;
  return row.ok;
}

export type PublicAttachment = {
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  storageKey: string;
};

/** Records a file already checked and stored by the API; false for an unknown code. */
export async function attachToPublicTip(
  sql: Sql,
  codeHash: string,
  a: PublicAttachment,
): Promise<boolean> {
  const [row] = await sql<[{ ok: boolean }]>`
    select ntm_public_tip_attach(${codeHash}, ${a.fileName}, ${a.mediaType}, ${a.sizeBytes},
                                 ${a.sha256}, ${a.storageKey}) as ok`;
  return row.ok;
}

export type TipAddition = { at: string; body: string };

/** What citizens added to a tip through its tracking code, oldest first (police only, by row-level security). */
export function listTipAdditions(sql: Sql, tipId: number): Promise<TipAddition[]> {
  return sql<TipAddition[]>`
    select to_json(a.at)#>>'{}' as at, a.body from tip_additions a
    where a.tip_id = ${tipId} order by a.at, a.id`;
}
