// Indicator b: the registry of sensitive businesses reviewed and updated.
import { type RegistryRow, registryAsOf } from '@ntm/db/queries/indicators';
import { businessTypeNames, nameOf } from '../catalogue/vi-names';
import { firstDay, type IndicatorContext, indicator } from './common';
import { proratedStatus, shareOf } from './status';
import type { DueItem, Indicator } from './types';
import { monthsUpTo, yearFraction } from './year-clock';

/** Open on the day: active or suspended (a suspended premises may reopen; it stays watched). */
export const isOpen = (row: RegistryRow) => row.status === 'active' || row.status === 'suspended';

/**
 * b) "Hoàn thành việc rà soát, cập nhật thông tin về … cơ sở kinh doanh dịch vụ dễ bị lợi dụng":
 * of the premises open (active or suspended) on asOf, as the registry's history shows them
 * then, the share with a registry review from 1 January to asOf. Target 100%, prorated by the
 * days gone for on-track. A premises closed before the year (or since) is not counted.
 */
export async function registryIndicator(ctx: IndicatorContext): Promise<Indicator> {
  const yearFrom = firstDay(ctx.year);
  const months = monthsUpTo(ctx.asOf);
  const tally = async (until: string) => {
    const open = (await registryAsOf(ctx.sql, ctx.communeCode, yearFrom, until)).filter(isOpen);
    return { open, reviewed: open.filter((r) => r.lastReview !== null).length };
  };
  const now = await tally(ctx.asOf);
  const trend = [];
  for (const { month, until } of months) {
    const t = until === ctx.asOf ? now : await tally(until);
    trend.push({ month, value: shareOf(t.reviewed, t.open.length) });
  }
  const value = shareOf(now.reviewed, now.open.length);
  const due: DueItem[] = now.open
    .filter((r) => r.lastReview === null)
    .map((r) => ({
      kind: 'business',
      id: r.id,
      label: `${r.name} (${r.village})`,
      note: `${nameOf(businessTypeNames, r.type)}: chưa rà soát trong năm ${ctx.year}`,
    }));
  return indicator({
    code: 'b',
    name: 'Rà soát, cập nhật thông tin cơ sở kinh doanh dịch vụ dễ bị lợi dụng',
    kind: 'share',
    value,
    target: 1,
    status: proratedStatus(value, 1, yearFraction(ctx.asOf), 'share'),
    numerator: now.reviewed,
    denominator: now.open.length,
    trend,
    due,
  });
}
