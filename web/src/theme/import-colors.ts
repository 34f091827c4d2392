import type { RowVerdict } from '@ntm/api/imports/contract';

// An import preview's verdicts: Okabe–Ito hues (readable with every common colour-vision
// deficiency), each with an icon so the table never speaks by colour alone. The map's layers
// (imports/import-rows.layer.ts), its legend and the table all read from here.

export const verdictColors: Record<RowVerdict, string> = {
  new: '#009E73',
  update: '#0072B2',
  unchanged: '#8A8F98',
  refused: '#D55E00',
};

export const verdictIcons: Record<RowVerdict, string> = {
  new: '+',
  update: '✎',
  unchanged: '=',
  refused: '✕',
};

/** The row the user picked in the table, ringed on the map. */
export const selectedRowColor = '#1B1F24';
