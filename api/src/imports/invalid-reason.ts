import type { RowProblem } from './contract';

// GEOS's words (ST_IsValidReason) in Vietnamese; the place, when given, follows as "tại lng, lat".
const reasons: Array<[RegExp, RowProblem['code'], string]> = [
  [/^ring self-intersection/i, 'self-intersection', 'Vòng tự cắt'],
  [/^self-intersection/i, 'self-intersection', 'Tự cắt'],
  [/^too few points/i, 'invalid-geometry', 'Quá ít điểm'],
  [/^hole lies outside shell/i, 'invalid-geometry', 'Lỗ nằm ngoài vòng ngoài'],
  [/^nested holes/i, 'invalid-geometry', 'Lỗ lồng trong lỗ'],
  [/^interior is disconnected/i, 'invalid-geometry', 'Phần trong bị chia cắt'],
  [/^nested shells/i, 'invalid-geometry', 'Vòng ngoài lồng nhau'],
  [/^duplicate rings/i, 'invalid-geometry', 'Vòng trùng nhau'],
  [/^invalid coordinate/i, 'invalid-geometry', 'Toạ độ không hợp lệ'],
  [/^ring is not closed/i, 'invalid-geometry', 'Vòng không khép kín'],
];

const place = (text: string) => {
  const match = /\[\s*(-?[\d.]+(?:e-?\d+)?)\s+(-?[\d.]+(?:e-?\d+)?)/i.exec(text);
  if (!match) return '';
  const round = (v: string) => String(Math.round(Number(v) * 1e5) / 1e5);
  return ` tại ${round(match[1] as string)}, ${round(match[2] as string)}`;
};

/** ST_IsValidReason's text → a row problem in Vietnamese words ("Tự cắt tại 106.24, 20.72"). */
export function invalidGeometryProblem(reason: string): RowProblem {
  const found = reasons.find(([pattern]) => pattern.test(reason));
  const [, code, words] = found ?? [null, 'invalid-geometry' as const, 'Hình học không hợp lệ'];
  return { code, message: `${words}${place(reason)}` };
}
