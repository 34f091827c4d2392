// Messages of the risk map (part of vi.ts).

export const viRisk = {
  risk: {
    title: 'Nguy cơ',
    show: 'Hiện bản đồ nguy cơ',
    day: 'Ngày xem',
    seasons: 'Thuộc: {{names}}',
    noSeason: 'Ngày thường (không thuộc mùa cao điểm)',
    top: 'Cơ sở nguy cơ cao nhất',
    loading: 'Đang tính nguy cơ…',
    failed: 'Không tính được nguy cơ.',
    score: '{{score}} điểm',
    why: 'Vì sao',
    lower: 'Giảm được nếu: {{how}}',
    factor: 'Yếu tố',
    points: 'Điểm',
    total: 'Tổng (tối đa 100)',
    explain: 'Điểm 0–100 là tổng các yếu tố; bấm một cơ sở để xem từng yếu tố.',
    levels: { low: 'Thấp', medium: 'Trung bình', high: 'Cao', 'very-high': 'Rất cao' },
    factors: {
      type: 'Loại hình kinh doanh',
      'border-area': 'Gần địa bàn giáp ranh',
      'traffic-route': 'Gần tuyến giao thông trọng điểm',
      'tourist-area': 'Gần khu du lịch',
      'worker-housing': 'Gần khu nhà trọ công nhân',
      'similar-nearby': 'Nhiều cơ sở cùng loại gần nhau',
      'recent-tips': 'Tin báo độc lập gần đây',
      'past-violations': 'Vi phạm đã phát hiện (tính theo số lần kiểm tra)',
      'registry-mismatch': 'Đăng ký khác hoạt động thực tế',
      season: 'Mùa cao điểm',
    },
  },
};
