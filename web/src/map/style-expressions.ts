import type { DataDrivenPropertyValueSpecification, ExpressionSpecification } from 'maplibre-gl';
import {
  type BusinessStatus,
  businessStatuses,
  type RoadClass,
  roadClasses,
} from '../api/geo-types';

// The expressions the commune map's layers (layers.ts) are styled with: a colour or a size
// looked up by a feature's property.

/**
 * `['match', input, label1, value1, …, fallback]`. The cast is needed because MapLibre's tuple
 * type cannot describe a variable number of label/value pairs.
 */
export function match(
  input: ExpressionSpecification,
  pairs: readonly (readonly [string, string | number])[],
  fallback: string | number,
): ExpressionSpecification {
  return ['match', input, ...pairs.flat(), fallback] as unknown as ExpressionSpecification;
}

export function matchBy<K extends string>(
  property: string,
  values: Record<K, string | number>,
  fallback: string | number,
): ExpressionSpecification {
  return match(['get', property], Object.entries<string | number>(values), fallback);
}

export function byStatus<T extends string | number>(
  pick: (status: BusinessStatus) => T,
  fallback: T,
): DataDrivenPropertyValueSpecification<T> {
  const values = Object.fromEntries(businessStatuses.map((s) => [s, pick(s)])) as Record<
    BusinessStatus,
    T
  >;
  return matchBy('status', values, fallback) as DataDrivenPropertyValueSpecification<T>;
}

export function byRoadClass(
  pick: (roadClass: RoadClass) => string | number,
  fallback: string | number,
) {
  const values = Object.fromEntries(roadClasses.map((c) => [c, pick(c)])) as Record<
    RoadClass,
    string | number
  >;
  return matchBy('class', values, fallback);
}

/** Road width in pixels at zoom 12 and 17, by class. */
const roadWidths: Record<RoadClass, [number, number]> = {
  national: [3, 14],
  provincial: [2, 9],
  village: [0.6, 4.5],
};

export function roadWidth(extraPixels: number): ExpressionSpecification {
  const at = (index: 0 | 1) => byRoadClass((c) => roadWidths[c][index] + extraPixels, 1);
  return ['interpolate', ['exponential', 1.6], ['zoom'], 12, at(0), 17, at(1)];
}
