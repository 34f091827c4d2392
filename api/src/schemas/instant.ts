// zod-only: safe to import from the web bundle.
import { z } from 'zod';

/** A calendar date (YYYY-MM-DD) or an ISO 8601 instant with its offset. */
export const instantParam = z.union([z.iso.date(), z.iso.datetime({ offset: true })]);
