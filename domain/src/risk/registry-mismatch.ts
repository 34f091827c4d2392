import type { BusinessType } from './factors';

/** The licensed trades that fit each type; a karaoke licensed for food and drink does not. */
const fitting: Record<BusinessType, RegExp | null> = {
  karaoke: /karaoke|hát/i,
  massage: /xoa bóp|massage|xông hơi/i,
  lodging: /lưu trú|nhà nghỉ|khách sạn/i,
  'short-term-rental': /lưu trú|cho thuê/i,
  'bar-cafe': /ăn uống|giải khát|quán bar|cà phê/i,
  other: null,
};

/** A front business (cơ sở trá hình): the licensed trade is known and is not what goes on there. */
export function registryMismatch(type: BusinessType, licensedTrade: string | null): boolean {
  const pattern = fitting[type];
  return licensedTrade !== null && pattern !== null && !pattern.test(licensedTrade);
}
