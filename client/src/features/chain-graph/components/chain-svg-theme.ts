/** Colours as SVG attributes so an export looks like the screen; text at least 4.5:1 on white. */
export const CHAIN_THEME = {
  font: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
  text: '#0b0c0c',
  muted: '#4b5257',
  border: '#4b5257',
  party: '#6b7378',
  relation: '#1c4181',
  error: '#b3261e',
  errorFill: '#fbe3e1',
  warning: '#8a4b00',
  warningFill: '#fdf1df',
  ending: '#0b0c0c',
  organisationFill: '#f1f3f4',
  /** An agreement outside the user's collaborations (text on it stays above 4.5:1). */
  restrictedFill: '#e8eaec',
  focus: '#1c4181',
} as const;
