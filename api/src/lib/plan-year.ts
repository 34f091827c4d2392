import { firstModelYear, lastModelYear, vietnamToday } from '@ntm/domain/clock/vietnam-day';
import { z } from 'zod';

/** `?year=` of the plan's record lists: 2020–2035; without it, this year in Vietnam. */
export const yearQuery = z.object({
  year: z.coerce.number().int().min(firstModelYear).max(lastModelYear).optional(),
});

export const yearOr = (year: number | undefined, now: Date) =>
  year ?? Number(vietnamToday(now).slice(0, 4));
