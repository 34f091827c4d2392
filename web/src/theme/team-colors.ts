// Team colours on the planner's map and lists: the Okabe–Ito palette, which stays distinct
// for the common forms of colour blindness. Darker hues first, since routes are drawn on a
// light basemap; yellow last (it needs its dark outline to read). Beyond eight teams the
// colours repeat, and the team's name and number still tell them apart.
const teamColors = [
  '#0072B2',
  '#D55E00',
  '#009E73',
  '#CC79A7',
  '#E69F00',
  '#56B4E9',
  '#000000',
  '#F0E442',
] as const;

export function teamColor(teamIndex: number): string {
  return teamColors[teamIndex % teamColors.length] as string;
}

/** Stops not in any route (and stale lines) are drawn in this grey. */
export const unfittedColor = '#8a8f98';
