import { describe, expect, it } from 'vitest';
import { planGpx, xmlText } from './gpx';

describe('GPX of a plan', () => {
  it('escapes names that carry markup', () => {
    expect(xmlText('Karaoke "Hoa" & <Bar>')).toBe('Karaoke &quot;Hoa&quot; &amp; &lt;Bar&gt;');
  });

  it('puts numbered waypoints before one track per team', () => {
    const gpx = planGpx('Kế hoạch', [
      {
        name: 'Đội 1',
        line: [
          [106.1, 20.1],
          [106.2, 20.2],
        ],
        stops: [{ name: 'A & B', lngLat: [106.2, 20.2], start: '2026-12-04T21:00:00+07:00' }],
      },
      { name: 'Đội 2', line: null, stops: [] },
    ]);
    expect(gpx).toContain('<gpx version="1.1"');
    expect(gpx).toContain('<name>Đội 1 1. A &amp; B</name>');
    expect(gpx.indexOf('<wpt')).toBeLessThan(gpx.indexOf('<trk>'));
    expect(gpx.match(/<trk>/g)).toHaveLength(2);
    expect(gpx).toContain('<trkpt lat="20.1000000" lon="106.1000000"/>');
  });
});
