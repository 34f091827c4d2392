import { describe, expect, it } from 'vitest';
import { geoUri, googleDirectionsUrl } from './navigation-links';

describe('links to the phone navigation', () => {
  it('puts latitude first for Google Maps, from a [lng, lat] point', () => {
    expect(googleDirectionsUrl([106.2409, 20.7235])).toBe(
      'https://www.google.com/maps/dir/?api=1&destination=20.7235000,106.2409000&travelmode=driving',
    );
  });

  it('labels the geo: pin with the premises name, escaped', () => {
    expect(geoUri([106.25, 20.71], 'Karaoke Hoa Sen (cơ sở 2)')).toBe(
      `geo:20.7100000,106.2500000?q=20.7100000,106.2500000(${encodeURIComponent('Karaoke Hoa Sen  cơ sở 2')})`,
    );
  });
});
