// Colours of the plan's record page: how an agency's report arrived (indicator g) and whether
// an officer was trained (indicator e). Okabe–Ito hues, as the business types, each also
// carried by a text label so colour is never the only cue.

export const submissionColors = {
  electronic: { fill: '#d7ecf7', ink: '#004a75', line: '#0072B2' },
  paper: { fill: '#fbe9d2', ink: '#7a4a00', line: '#E69F00' },
  missing: { fill: '#f9dfd3', ink: '#8a2e00', line: '#D55E00' },
  'not-due': { fill: '#f1f2f4', ink: '#5b616b', line: '#b8bcc4' },
} as const;

export const trainedColors = {
  trained: { fill: '#dcf1e8', ink: '#00573f', line: '#009E73' },
  untrained: { fill: '#f9dfd3', ink: '#8a2e00', line: '#D55E00' },
} as const;

/** Communication activities on the small map. */
export const communicationPointColor = '#CC79A7';
