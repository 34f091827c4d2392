// Vietnamese names for the codes a report's tables carry (business types, violations, tip
// channels …). The report is an official document: it names things as the plan and the forms
// do. The web has its own catalogue (web/src/i18n); the API may not import the web's runtime.
import type { IndicatorStatus } from '../indicators/types';
import type { PeriodicReport } from './report-types';

const businessTypes: Record<string, string> = {
  lodging: 'Cơ sở lưu trú (nhà nghỉ, khách sạn)',
  karaoke: 'Karaoke',
  massage: 'Xoa bóp (massage)',
  'short-term-rental': 'Căn hộ cho thuê ngắn hạn',
  'bar-cafe': 'Quán bar, cà phê, giải khát',
  other: 'Loại hình khác',
};

const violations: Record<string, string> = {
  'no-guest-register': 'Không có sổ theo dõi khách',
  'no-residence-notice': 'Không thông báo lưu trú',
  'locked-rooms': 'Phòng khóa trong, cửa không nhìn được vào',
  'over-hours': 'Hoạt động quá giờ quy định',
  'unregistered-staff': 'Nhân viên không đăng ký, không giấy tờ',
  'licence-mismatch': 'Kinh doanh sai ngành nghề đăng ký',
  solicitation: 'Có biểu hiện mời chào, môi giới',
  other: 'Vi phạm khác',
};

const measures: Record<string, string> = {
  reminder: 'Nhắc nhở, tuyên truyền',
  commitment: 'Yêu cầu ký cam kết',
  fine: 'Xử phạt vi phạm hành chính (phạt tiền)',
  'revoke-licence-proposal': 'Đề nghị thu hồi giấy phép',
  closure: 'Đình chỉ hoạt động',
  monitoring: 'Đưa vào diện theo dõi',
};

const tipCategories: Record<string, string> = {
  'nghi-mua-ban-dam': 'Nghi mua bán dâm',
  'co-so-tra-hinh': 'Cơ sở kinh doanh trá hình',
  'quang-cao-truc-tuyen': 'Quảng cáo mua bán dâm trên mạng',
  'moi-gioi': 'Môi giới, dẫn dắt, chứa chấp',
  khac: 'Phản ánh khác liên quan trật tự',
};

const tipChannels: Record<string, string> = {
  hotline: 'Đường dây nóng',
  'in-person': 'Trực tiếp',
  village: 'Thôn báo lên',
  agency: 'Cơ quan, đơn vị',
  'social-network': 'Mạng xã hội',
  'public-form': 'Biểu mẫu công khai',
};

const supportServices: Record<string, string> = {
  health: 'Dịch vụ y tế',
  social: 'Trợ giúp xã hội',
  vocational: 'Học nghề',
  employment: 'Giới thiệu việc làm',
  'legal-aid': 'Trợ giúp pháp lý',
};

const audiences: Record<string, string> = {
  residents: 'Nhân dân',
  'youth-students': 'Thanh niên, học sinh',
  workers: 'Công nhân',
  'business-owners': 'Chủ cơ sở kinh doanh',
  officers: 'Cán bộ',
  online: 'Trên môi trường mạng',
};

const onlineKinds: Record<string, string> = {
  advertising: 'Quảng cáo mua bán dâm',
  brokering: 'Môi giới mại dâm',
};

const channels: Record<string, string> = {
  electronic: 'Điện tử',
  paper: 'Văn bản giấy',
};

const labels = {
  businessTypes,
  violations,
  measures,
  tipCategories,
  tipChannels,
  supportServices,
  audiences,
  onlineKinds,
  channels,
} as const;

/** The Vietnamese name of a code; a code the catalogue does not know is shown as it is. */
export function labelOf(group: keyof typeof labels, code: string): string {
  return labels[group][code] ?? code;
}

export const indicatorStatusLabels: Record<IndicatorStatus, string> = {
  met: 'Đạt',
  'on-track': 'Đúng tiến độ',
  behind: 'Chậm tiến độ',
  'no-data': 'Chưa có số liệu',
};

export const reportStateLabels: Record<PeriodicReport['state'], string> = {
  draft: 'Dự thảo',
  reviewed: 'Đã rà soát',
  approved: 'Đã phê duyệt',
  sent: 'Đã gửi',
};
