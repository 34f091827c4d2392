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
  tiles: 'Ô bản đồ vector',
  users: 'Tài khoản',
  audit: 'Nhật ký',
  'openapi.json': 'Mô tả API (OpenAPI 3.1)',
  docs: 'Mô tả API (trang đọc)',
};

/** The tag of an OpenAPI path: `/api/tips/{id}` → `tips`. */
export const tagOf = (path: string) => path.split('/')[2] ?? 'api';

export const tagTitle = (tag: string) => tagTitles[tag] ?? tag;

/** The words of the paths after their tag, in Vietnamese; a word missing here stays as written. */
const words: Record<string, string> = {
  tokens: 'mã truy cập',
  login: 'đăng nhập',
  logout: 'đăng xuất',
  me: 'tài khoản đang dùng',
  password: 'mật khẩu',
  unplaced: 'cơ sở chưa có vị trí',
  place: 'đặt vị trí',
  timeline: 'lịch sử tin báo và kiểm tra',
  approve: 'duyệt',
  reject: 'từ chối',
  events: 'sự kiện',
  businesses: 'cơ sở',
  grid: 'lưới',
  model: 'mô hình',
  summary: 'tổng hợp',
  reporter: 'người báo tin',
  duplicates: 'tin trùng có thể có',
  transitions: 'chuyển bước xử lý',
  extension: 'gia hạn',
  'duplicate-of': 'đánh dấu trùng',
  schedule: 'lịch',
  record: 'kết quả',
  cancel: 'huỷ',
  stops: 'điểm dừng',
  teams: 'tổ công tác',
  villages: 'theo thôn',
  cases: 'trường hợp',
  referrals: 'chuyển tuyến',
  periodic: 'tệp báo cáo',
  reviews: 'rà soát',
  attachments: 'tệp đính kèm',
  additions: 'bổ sung',
  commune: 'địa giới xã',
  tips: 'tin báo',
  rows: 'các dòng',
  'rows.geojson': 'các dòng (GeoJSON)',
  'refused.xlsx': 'các dòng bị từ chối (Excel)',
  commit: 'ghi vào dữ liệu',
  undo: 'hoàn tác',
  'openapi.json': 'tài liệu OpenAPI',
};

const verbs: Record<string, string> = {
  GET: 'xem',
  POST: 'gửi',
  PUT: 'đặt',
  PATCH: 'sửa',
  DELETE: 'xoá',
};

/**
 * A summary from the method and the path, in Vietnamese: `GET /api/tips` → "Tin báo: xem danh
 * sách", `POST /api/tips/{id}/transitions` → "Tin báo: gửi chuyển bước xử lý".
 */
export function summaryOf(method: string, path: string): string {
  const segments = path.split('/').slice(3);
  const last = segments.at(-1);
  const verb = verbs[method] ?? method.toLowerCase();
  const named = segments.filter((s) => !s.startsWith('{')).map((s) => words[s] ?? s);
  const what =
    named.length > 0
      ? named.join(' / ')
      : last?.startsWith('{')
        ? 'một bản ghi'
        : method === 'GET'
          ? 'danh sách'
          : 'mới';
  return `${tagTitle(tagOf(path))}: ${verb} ${what}`;
}
