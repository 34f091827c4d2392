import type { MapBox } from './map-box';

/**
 * What tips and inspections are both listed by: the commune, one of them, a time window
 * [from, to) (ISO 8601), their states, their business and a part of the map; `forUpdate` locks
 * the rows read, for a change that follows.
 */
export type RecordFilter = {
  communeCode: string;
  id?: number;
  from?: string;
  to?: string;
  statuses?: readonly string[];
  businessId?: number;
  bbox?: MapBox;
  forUpdate?: boolean;
};
