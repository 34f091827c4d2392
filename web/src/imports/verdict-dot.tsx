import type { RowVerdict } from '@ntm/api/imports/contract';
import { verdictColors, verdictIcons } from '../theme/import-colors';

/** A row's verdict as the map draws it: its colour, and an icon for who cannot tell colours apart. */
export function VerdictDot({ verdict }: { verdict: RowVerdict }) {
  return (
    <span className="import-dot" style={{ background: verdictColors[verdict] }} aria-hidden="true">
      {verdictIcons[verdict]}
    </span>
  );
}
