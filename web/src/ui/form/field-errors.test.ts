import { describe, expect, it } from 'vitest';
import { fieldErrorsOf } from './field-errors';

const refusal = (details: { path: string; message: string }[]) => ({
  kind: 'http' as const,
  status: 400,
  code: 'invalid-request',
  message: 'Dữ liệu gửi lên không hợp lệ',
  details,
});

describe('fieldErrorsOf', () => {
  it('puts each message under the field its path names', () => {
    const refused = refusal([
      { path: 'heldOn', message: 'Ngày không hợp lệ' },
      { path: 'course', message: 'Quá dài' },
    ]);
    expect(fieldErrorsOf(refused)).toEqual({ heldOn: 'Ngày không hợp lệ', course: 'Quá dài' });
  });

  it('files an item of a list under the list and keeps its first problem', () => {
    const refused = refusal([
      { path: 'officerIds.2', message: 'Không có cán bộ này' },
      { path: 'officerIds.3', message: 'Trùng' },
    ]);
    expect(fieldErrorsOf(refused)).toEqual({ officerIds: 'Không có cán bộ này' });
  });

  it('has no field errors for a refusal about the whole body or a lost connection', () => {
    expect(fieldErrorsOf(refusal([{ path: '', message: 'Thiếu dữ liệu' }]))).toEqual({});
    expect(fieldErrorsOf({ kind: 'network' })).toEqual({});
  });
});
