// GPX 1.1 (https://www.topografix.com/GPX/1/1/) of a plan for the phones' navigation apps:
// one <wpt> per stop, numbered in each team's order, then one <trk> per team whose <trkseg>
// follows the roads. The schema wants waypoints before tracks.
import type { LngLat } from '@ntm/db/queries/road-network';

export type GpxTeam = {
  name: string;
  line: readonly LngLat[] | null;
  stops: ReadonlyArray<{ name: string; lngLat: LngLat; start: string }>;
};

const escapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};
/** Control characters XML 1.0 forbids (all below U+0020 except tab, line feed, return). */
const xmlAllowed = (ch: string) => {
  const code = ch.charCodeAt(0);
  return code >= 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
};

/** XML text or attribute value; characters XML 1.0 forbids are dropped. */
export const xmlText = (s: string) =>
  [...s]
    .filter(xmlAllowed)
    .join('')
    .replace(/[&<>"']/g, (ch) => escapes[ch] as string);

const point = ([lng, lat]: LngLat) => `lat="${lat.toFixed(7)}" lon="${lng.toFixed(7)}"`;

export function planGpx(title: string, teams: readonly GpxTeam[]): string {
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gpx version="1.1" creator="Nam Thanh Mien GIS" xmlns="http://www.topografix.com/GPX/1/1">',
    `  <metadata><name>${xmlText(title)}</name></metadata>`,
  ];
  for (const team of teams) {
    team.stops.forEach((stop, k) => {
      out.push(
        `  <wpt ${point(stop.lngLat)}><name>${xmlText(`${team.name} ${k + 1}. ${stop.name}`)}</name>` +
          `<desc>${xmlText(`Bắt đầu ${stop.start.slice(11, 16)}`)}</desc><type>${xmlText(team.name)}</type></wpt>`,
      );
    });
  }
  for (const team of teams) {
    out.push(`  <trk><name>${xmlText(team.name)}</name><trkseg>`);
    for (const p of team.line ?? []) out.push(`    <trkpt ${point(p)}/>`);
    out.push('  </trkseg></trk>');
  }
  out.push('</gpx>', '');
  return out.join('\n');
}
