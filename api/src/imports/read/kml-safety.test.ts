import { describe, expect, it } from 'vitest';
import { kmlVerdict, makeKmlSafe, type SafeKml } from './kml-safety';

const placemark =
  '<Placemark><name>Thôn Phù Tải</name><Point><coordinates>106.24,20.72</coordinates></Point></Placemark>';
const link =
  '<NetworkLink><name>x</name><Link><href>http://127.0.0.1:1/more.kml</href></Link></NetworkLink>';
const inner = '<NetworkLink><Link><href>layers/thon.kml</href></Link></NetworkLink>';
const kml = (body: string) =>
  `<?xml version="1.0"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document>${body}</Document></kml>`;

describe('makeKmlSafe and kmlVerdict', () => {
  it('cuts network links out and says how many pointed elsewhere', () => {
    const safe = makeKmlSafe(kml(`${link}${placemark}${inner}<kml:NetworkLink/>`)) as SafeKml;
    expect(safe).toEqual({ text: kml(placemark), externalLinks: 1, hasPlacemarks: true });
    expect(kmlVerdict([safe])).toEqual({
      notes: [expect.stringContaining('1 liên kết mạng (NetworkLink) không được tải về')],
    });
  });

  it('refuses a KML of network links only, and one with nothing', () => {
    expect(kmlVerdict([makeKmlSafe(kml(link)) as SafeKml])).toMatchObject({
      status: 422,
      code: 'kml-only-links',
    });
    expect(kmlVerdict([makeKmlSafe(kml('')) as SafeKml])).toMatchObject({
      status: 422,
      code: 'kml-empty',
    });
  });

  it('reads a KMZ whose doc.kml only links to the layers inside it, without a note', () => {
    const doc = makeKmlSafe(kml(inner)) as SafeKml;
    const layer = makeKmlSafe(kml(placemark)) as SafeKml;
    expect(kmlVerdict([doc, layer])).toEqual({ notes: [] });
  });

  it('refuses a DOCTYPE that declares entities', () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE kml [<!ENTITY x SYSTEM "file:///etc/passwd">]><kml><Placemark><name>&x;</name></Placemark></kml>`;
    expect(makeKmlSafe(xxe)).toMatchObject({ status: 422, code: 'kml-doctype' });
  });
});
