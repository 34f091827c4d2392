import type { ReactElement, ReactNode } from 'react';
import { ResponsiveContainer } from 'recharts';
import { ChartData } from './chart-data';

interface PlanChartProps {
  /** The caption's id: the figure is named by it. */
  id: string;
  caption: string;
  heightPixels: number;
  /** The Recharts chart, drawn as wide as the figure. */
  children: ReactElement;
  /** A legend under the chart, where the series need one. */
  legend?: ReactNode;
  /** The chart's numbers, folded under it as a table. */
  table: { head: string[]; rows: (string | number)[][] };
}

/** One chart of the plan's indicators: caption, chart, legend and its numbers as a table. */
export function PlanChart({ id, caption, heightPixels, children, legend, table }: PlanChartProps) {
  return (
    <figure className="plan-chart" aria-labelledby={id}>
      <figcaption id={id}>{caption}</figcaption>
      <ResponsiveContainer width="100%" height={heightPixels}>
        {children}
      </ResponsiveContainer>
      {legend}
      <ChartData head={table.head} rows={table.rows} />
    </figure>
  );
}
