// zod-only: safe to import from the web bundle.

import { businessStatuses, businessTypes } from '@ntm/db/schema/values';
import { z } from 'zod';
import { pointGeometry } from './geojson';
import { isoDate } from './instant';

export const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

const clockTime = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'giờ dạng HH:MM');
const interval = z.tuple([clockTime, clockTime]);
const day = z.array(interval).max(4);
/** Per weekday a list of [open, close]; close before open runs past midnight; [] is closed. */
export const openingHours = z.strictObject({
  mon: day,
  tue: day,
  wed: day,
  thu: day,
  fri: day,
  sat: day,
  sun: day,
});

/** Every day closed: the week a caller opens some days of, `{ ...closedAllWeek, mon: [...] }`. */
export const closedAllWeek = Object.fromEntries(weekdays.map((d) => [d, []])) as Record<
  (typeof weekdays)[number],
  never[]
>;

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => text(max).nullable().optional();

const propertyFields = {
  name: text(200),
  type: z.enum(businessTypes),
  address: text(300),
  licensedTrade: optionalText(200),
  licenceNumber: optionalText(50),
  owner: optionalText(120),
  phone: z
    .string()
    .regex(/^\+?[0-9 .-]{6,20}$/, 'số điện thoại không hợp lệ')
    .nullable()
    .optional(),
  openingHours: openingHours.nullable().optional(),
  status: z.enum(businessStatuses),
  reviewedAt: isoDate.nullable().optional(),
};

export const businessProperties = z.strictObject({
  ...propertyFields,
  status: propertyFields.status.default('active'),
});

/** POST /api/businesses: a GeoJSON Feature with a Point. `village` is derived, never sent. */
export const createBusinessBody = z.strictObject({
  type: z.literal('Feature'),
  geometry: pointGeometry,
  properties: businessProperties,
  id: z.unknown().optional(),
});

/** PATCH /api/businesses/{id}: a partial Feature; only what is sent changes. */
export const updateBusinessBody = z
  .strictObject({
    type: z.literal('Feature').optional(),
    geometry: pointGeometry.optional(),
    properties: z.strictObject(propertyFields).partial().optional(),
  })
  .refine(
    (b) => b.geometry !== undefined || (b.properties && Object.keys(b.properties).length > 0),
    {
      message: 'Không có gì để cập nhật',
    },
  );

export type BusinessProperties = z.infer<typeof businessProperties>;
export type CreateBusinessBody = z.infer<typeof createBusinessBody>;
export type UpdateBusinessBody = z.infer<typeof updateBusinessBody>;
