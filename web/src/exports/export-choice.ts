import {
  type ExportFormat,
  type ExportLayer,
  exportPath,
  tableFormats,
} from '@ntm/api/exports/export-formats';
import { supportedCrs } from '@ntm/api/geo/crs';

/** What the picker holds: a format, the file's system, and X/Y columns for tables. */
export type ExportChoice = { format: ExportFormat; crs: number; xy: number | null };

export const defaultChoice: ExportChoice = { format: 'xlsx', crs: 4326, xy: null };

/** The projected VN-2000 systems X/Y columns can be in. */
export const projectedCrs = supportedCrs.filter((c) => c.kind === 'projected');

/** Google Earth reads WGS 84 only; X/Y columns exist in tables only. */
export function normaliseChoice(choice: ExportChoice): ExportChoice {
  const kml = choice.format === 'kml' || choice.format === 'kmz';
  return {
    format: choice.format,
    crs: kml ? 4326 : choice.crs,
    xy: tableFormats.includes(choice.format) ? choice.xy : null,
  };
}

export function choicePath(layer: ExportLayer, choice: ExportChoice): string {
  const { format, crs, xy } = normaliseChoice(choice);
  return exportPath(layer, format, { crs, xy });
}
