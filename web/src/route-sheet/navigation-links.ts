// Links that hand a stop to the phone's own navigation. Google Maps' cross-platform URL opens
// the app on Android and iOS (or the website); a `geo:` URI lets Android offer any installed
// map app (OsmAnd, Organic Maps…). Coordinates are WGS84 `[lng, lat]` in, "lat,lng" out.

type LngLat = readonly [lng: number, lat: number];

/** Seven decimals (about 1 cm) as the GPX; more would only be noise. */
const coordinate = (x: number) => x.toFixed(7);

export function googleDirectionsUrl([lng, lat]: LngLat): string {
  return `https://www.google.com/maps/dir/?api=1&destination=${coordinate(lat)},${coordinate(lng)}&travelmode=driving`;
}

/** `geo:LAT,LNG?q=LAT,LNG(label)` (RFC 5870 with Android's `q` for a labelled pin). */
export function geoUri([lng, lat]: LngLat, label: string): string {
  const at = `${coordinate(lat)},${coordinate(lng)}`;
  // Parentheses would end the label early.
  const clean = label.replace(/[()]/g, ' ').trim();
  return `geo:${at}?q=${at}(${encodeURIComponent(clean)})`;
}
