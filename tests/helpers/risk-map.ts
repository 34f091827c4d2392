import type { Page } from 'playwright-core';
import { openMapAs, phone } from './pages';

/** The bits of MapLibre's map the checks use (window.__map, see web/src/map/map-ready.ts). */
type RiskMapWindow = {
  __map: {
    getLayer(id: string): unknown;
    getContainer(): HTMLElement;
    project(lngLat: [number, number]): { x: number; y: number };
    queryRenderedFeatures(options: { layers: string[] }): {
      geometry: { type: string; coordinates: unknown };
      properties: Record<string, unknown>;
    }[];
  };
};

/** Whether the map has a layer of this id now. */
export const hasLayer = (page: Page, layer: string) =>
  page.evaluate(
    (id) => (window as unknown as RiskMapWindow).__map.getLayer(id) !== undefined,
    layer,
  );

/** How many features of a layer are drawn on screen now. */
export const drawn = (page: Page, layer: string) =>
  page.evaluate(
    (id) =>
      (window as unknown as RiskMapWindow).__map.queryRenderedFeatures({ layers: [id] }).length,
    layer,
  );

/** Where on the page to click to hit the drawn area (cell, village) scoring highest. */
export async function highestAreaPoint(page: Page, layer: string, scoreKey: string) {
  return page.evaluate(
    ([layer, scoreKey]) => {
      const map = (window as unknown as RiskMapWindow).__map;
      const box = map.getContainer().getBoundingClientRect();
      const legend = document.querySelector('.risk-legend')?.getBoundingClientRect();
      const cells = map
        .queryRenderedFeatures({ layers: [layer] })
        .filter((f) => f.properties[scoreKey] !== null && f.properties[scoreKey] !== undefined)
        .sort((a, b) => Number(b.properties[scoreKey]) - Number(a.properties[scoreKey]));
      for (const cell of cells) {
        const polygon =
          cell.geometry.type === 'MultiPolygon'
            ? (cell.geometry.coordinates as number[][][][])[0]
            : (cell.geometry.coordinates as number[][][]);
        const ring = polygon?.[0] ?? [];
        const corners = ring.slice(0, -1);
        const lng = corners.reduce((s, p) => s + (p[0] ?? 0), 0) / corners.length;
        const lat = corners.reduce((s, p) => s + (p[1] ?? 0), 0) / corners.length;
        const { x, y } = map.project([lng, lat]);
        // Clear of the legend and the zoom buttons, well inside the map.
        const inLegend =
          legend &&
          box.left + x > legend.left - 10 &&
          box.left + x < legend.right + 10 &&
          box.top + y > legend.top - 10 &&
          box.top + y < legend.bottom + 10;
        if (!inLegend && x > 40 && x < box.width - 60 && y > 60 && y < box.height - 60) {
          return { x: box.left + x, y: box.top + y };
        }
      }
      throw new Error(`nothing of ${layer} in view`);
    },
    [layer, scoreKey] as const,
  );
}

/** The map page's risk section, once its list of the riskiest premises is in. */
export async function riskSection(page: Page) {
  const section = page.locator('.risk-section');
  await section.locator('[data-risk]').first().waitFor();
  return section;
}

/** The leadership's map on a phone, the bottom sheet opened on the risk section (list in). */
export async function leadRiskOnPhone(e2e: Parameters<typeof openMapAs>[0]) {
  const lead = await openMapAs(e2e, phone, 'lanhdao');
  await lead.page.locator('.sheet-handle').click();
  return { lead, section: await riskSection(lead.page) };
}
