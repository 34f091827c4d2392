// zod-only: safe to import from the web bundle.
import { z } from 'zod';

// PostgreSQL refuses the year 0000 (there is none: 1 BC comes before AD 1) and UTC offsets
// beyond ±15:59; zod's ISO formats accept both. No record here is older than 1900, so years
// before 1000 (which JavaScript's Date would also write with six digits) are refused outright.
const firstYear = 1000;
const maxOffsetHours = 15;

const yearOf = (value: string) => Number(value.slice(0, 4));
const offsetOk = (value: string) => {
  const offset = /([+-])(\d{2}):\d{2}$/.exec(value);
  return !offset || Number(offset[2]) <= maxOffsetHours;
};

/** A calendar date (YYYY-MM-DD) PostgreSQL accepts. */
export const isoDate = z.iso
  .date()
  .refine((v) => yearOf(v) >= firstYear, { message: `năm phải từ ${firstYear} trở đi` });

/** An ISO 8601 instant with its offset (at most ±15:59) PostgreSQL accepts. */
export const isoInstant = z.iso
  .datetime({ offset: true })
  .refine((v) => yearOf(v) >= firstYear, { message: `năm phải từ ${firstYear} trở đi` })
  .refine(offsetOk, { message: 'độ lệch múi giờ tối đa ±15:59' });

/** A calendar date (YYYY-MM-DD) or an ISO 8601 instant with its offset. */
export const instantParam = z.union([isoDate, isoInstant]);

/** A list's `from` or `to`: a date stands for its start, Vietnam time; an instant for itself. */
export const listBoundParam = instantParam.transform((v) =>
  v.length === 10 ? `${v}T00:00:00+07:00` : v,
);
