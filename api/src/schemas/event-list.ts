// zod-only: safe to import from the web bundle.

import { z } from 'zod';
import { bboxParam, idParam } from './geojson';
import { listBoundParam } from './instant';

/** The filters of a list of dated events on the map (tips, inspections): when, which premises, where. */
export const eventListFilters = {
  from: listBoundParam.optional(),
  to: listBoundParam.optional(),
  business: idParam.optional(),
  bbox: bboxParam.optional(),
};

const eventListQuery = z.object(eventListFilters);

/** Those filters as the event lists' queries name them. */
export const eventFiltersOf = (q: z.infer<typeof eventListQuery>) => ({
  from: q.from,
  to: q.to,
  businessId: q.business,
  bbox: q.bbox,
});
