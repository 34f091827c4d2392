// Indicator e: officers trained in the year.
import { officersWithTrainings } from '@ntm/db/queries/indicators';
import { firstDay, type IndicatorContext, indicator } from './common';
import { proratedStatus, shareOf } from './status';
import type { Indicator } from './types';
import { monthsUpTo, yearFraction } from './year-clock';

export const trainingTarget = 0.8;

/**
 * e) "Tối thiểu 80% cán bộ làm công tác phòng, chống mại dâm xã được tham gia tập huấn, bồi
 * dưỡng … trong năm": of the active officers, the share with a training held from 1 January to
 * asOf (a training in an earlier year does not count). Target 80%, prorated by the days gone
 * for on-track. The drill-down lists the officers not yet trained.
 */
export async function trainingIndicator(ctx: IndicatorContext): Promise<Indicator> {
  const officers = await officersWithTrainings(
    ctx.sql,
    ctx.communeCode,
    firstDay(ctx.year),
    ctx.asOf,
  );
  const trained = officers.filter((o) => o.trainedOn.length > 0).length;
  const value = shareOf(trained, officers.length);
  return indicator({
    code: 'e',
    name: 'Cán bộ làm công tác phòng, chống mại dâm được tập huấn, bồi dưỡng trong năm',
    kind: 'share',
    value,
    target: trainingTarget,
    status: proratedStatus(value, trainingTarget, yearFraction(ctx.asOf), 'share'),
    numerator: trained,
    denominator: officers.length,
    trend: monthsUpTo(ctx.asOf).map(({ month, until }) => ({
      month,
      value: shareOf(
        officers.filter((o) => (o.trainedOn[0] ?? '9999') <= until).length,
        officers.length,
      ),
    })),
    due: officers
      .filter((o) => o.trainedOn.length === 0)
      .map((o) => ({
        kind: 'officer',
        id: o.id,
        label: o.fullName,
        note: `${o.position}, ${o.agency}: chưa được tập huấn trong năm ${ctx.year}`,
      })),
  });
}
