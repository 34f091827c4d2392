import type { ReactNode } from 'react';

export interface LegendItem {
  swatch: ReactNode;
  label: string;
  /** Said on hover, where the label alone is short (the seasons' names). */
  title?: string;
}

/** A chart's legend: a swatch drawn like each series, and its name. */
export function ChartLegend({ items }: { items: LegendItem[] }) {
  return (
    <ul className="chart-legend">
      {items.map((item) => (
        <li key={item.label} title={item.title}>
          {item.swatch}
          {item.label}
        </li>
      ))}
    </ul>
  );
}
