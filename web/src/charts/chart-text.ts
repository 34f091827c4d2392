import { locale } from '../i18n/i18n';

// Numbers and months on the plan's charts, vi-VN: "1.234", "93,5 %", "T3", "Tháng 3/2026".

const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
const percent = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });

export const chartInteger = (value: unknown) => integer.format(Number(value));
export const chartPercent = (share: unknown) =>
  `${percent.format(Math.round(Number(share) * 1000) / 10)}\u00a0%`;

/** "2026-03" → "T3" (the axis), "Tháng 3/2026" (the tooltip). */
export const monthTick = (month: string) => `T${Number(month.slice(5, 7))}`;
export const monthTitle = (month: string) =>
  `Tháng ${Number(month.slice(5, 7))}/${month.slice(0, 4)}`;

export const axisTick = { fontSize: 12, fill: '#3e4553' };

/** An axis's title: under the bottom axis's ticks, or turned up along the left axis. */
export const bottomAxisTitle = (text: string) =>
  ({ value: text, position: 'insideBottom', offset: -12, ...axisTick }) as const;
export const leftAxisTitle = (text: string) =>
  ({ value: text, angle: -90, position: 'insideLeft', offset: 12, ...axisTick }) as const;

/** The rows' months ("2026-03") along a chart's bottom, every one ticked "T3", under a title. */
export const monthAxis = (title: string) =>
  ({
    dataKey: 'month',
    tickFormatter: monthTick,
    tick: axisTick,
    interval: 0,
    label: bottomAxisTitle(title),
  }) as const;

/** A monthly chart's tooltip is headed by the month it points at: "Tháng 3/2026". */
export const monthTooltipLabel = (
  _: unknown,
  payload: readonly { payload?: { month?: string } }[],
) => monthTitle(payload[0]?.payload?.month ?? '');

/** A series drawn as a line: the same weight and dots on every chart, drawn at once. */
export const seriesLine = { strokeWidth: 2, dot: { r: 3 }, isAnimationActive: false } as const;
