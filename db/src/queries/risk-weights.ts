import type { Sql } from '../client';

export type StoredWeightSet = {
  version: number;
  createdAt: Date;
  trainedBefore: string;
  method: string;
  weights: unknown;
  fit: unknown;
};

const columns = (sql: Sql) => sql`
  id as version, created_at as "createdAt", to_char(trained_before, 'YYYY-MM-DD') as "trainedBefore",
  method, weights, fit`;

/**
 * The set the API scores with: the one trained on the most recent data, the newest of those;
 * a set fitted later on older data (for a backtest) does not replace it. Null when none exists.
 */
export async function latestWeightSet(sql: Sql, communeCode: string) {
  const [row] = await sql<[StoredWeightSet?]>`
    select ${columns(sql)} from risk_weight_sets
    where commune_code = ${communeCode} order by trained_before desc, id desc limit 1`;
  return row ?? null;
}

/**
 * The set a model used on a day without seeing later data: the newest one trained only on data
 * before it. Null when there is none (the defaults were in force).
 */
export async function weightSetInForce(sql: Sql, communeCode: string, day: string) {
  const [row] = await sql<[StoredWeightSet?]>`
    select ${columns(sql)} from risk_weight_sets
    where commune_code = ${communeCode} and trained_before <= ${day}::date
    order by trained_before desc, id desc limit 1`;
  return row ?? null;
}

/** Stores a fitted set (as the owner: the app role may not write) and returns its version. */
export async function insertWeightSet(
  sql: Sql,
  set: {
    communeCode: string;
    trainedBefore: string;
    method: string;
    weights: unknown;
    fit: unknown;
  },
): Promise<{ version: number; createdAt: Date }> {
  const [row] = await sql<[{ version: number; createdAt: Date }]>`
    insert into risk_weight_sets (commune_code, trained_before, method, weights, fit)
    values (${set.communeCode}, ${set.trainedBefore}, ${set.method},
            ${sql.json(set.weights as never)}, ${sql.json(set.fit as never)})
    returning id as version, created_at as "createdAt"`;
  return row;
}
