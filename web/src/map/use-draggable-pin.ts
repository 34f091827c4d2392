import type { Map as MapLibreMap, Marker } from 'maplibre-gl';
import { useEffect, useRef, useState } from 'react';

export type LngLat = [number, number];

interface PinOptions {
  color: string;
  classNames: readonly string[];
  /** Read out for the pin: what dragging it does. */
  label?: string;
  onDragStart?: () => void;
  /** Where a drag ended; false puts the pin back where it was. */
  acceptDrop?: (at: LngLat) => boolean;
}

/**
 * A draggable pin at `at` while it is set: made anew for each position chosen from outside (a
 * tap, the phone's position), kept through its drags. Returns the pin once it is on the map.
 *
 * MapLibre's Marker is imported once the map is there (and MapLibre with it). So the hooks that
 * use a pin carry no MapLibre code, and the map page's data does not wait for MapLibre to download.
 */
export function useDraggablePin(
  map: MapLibreMap | null,
  at: LngLat | null,
  options: PinOptions,
): Marker | null {
  const [pin, setPin] = useState<Marker | null>(null);
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });

  // MapLibre is there once the map is; its module is at hand from then on, so a pin appears
  // in the same commit as the form that asked for it.
  const [maplibre, setMaplibre] = useState<typeof import('maplibre-gl') | null>(null);
  useEffect(() => {
    if (!map) return;
    let live = true;
    void import('maplibre-gl').then((module) => live && setMaplibre(module));
    return () => {
      live = false;
    };
  }, [map]);

  // Keyed by the position's value, not the array: a new pin only for a new place.
  const key = at ? at.join(',') : null;
  useEffect(() => {
    if (!map || !maplibre || key === null) return;
    const start = key.split(',').map(Number) as LngLat;
    const { color, classNames, label } = latest.current;
    const mark = new maplibre.Marker({ draggable: true, color }).setLngLat(start).addTo(map);
    const element = mark.getElement();
    if (label) element.setAttribute('aria-label', label);
    element.classList.add(...classNames);
    mark.on('dragstart', () => latest.current.onDragStart?.());
    let last = start;
    mark.on('dragend', () => {
      const { lng, lat } = mark.getLngLat();
      const to: LngLat = [lng, lat];
      if (latest.current.acceptDrop?.(to) === false) mark.setLngLat(last);
      else last = to;
    });
    setPin(mark);
    return () => {
      mark.remove();
      setPin(null);
    };
  }, [map, maplibre, key]);

  return pin;
}
