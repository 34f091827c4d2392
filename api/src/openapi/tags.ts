// The operations' groups: the first segment of the path after /api, named in Vietnamese. A
// segment missing here is shown as it is written.
export const tagTitles: Record<string, string> = {
  health: 'Tình trạng máy chủ',
  auth: 'Đăng nhập và mã truy cập',
  config: 'Cấu hình',
  'csp-reports': 'Báo cáo vi phạm CSP',
  commune: 'Địa giới xã',
  villages: 'Thôn',
  'key-areas': 'Địa bàn trọng điểm',
  roads: 'Đường',
  businesses: 'Cơ sở kinh doanh',
  proposals: 'Đề xuất của trưởng thôn',
  seasons: 'Mùa vụ, sự kiện',
  risk: 'Mức độ rủi ro',
  hotspots: 'Điểm nóng',
  tips: 'Tin báo',
  'online-violations': 'Vi phạm trên mạng',
  inspections: 'Kiểm tra',
  exports: 'Xuất dữ liệu',
  'route-plans': 'Lộ trình tuần tra',
  indicators: 'Chỉ tiêu kế hoạch',
  support: 'Hỗ trợ, can thiệp',
  reports: 'Báo cáo định kỳ',
  'plan-documents': 'Văn bản kế hoạch',
  'registry-reviews': 'Rà soát danh sách cơ sở',
  'communication-activities': 'Hoạt động truyền thông',
  agencies: 'Cơ quan',
  officers: 'Cán bộ',
  trainings: 'Tập huấn',
  'report-submissions': 'Báo cáo của các cơ quan',
  attachments: 'Tệp đính kèm',
  public: 'Biểu mẫu công khai',
  imports: 'Nhập dữ liệu',
  users: 'Tài khoản',
  audit: 'Nhật ký',
  openapi: 'Mô tả API',
  docs: 'Mô tả API',
};

/** The tag of an OpenAPI path: `/api/tips/{id}` → `tips`. */
export const tagOf = (path: string) => path.split('/')[2] ?? 'api';

export const tagTitle = (tag: string) => tagTitles[tag] ?? tag;

const verbs: Record<string, string> = {
  GET: 'xem',
  POST: 'gửi',
  PUT: 'đặt',
  PATCH: 'sửa',
  DELETE: 'xoá',
};

/**
 * A summary from the method and the path, in Vietnamese: `GET /api/tips` → "Tin báo: xem danh
 * sách", `POST /api/tips/{id}/transitions` → "Tin báo: gửi transitions".
 */
export function summaryOf(method: string, path: string): string {
  const segments = path.split('/').slice(3);
  const last = segments.at(-1);
  const verb = verbs[method] ?? method.toLowerCase();
  const words = segments.filter((s) => !s.startsWith('{'));
  const what =
    words.length > 0
      ? words.join(' / ')
      : last?.startsWith('{')
        ? 'một bản ghi'
        : method === 'GET'
          ? 'danh sách'
          : 'mới';
  return `${tagTitle(tagOf(path))}: ${verb} ${what}`;
}
