import type { RowProblem } from './contract';

/** The verdicts' reasons in plain Vietnamese, one constructor each. */
export const problem = {
  missingName: (): RowProblem => ({
    code: 'missing-name',
    field: 'name',
    message: 'Thiếu tên',
  }),
  missingAddress: (): RowProblem => ({
    code: 'missing-address',
    field: 'address',
    message: 'Thiếu địa chỉ của cơ sở mới',
  }),
  unknownType: (value: string | null): RowProblem => ({
    code: 'unknown-type',
    field: 'type',
    message: value ? `Loại hình không có trong danh mục: «${value}»` : 'Thiếu loại hình',
  }),
  unknownKind: (value: string | null): RowProblem => ({
    code: 'bad-value',
    field: 'kind',
    message: value ? `Loại địa bàn không có trong danh mục: «${value}»` : 'Thiếu loại địa bàn',
  }),
  unknownVillage: (value: string): RowProblem => ({
    code: 'unknown-village',
    field: 'village',
    message: `Không có thôn «${value}» trong xã`,
  }),
  noPosition: (): RowProblem => ({
    code: 'no-position',
    message: 'Không có vị trí dùng được và không rõ thuộc thôn nào',
  }),
  badCoordinates: (): RowProblem => ({
    code: 'bad-coordinates',
    message: 'Toạ độ không hợp lệ',
  }),
  outsideVietnam: (): RowProblem => ({
    code: 'outside-vietnam',
    message: 'Vị trí nằm ngoài lãnh thổ Việt Nam',
  }),
  outsideCommune: (): RowProblem => ({
    code: 'outside-commune',
    message: 'Vị trí nằm ngoài địa giới xã',
  }),
  duplicate: (firstRow: number): RowProblem => ({
    code: 'duplicate-in-file',
    message: `Trùng với dòng ${firstRow} trong tệp`,
  }),
  noGeometry: (): RowProblem => ({
    code: 'invalid-geometry',
    message: 'Không có hình dạng',
  }),
  notPolygon: (): RowProblem => ({
    code: 'invalid-geometry',
    message: 'Ranh giới phải là vùng (đa giác)',
  }),
  overlap: (other: string, areaM2: number): RowProblem => ({
    code: 'overlap',
    message: `Chồng lấn với «${other}» ${new Intl.NumberFormat('vi-VN').format(Math.round(areaM2))} m²`,
  }),
} as const;
