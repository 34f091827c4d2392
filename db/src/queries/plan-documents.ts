import type { Sql } from '../client';

export type PlanDocumentRow = {
  id: number;
  year: number;
  number: string;
  issuedOn: string;
  title: string;
  signedBy: string | null;
  createdAt: string;
};

/** The commune's plans, newest year and issue first; row-level security keeps them to plan readers. */
export async function listPlanDocuments(
  sql: Sql,
  f: { communeCode: string; year?: number; id?: number },
) {
  return sql<PlanDocumentRow[]>`
    select id, year, number, to_char(issued_on, 'YYYY-MM-DD') as "issuedOn", title,
           signed_by as "signedBy", to_json(created_at)#>>'{}' as "createdAt"
    from plan_documents
    where commune_code = ${f.communeCode}
      ${f.year !== undefined ? sql`and year = ${f.year}` : sql``}
      ${f.id !== undefined ? sql`and id = ${f.id}` : sql``}
    order by year desc, issued_on desc, id desc`;
}

export async function planNumberTaken(
  sql: Sql,
  communeCode: string,
  year: number,
  number: string,
): Promise<boolean> {
  const rows = await sql`
    select 1 from plan_documents
    where commune_code = ${communeCode} and year = ${year} and upper(number) = upper(${number})`;
  return rows.length > 0;
}

export async function insertPlanDocument(
  sql: Sql,
  d: {
    communeCode: string;
    year: number;
    number: string;
    issuedOn: string;
    title: string;
    signedBy: string | null;
    createdBy: number | null;
  },
): Promise<number> {
  const [row] = await sql<[{ id: number }]>`
    insert into plan_documents (commune_code, year, number, issued_on, title, signed_by, created_by)
    values (${d.communeCode}, ${d.year}, ${d.number}, ${d.issuedOn}, ${d.title}, ${d.signedBy},
            ${d.createdBy})
    returning id`;
  return row.id;
}
