// Indicators a (the year's plan issued) and c (communication activities held).
import { communicationHeld, planDocumentsIssued } from '@ntm/db/queries/indicators';
import { firstDay, type IndicatorContext, indicator } from './common';
import { plainStatus, proratedStatus } from './status';
import type { Indicator } from './types';
import { monthsUpTo, viDay, yearFraction } from './year-clock';

/**
 * a) "Ủy ban nhân dân cấp xã ban hành kế hoạch triển khai thực hiện công tác phòng, chống mại
 * dâm năm …": 1 (met) once a plan document for the year was issued on or before asOf, else 0.
 */
export async function planIndicator(ctx: IndicatorContext): Promise<Indicator> {
  const docs = await planDocumentsIssued(ctx.sql, ctx.communeCode, ctx.year, ctx.asOf);
  const first = docs[0];
  const value = first ? 1 : 0;
  return indicator({
    code: 'a',
    name: `Ban hành kế hoạch phòng, chống mại dâm năm ${ctx.year}`,
    kind: 'done',
    value,
    target: 1,
    status: plainStatus(value, 1),
    numerator: value,
    denominator: 1,
    trend: monthsUpTo(ctx.asOf).map(({ month, until }) => ({
      month,
      value: first && first.issuedOn <= until ? 1 : 0,
    })),
    due: first
      ? []
      : [
          {
            kind: 'plan',
            id: null,
            label: `Kế hoạch năm ${ctx.year}`,
            note: 'Chưa ban hành kế hoạch năm',
          },
        ],
  });
}

/**
 * c) "Xã tổ chức ít nhất một hoạt động truyền thông, tuyên truyền về phòng, chống mại dâm": the
 * number of communication activities held from 1 January to asOf; target 1.
 */
export async function communicationIndicator(ctx: IndicatorContext): Promise<Indicator> {
  const held = await communicationHeld(ctx.sql, ctx.communeCode, firstDay(ctx.year), ctx.asOf);
  const value = held.length;
  return indicator({
    code: 'c',
    name: 'Hoạt động truyền thông, tuyên truyền về phòng, chống mại dâm',
    kind: 'count',
    value,
    target: 1,
    status: proratedStatus(value, 1, yearFraction(ctx.asOf), 'count'),
    numerator: value,
    trend: monthsUpTo(ctx.asOf).map(({ month, until }) => ({
      month,
      value: held.filter((a) => a.heldOn <= until).length,
    })),
    due:
      value > 0
        ? []
        : [
            {
              kind: 'communication',
              id: null,
              label: 'Hoạt động truyền thông',
              note: `Chưa tổ chức hoạt động truyền thông nào từ 01/01 đến ${viDay(ctx.asOf)}`,
            },
          ],
  });
}
