import { z } from 'zod';

/** `?on=YYYY-MM-DD`: the day whose boundaries a map or a table uses (any real day). */
export const boundaryDayQuery = z.object({
  on: z.iso.date('ngày dạng YYYY-MM-DD').optional(),
});
