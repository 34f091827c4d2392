import type { Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';
import { useEffect, useRef } from 'react';
import { placingAttribute } from './overlay-clicks';

/**
 * While `active`, the map's clicks go to `onPick` instead of opening popups, and the cursor is
 * a crosshair: choosing a place for something new.
 */
export function usePlacing(
  map: MapLibreMap | null,
  active: boolean,
  onPick: (event: MapMouseEvent) => void,
): void {
  const pick = useRef(onPick);
  useEffect(() => {
    pick.current = onPick;
  });
  useEffect(() => {
    if (!map || !active) return;
    const container = map.getContainer();
    container.setAttribute(placingAttribute, '');
    map.getCanvas().style.cursor = 'crosshair';
    const onClick = (event: MapMouseEvent) => pick.current(event);
    map.on('click', onClick);
    return () => {
      map.off('click', onClick);
      container.removeAttribute(placingAttribute);
      map.getCanvas().style.cursor = '';
    };
  }, [map, active]);
}
