// The system a vector file's layer is in: the user's choice, else the .prj or the layer's own
// SRS matched to the supported list, else unknown (the screen asks).
import { findCrs, wgs84 } from '../../geo/crs';
import type { CrsGuess, ImportFormat } from '../contract';
import { matchSupportedCrs } from './crs-match';
import { describeSrs, srsName } from './layer-info';

type Where = { cwd: string; hide: string };

export async function vectorCrs(
  format: ImportFormat,
  srsWkt: string | null,
  hasPrj: boolean,
  userEpsg: number | undefined,
  where: Where,
): Promise<CrsGuess> {
  if (userEpsg !== undefined)
    return { epsg: userEpsg, source: 'user', note: `Bạn đã chọn ${findCrs(userEpsg)?.label}` };
  if (format === 'kml' || format === 'kmz')
    return { epsg: wgs84, source: 'file', note: 'KML luôn dùng WGS 84 (kinh độ, vĩ độ)' };
  if (!srsWkt) {
    if (format === 'shapefile')
      return {
        epsg: null,
        source: 'none',
        note: hasPrj
          ? 'Tệp .prj không đọc được: chọn hệ tọa độ'
          : 'Tệp không có .prj: chọn hệ tọa độ',
      };
    return { epsg: null, source: 'none', note: 'Tệp không ghi hệ tọa độ: chọn hệ tọa độ' };
  }
  const source = format === 'shapefile' ? 'prj' : 'file';
  const said = source === 'prj' ? 'Tệp .prj ghi' : 'Tệp ghi';
  const epsg = matchSupportedCrs(await describeSrs(srsWkt, where));
  if (epsg === null)
    return {
      epsg: null,
      source,
      note: `${said} hệ “${srsName(srsWkt)}”, không có trong danh sách hỗ trợ: chọn hệ tọa độ`,
    };
  const label = findCrs(epsg)?.label ?? '';
  if (format === 'geojson' && epsg === wgs84)
    return { epsg, source, note: 'GeoJSON dùng WGS 84 (kinh độ, vĩ độ)' };
  return { epsg, source, note: `${said} ${label} (EPSG:${epsg})` };
}
