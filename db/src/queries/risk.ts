import type { Sql } from '../client';

export type RiskInputRow = {
  businessId: number;
  name: string;
  type: string;
  licensedTrade: string | null;
  villageId: number;
  villageName: string;
  lng: number;
  lat: number;
  borderM: number | null;
  trafficM: number | null;
  touristM: number | null;
  housingM: number | null;
  similarNearby: number;
  tipAges: number[];
  violationAges: number[];
  inspectionsYear: number;
};

/** The risk model's inputs for every open business on a day (see ntm_risk_inputs). */
export async function riskInputs(sql: Sql, communeCode: string, onDay: string) {
  return sql<RiskInputRow[]>`
    select business_id::float8 as "businessId", name, type, licensed_trade as "licensedTrade",
           village_id as "villageId", village_name as "villageName", lng, lat,
           border_m as "borderM", traffic_m as "trafficM", tourist_m as "touristM",
           housing_m as "housingM", similar_nearby as "similarNearby",
           tip_ages as "tipAges", violation_ages as "violationAges", inspections_year as "inspectionsYear"
    from ntm_risk_inputs(${communeCode}, ${onDay}::date)`;
}
