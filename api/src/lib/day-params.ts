// Query parameters for days and cell sizes, checked the same way by every route that takes them.
import { firstModelYear, lastModelYear } from '@ntm/domain/clock/vietnam-day';
import { z } from 'zod';

/** A 'YYYY-MM-DD' day in the years the model knows (2020–2035, as the seasons). */
export const modelDay = z.iso
  .date()
  .refine(
    (d) => d >= `${firstModelYear}-01-01` && d <= `${lastModelYear}-12-31`,
    `ngày trong ${firstModelYear}–${lastModelYear}`,
  );

/** Hexagon width in metres (centre to centre), 100–2000, default 250. */
export const cellMetersParam = z.coerce.number().int().min(100).max(2000).default(250);
