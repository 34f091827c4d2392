// A KML made safe before GDAL opens it: no network link is followed (they are cut out), and no
// DOCTYPE may declare entities (external entities read local files or URLs).
import { type ReadRefusal, refuse } from './read-refusal';

export type SafeKml = {
  text: string;
  /** Links to data elsewhere (http, https, ftp, //): cut out, never fetched. */
  externalLinks: number;
  hasPlacemarks: boolean;
};

const networkLink = /<(\w+:)?NetworkLink\b(?:[^>]*\/>|[\s\S]*?<\/(\w+:)?NetworkLink\s*>)/g;
const external = /<(?:\w+:)?href>\s*(?:[a-z][\w+.-]*:|\/\/)/i;

export function makeKmlSafe(text: string): SafeKml | ReadRefusal {
  if (/<!DOCTYPE|<!ENTITY/i.test(text))
    return refuse(
      422,
      'kml-doctype',
      'Tệp KML có khai báo DOCTYPE/ENTITY, có thể đọc dữ liệu ngoài tệp: không đọc. Hãy mở bằng Google Earth, lưu lại thành KML rồi tải lên.',
    );
  const links = text.match(networkLink) ?? [];
  // A KMZ's own links to the KML files inside it are relative: those files are read directly.
  const externalLinks = links.filter((link) => external.test(link)).length;
  const safe = links.length > 0 ? text.replace(networkLink, '') : text;
  return { text: safe, externalLinks, hasPlacemarks: /<(\w+:)?Placemark\b/.test(safe) };
}

/** The note, or the refusal, for the KML documents of one upload once all are made safe. */
export function kmlVerdict(documents: readonly SafeKml[]): { notes: string[] } | ReadRefusal {
  const links = documents.reduce((sum, d) => sum + d.externalLinks, 0);
  if (!documents.some((d) => d.hasPlacemarks))
    return links > 0
      ? refuse(
          422,
          'kml-only-links',
          `Tệp KML chỉ có ${links} liên kết mạng (NetworkLink) tới dữ liệu ở nơi khác, không có đối tượng nào trong tệp; ứng dụng không tải dữ liệu từ Internet. Hãy mở trong Google Earth, lưu thành KML đầy đủ rồi tải lên.`,
        )
      : refuse(
          422,
          'kml-empty',
          'Tệp KML không có đối tượng (Placemark) nào: hãy kiểm tra lại tệp.',
        );
  return {
    notes:
      links > 0
        ? [
            `Tệp có ${links} liên kết mạng (NetworkLink) không được tải về: chỉ đọc các đối tượng có sẵn trong tệp.`,
          ]
        : [],
  };
}
