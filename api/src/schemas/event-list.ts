// zod-only: safe to import from the web bundle.

import { bboxParam, idParam } from './geojson';
import { listBoundParam } from './instant';

/** The filters of a list of dated events on the map (tips, inspections): when, which premises, where. */
export const eventListFilters = {
  from: listBoundParam.optional(),
  to: listBoundParam.optional(),
  business: idParam.optional(),
  bbox: bboxParam.optional(),
};
