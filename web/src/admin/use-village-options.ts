import { useEffect, useState } from 'react';
import { geoClient } from '../api/geo-client';

export type VillageOption = { id: number; name: string };

/** The commune's villages by name, for pickers and for naming a village id; null until loaded. */
export function useVillageOptions(): VillageOption[] | null {
  const [villages, setVillages] = useState<VillageOption[] | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    geoClient.villages(controller.signal).then(
      (collection) =>
        setVillages(
          collection.features
            .map(({ properties }) => ({ id: Number(properties.id), name: properties.name }))
            .sort((a, b) => a.name.localeCompare(b.name, 'vi')),
        ),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        // The form still works without the list; the village then cannot be picked.
        console.error('GET /api/villages failed:', error);
        setVillages([]);
      },
    );
    return () => controller.abort();
  }, []);
  return villages;
}
