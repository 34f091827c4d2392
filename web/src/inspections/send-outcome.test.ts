import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/api-error';
import { outcomeOfError } from './send-outcome';

describe('outcomeOfError', () => {
  it('retries when no answer came back (offline, or the answer was lost)', () => {
    expect(
      outcomeOfError(new ApiError('network', '/inspections', null, 'Failed to fetch')).kind,
    ).toBe('retry');
    expect(outcomeOfError(new TypeError('x')).kind).toBe('retry');
  });

  it('retries server errors, rate limits and a lost session', () => {
    for (const status of [500, 503, 429, 401]) {
      expect(outcomeOfError(new ApiError('http', '/inspections', status, 'Lỗi', 'x')).kind).toBe(
        'retry',
      );
    }
  });

  it('keeps the API’s Vietnamese message for a refused record and does not retry it', () => {
    expect(
      outcomeOfError(
        new ApiError(
          'http',
          '/inspections',
          422,
          'Không tìm thấy cơ sở được kiểm tra',
          'unknown-business',
        ),
      ),
    ).toEqual({ kind: 'refused', message: 'Không tìm thấy cơ sở được kiểm tra' });
    expect(
      outcomeOfError(
        new ApiError('http', '/inspections/3/record', 409, 'Đã hủy', 'inspection-cancelled'),
      ).kind,
    ).toBe('refused');
  });
});
