import type { Factor, FactorCode, RiskInputs } from './factors';

/** What a sentence may mention besides the inputs: names the commune chairman knows. */
export type ExplainContext = {
  typeName: string;
  licensedTrade: string | null;
  seasonNames: readonly string[];
};

type Sentence = { why: string; lower: string | null };

const metres = (n: number | null) => `${Math.round(n ?? 0).toLocaleString('vi-VN')} m`;

function sentence(code: FactorCode, input: RiskInputs, ctx: ExplainContext): Sentence {
  const nearText = (d: number | null, what: string) =>
    (d ?? 1) <= 0 ? `Nằm trong ${what}` : `Cách ${what} ${metres(d)}`;
  switch (code) {
    case 'type':
      return { why: `Loại hình ${ctx.typeName} dễ bị lợi dụng hơn các loại khác`, lower: null };
    case 'border-area':
      return {
        why: `${nearText(input.distanceToBorderArea, 'địa bàn giáp ranh')}, nơi người từ xã khác qua lại`,
        lower: 'Phối hợp tuần tra với xã giáp ranh để giảm hoạt động ở khu vực này.',
      };
    case 'traffic-route':
      return {
        why: `${nearText(input.distanceToTrafficRoute, 'tuyến giao thông trọng điểm')}, khách vãng lai nhiều`,
        lower: null,
      };
    case 'tourist-area':
      return { why: `${nearText(input.distanceToTouristArea, 'khu du lịch')}`, lower: null };
    case 'worker-housing':
      return {
        why: `${nearText(input.distanceToWorkerHousing, 'khu nhà trọ công nhân')}`,
        lower: null,
      };
    case 'similar-nearby':
      return {
        why: `Có ${input.similarNearby} cơ sở cùng loại ở gần (trong bán kính 300 m)`,
        lower: null,
      };
    case 'recent-tips': {
      const newest = Math.round(Math.min(...input.tipAgesDays));
      return {
        why: `${input.tipAgesDays.length} tin báo độc lập về cơ sở, gần nhất cách đây ${newest} ngày`,
        lower:
          'Xác minh, xử lý dứt điểm các tin báo; điểm này giảm một nửa sau mỗi 90 ngày không có tin báo mới.',
      };
    }
    case 'past-violations':
      return {
        why: `Đã ${input.violationAgesDays.length} lần bị phát hiện vi phạm hoặc có dấu hiệu khi kiểm tra`,
        lower: 'Chấp hành tốt ở các lần kiểm tra sau; điểm này giảm một nửa sau mỗi 180 ngày.',
      };
    case 'registry-mismatch':
      return {
        why: `Ngành nghề đăng ký${ctx.licensedTrade ? ` (${ctx.licensedTrade})` : ''} khác hoạt động thực tế: dấu hiệu cơ sở trá hình`,
        lower: 'Rà soát và điều chỉnh đăng ký kinh doanh cho đúng hoạt động thực tế.',
      };
    case 'season':
      return {
        why: `Ngày được chọn thuộc ${ctx.seasonNames.join(', ') || 'mùa cao điểm'}, lúc hoạt động tăng`,
        lower: 'Tự giảm khi hết mùa cao điểm.',
      };
  }
}

/** A factor as the API gives it: its points, why it counts, and what would lower it. */
export type ExplainedFactor = {
  factor: FactorCode;
  contribution: number;
  explanation: string;
  lower: string | null;
};

/** Every factor with a plain Vietnamese sentence, largest first as the factors come. */
export function explain(
  factors: readonly Factor[],
  input: RiskInputs,
  ctx: ExplainContext,
): ExplainedFactor[] {
  return factors.map((f) => {
    const { why, lower } = sentence(f.code, input, ctx);
    return { factor: f.code, contribution: f.points, explanation: why, lower };
  });
}
