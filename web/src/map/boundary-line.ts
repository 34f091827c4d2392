import type { LineLayerSpecification } from 'maplibre-gl';

/**
 * A boundary drawn as a line with round joins: a commune's or a village's outline, or the wider
 * pale halo under it that keeps it readable over any basemap.
 */
export function boundaryLine(
  id: string,
  source: string,
  paint: NonNullable<LineLayerSpecification['paint']>,
): LineLayerSpecification {
  return { id, type: 'line', source, layout: { 'line-join': 'round' }, paint };
}
