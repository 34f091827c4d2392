import type { Page } from 'playwright-core';
import { villageFillLayerId } from '../../web/src/map/layers';

/** The bits of MapLibre's map the search uses (window.__map, see web/src/map/map-ready.ts). */
type Probe = {
  queryRenderedFeatures(
    point: [number, number],
    options: { layers: string[] },
  ): { properties: Record<string, unknown> }[];
  getContainer(): HTMLElement;
};

export type VillagePointSearch = {
  villageId: number;
  /** Over that village, or (false) over another one. */
  inside: boolean;
  /** The band searched, in page pixels from the top of the page. */
  top: number;
  bottom: number;
  /** Pixels kept clear of the map's left and right edges. */
  side: number;
  /** The grid's step, and how far (± pixels, across and down) the same village must reach. */
  step: number;
  spread: number;
  /** A page point to stay at least 60 px away from (the pin already on the map). */
  away?: { x: number; y: number };
};

/**
 * A page point (CSS pixels) over a village on the map as drawn, found on a grid away from the
 * village's edges, or null when the band has none.
 */
export function villageScreenPoint(page: Page, search: VillagePointSearch) {
  return page.evaluate(
    ({ layer, villageId, inside, top, bottom, side, step, spread, away }) => {
      const map = (window as unknown as { __map: Probe }).__map;
      const box = map.getContainer().getBoundingClientRect();
      const idAt = (x: number, y: number) =>
        map.queryRenderedFeatures([x, y], { layers: [layer] })[0]?.properties.id;
      for (let y = top - box.top; y < bottom - box.top; y += step) {
        for (let x = side; x < box.width - side; x += step) {
          if (away && Math.hypot(box.left + x - away.x, box.top + y - away.y) < 60) continue;
          const id = idAt(x, y);
          if (id === undefined || (id === villageId) !== inside) continue;
          const around = [
            [x - spread, y],
            [x + spread, y],
            [x, y - spread],
            [x, y + spread],
          ];
          if (around.every(([ax = 0, ay = 0]) => idAt(ax, ay) === id)) {
            return { x: box.left + x, y: box.top + y };
          }
        }
      }
      return null;
    },
    { layer: villageFillLayerId, ...search },
  );
}
