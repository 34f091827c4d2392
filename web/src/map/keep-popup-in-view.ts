import type { Map as MapLibreMap, Popup } from 'maplibre-gl';

/** Space kept between an opened popup and the map's edges, in CSS pixels. */
const marginPixels = 12;

/**
 * Pans the map just enough that an open popup is entirely visible. MapLibre flips a popup above
 * or below its point but never moves the map, so a tall popup (a business with its weekly
 * hours) opened near an edge would otherwise be cut off, which on a phone is the usual case.
 */
export function keepPopupInView(map: MapLibreMap, popup: Popup): void {
  const element = popup.getElement();
  if (!element) return;
  const box = element.getBoundingClientRect();
  const frame = map.getContainer().getBoundingClientRect();
  // On a phone the side panel is a bottom sheet over the map's foot: what it covers is not seen.
  const sheet = map.getContainer().ownerDocument.querySelector('.panel.sheet');
  const sheetTop = sheet ? sheet.getBoundingClientRect().top : Number.POSITIVE_INFINITY;
  const frameBottom = Math.min(frame.bottom, sheetTop);
  const shift = (start: number, end: number, frameStart: number, frameEnd: number) => {
    if (end - start > frameEnd - frameStart - 2 * marginPixels) {
      return start - (frameStart + marginPixels); // Too big to fit: show its start.
    }
    if (start < frameStart + marginPixels) return start - (frameStart + marginPixels);
    if (end > frameEnd - marginPixels) return end - (frameEnd - marginPixels);
    return 0;
  };
  const dx = shift(box.left, box.right, frame.left, frame.right);
  const dy = shift(box.top, box.bottom, frame.top, frameBottom);
  if (dx !== 0 || dy !== 0) map.panBy([dx, dy], { duration: 250 });
}
