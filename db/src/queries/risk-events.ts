import type { Sql } from '../client';

/** An independent tip, or a recorded inspection and whether it found a violation. */
export type RiskEvent = {
  kind: 'tip' | 'inspection';
  businessId: number | null;
  at: Date;
  /** A tip always counts; an inspection counts when it found a violation or suspected activity. */
  found: boolean;
  lng: number | null;
  lat: number | null;
};

/** Tips and inspections of the Vietnam days [from, to], in time order (see ntm_risk_events). */
export async function riskEvents(sql: Sql, communeCode: string, from: string, to: string) {
  return sql<RiskEvent[]>`
    select kind, business_id::float8 as "businessId", at, found, lng, lat
    from ntm_risk_events(${communeCode}, ${from}::date, ${to}::date)`;
}
