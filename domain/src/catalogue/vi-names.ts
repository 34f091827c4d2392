// The Vietnamese names of the codes the plan's records carry, in one catalogue: the reports,
// the API's refusals and the web's i18n catalogue (web/src/i18n) all read these, so a business
// type or a role is named the same on the screen and in the official report. Pure data.
import type {
  businessTypes,
  inspectionMeasures,
  inspectionViolations,
  onlineViolationKinds,
  tipCategories,
  tipChannels,
  userRoles,
} from '@ntm/db/schema/values';

type Names<Codes extends readonly string[]> = Readonly<Record<Codes[number], string>>;

export const businessTypeNames: Names<typeof businessTypes> = {
  lodging: 'Cơ sở lưu trú (nhà nghỉ, khách sạn)',
  karaoke: 'Karaoke',
  massage: 'Xoa bóp (massage)',
  'short-term-rental': 'Căn hộ cho thuê ngắn hạn',
  'bar-cafe': 'Quán bar, cà phê, giải khát',
  other: 'Loại hình khác',
};

export const roleNames: Names<typeof userRoles> = {
  leadership: 'Lãnh đạo',
  police: 'Công an xã',
  health: 'Trạm Y tế',
  culture: 'Phòng VH-XH',
  village: 'Trưởng thôn',
  admin: 'Quản trị',
};

export const violationNames: Names<typeof inspectionViolations> = {
  'no-guest-register': 'Không có sổ theo dõi khách',
  'no-residence-notice': 'Không thông báo lưu trú',
  'locked-rooms': 'Phòng khóa trong, cửa không nhìn được vào',
  'over-hours': 'Hoạt động quá giờ quy định',
  'unregistered-staff': 'Nhân viên không đăng ký, không giấy tờ',
  'licence-mismatch': 'Kinh doanh sai ngành nghề đăng ký',
  solicitation: 'Có biểu hiện mời chào, môi giới',
  other: 'Vi phạm khác',
};

export const measureNames: Names<typeof inspectionMeasures> = {
  reminder: 'Nhắc nhở, tuyên truyền',
  commitment: 'Yêu cầu ký cam kết',
  fine: 'Xử phạt vi phạm hành chính (phạt tiền)',
  'revoke-licence-proposal': 'Đề nghị thu hồi giấy phép',
  closure: 'Đình chỉ hoạt động',
  monitoring: 'Đưa vào diện theo dõi',
};

export const tipCategoryNames: Names<typeof tipCategories> = {
  'nghi-mua-ban-dam': 'Nghi mua bán dâm',
  'co-so-tra-hinh': 'Cơ sở kinh doanh trá hình',
  'quang-cao-truc-tuyen': 'Quảng cáo mua bán dâm trên mạng',
  'moi-gioi': 'Môi giới, dẫn dắt, chứa chấp',
  khac: 'Phản ánh khác liên quan trật tự',
};

export const tipChannelNames: Names<typeof tipChannels> = {
  hotline: 'Đường dây nóng',
  'in-person': 'Trực tiếp',
  village: 'Thôn báo lên',
  agency: 'Cơ quan, đơn vị',
  'social-network': 'Mạng xã hội',
  'public-form': 'Biểu mẫu công khai',
};

export const onlineKindNames: Names<typeof onlineViolationKinds> = {
  advertising: 'Quảng cáo mua bán dâm',
  brokering: 'Môi giới mại dâm',
};

/** The name of a code in one of these lists; a code the list does not know is shown as it is. */
export const nameOf = (names: Readonly<Record<string, string>>, code: string): string =>
  names[code] ?? code;
