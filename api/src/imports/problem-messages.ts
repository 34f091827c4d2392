import type { RowProblem, RowProblemCode } from './contract';

/** A reason that reads the same on every row it is given to. */
const always = (code: RowProblemCode, message: string) => (): RowProblem => ({ code, message });

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
  noPosition: always('no-position', 'Không có vị trí dùng được và không rõ thuộc thôn nào'),
  badCoordinates: always('bad-coordinates', 'Toạ độ không hợp lệ'),
  outsideVietnam: always('outside-vietnam', 'Vị trí nằm ngoài lãnh thổ Việt Nam'),
  outsideCommune: always('outside-commune', 'Vị trí nằm ngoài địa giới xã'),
  duplicate: (firstRow: number): RowProblem => ({
    code: 'duplicate-in-file',
    message: `Trùng với dòng ${firstRow} trong tệp`,
  }),
  noGeometry: always('invalid-geometry', 'Không có hình dạng'),
  notPolygon: always('invalid-geometry', 'Ranh giới phải là vùng (đa giác)'),
  tooLong: (field: string, label: string, max: number): RowProblem => ({
    code: 'bad-value',
    field,
    message: `${label} dài quá ${max} ký tự`,
  }),
  badPhone: (value: string): RowProblem => ({
    code: 'bad-value',
    field: 'phone',
    message: `Số điện thoại không hợp lệ: «${value}»`,
  }),
  overlap: (other: string, areaM2: number): RowProblem => ({
    code: 'overlap',
    message: `Chồng lấn với «${other}» ${new Intl.NumberFormat('vi-VN').format(Math.round(areaM2))} m²`,
  }),
} as const;
