/** The ways the risk section can draw the risk (risk/view-switcher.tsx). */
export const riskViews = ['heat', 'cells', 'villages', 'hotspots'] as const;
export type RiskView = (typeof riskViews)[number];
