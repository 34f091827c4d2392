// Messages of the export buttons and their picker (layer panel), part of vi.ts.

export const viExports = {
  exports: {
    button: 'Xuất',
    buttonLabel: 'Xuất lớp {{layer}} ra tệp',
    more: 'Xuất lớp khác',
    title: 'Xuất lớp {{layer}}',
    format: 'Định dạng tệp',
    crs: 'Hệ tọa độ',
    kmlWgs84: 'Google Earth (KML, KMZ) luôn dùng WGS 84.',
    xy: 'Thêm cột X, Y (mét)',
    xyNone: '— Không thêm —',
    xyHint: 'X là tọa độ bắc, Y là tọa độ đông, như bản đồ địa chính VN-2000.',
    privacy:
      'Tệp chỉ có những trường tài khoản của bạn được xem; không bao giờ có thông tin người báo tin. Việc xuất được ghi vào nhật ký.',
    download: 'Tải xuống',
    close: 'Đóng',
    cancel: 'Dừng',
    preparing: 'Đang tạo tệp…',
    received: 'Đã tải {{size}}',
    receivedOf: 'Đã tải {{size}} / {{total}}',
    done: 'Đã tải xong {{name}} ({{size}}).',
    failed: 'Không xuất được: {{message}}',
    failedUnknown: 'Không xuất được (mã {{status}}). Vui lòng thử lại.',
    offline: 'Không kết nối được máy chủ. Kiểm tra mạng rồi thử lại.',
  },
};
