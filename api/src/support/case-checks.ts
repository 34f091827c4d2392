import { ApiError } from '../lib/api-error';
import { findIdentifyingNumber } from './identifying-text';

// What a case or referral must satisfy before it is written; each failure is a 422 whose
// Vietnamese message names the field, never the value (it may be what must not be stored).

export type CaseDates = {
  openedOn: string;
  consentOn: string | null;
  counselledOn: string | null;
  closedOn: string | null;
};

const label: Record<keyof CaseDates, string> = {
  openedOn: 'Ngày mở hồ sơ',
  consentOn: 'Ngày đồng ý',
  counselledOn: 'Ngày tư vấn',
  closedOn: 'Ngày đóng hồ sơ',
};

/** No date after today (Vietnam time); consent, counselling and closing not before opening. */
export function checkCaseDates(dates: CaseDates, today: string): void {
  for (const key of Object.keys(label) as (keyof CaseDates)[]) {
    const day = dates[key];
    if (day !== null && day > today) {
      throw new ApiError(422, 'in-the-future', `${label[key]} không thể ở tương lai`, {
        field: key,
      });
    }
    if (key !== 'openedOn' && day !== null && day < dates.openedOn) {
      throw new ApiError(422, 'before-opened', `${label[key]} không thể trước ngày mở hồ sơ`, {
        field: key,
      });
    }
  }
}

/** A day of a referral: not in the future, not before `notBefore` (what it follows). */
export function checkDay(
  day: string,
  today: string,
  field: string,
  what: string,
  notBefore: { day: string; what: string },
): void {
  if (day > today) {
    throw new ApiError(422, 'in-the-future', `${what} không thể ở tương lai`, { field });
  }
  if (day < notBefore.day) {
    throw new ApiError(422, 'too-early', `${what} không thể trước ${notBefore.what}`, { field });
  }
}

/** Refuses free text that holds a phone number or a citizen ID (see identifying-text.ts). */
export function checkNote(note: string | null | undefined, field = 'note'): void {
  if (!note) return;
  const found = findIdentifyingNumber(note);
  if (found) {
    throw new ApiError(
      422,
      'identifying-note',
      found === 'phone'
        ? 'Ghi chú có dãy số giống số điện thoại: không ghi số điện thoại, họ tên, CCCD hay địa chỉ của người được hỗ trợ'
        : 'Ghi chú có dãy số giống số CCCD: không ghi số CCCD, họ tên, số điện thoại hay địa chỉ của người được hỗ trợ',
      { field },
    );
  }
}
