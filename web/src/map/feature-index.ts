import { fetchBusiness } from '../api/geo-client';
import type { GeoDataState } from '../api/use-geo-data';
import type { FeatureLookup } from './interactions';

// Rendered features carry flattened copies of their properties (nested objects such as opening
// hours come back as JSON strings), so popups look the original feature up by id instead.

const indexes = new WeakMap<object, Map<string, unknown>>();

function indexById<T extends { properties: { id: number | string } }>(collection: {
  features: T[];
}): Map<string, T> {
  let index = indexes.get(collection) as Map<string, T> | undefined;
  if (!index) {
    index = new Map(collection.features.map((f) => [String(f.properties.id), f]));
    indexes.set(collection, index);
  }
  return index;
}

/** Looks features up in whatever data is current when asked. */
export function featureLookup(current: () => GeoDataState): FeatureLookup {
  return {
    business(id) {
      const { businesses } = current();
      return businesses.status === 'ready' ? indexById(businesses.data).get(String(id)) : undefined;
    },
    fetchBusiness: (id) => fetchBusiness(id),
    village(id) {
      const { villages } = current();
      return villages.status === 'ready' ? indexById(villages.data).get(String(id)) : undefined;
    },
    keyArea(id) {
      const { keyAreas } = current();
      return keyAreas.status === 'ready' ? indexById(keyAreas.data).get(String(id)) : undefined;
    },
  };
}
