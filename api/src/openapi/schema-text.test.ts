import { describe, expect, it } from 'vitest';
import { fieldsOf, limitsText, typeText } from './schema-text';
import { summaryOf, tagOf } from './tags';

describe('the reference page says a schema in words', () => {
  it('names types, choices and alternatives', () => {
    expect(typeText({ type: 'integer' })).toBe('số nguyên');
    expect(typeText({ type: 'string', enum: ['a', 'b'] })).toBe('một trong: a, b');
    expect(typeText({ anyOf: [{ type: 'string' }, { type: 'null' }] })).toBe('chuỗi | rỗng');
    expect(typeText({ type: 'string', contentMediaType: 'application/octet-stream' })).toBe('tệp');
    expect(typeText({ type: 'array', items: { type: 'number' } })).toBe('danh sách số');
  });

  it('gives limits, and no zod pattern where a format says it', () => {
    expect(limitsText({ type: 'string', minLength: 10, maxLength: 4000 })).toBe('10–4000 ký tự');
    expect(limitsText({ type: 'integer', minimum: 1, maximum: 1000, default: 100 })).toBe(
      '≥ 1; ≤ 1000; mặc định 100',
    );
    expect(limitsText({ type: 'string', format: 'date', pattern: '^\\d{4}-…$' })).toBe('');
  });

  it('lists nested fields with dotted names', () => {
    const fields = fieldsOf({
      type: 'object',
      required: ['location'],
      properties: {
        location: {
          anyOf: [
            { type: 'object', required: ['type'], properties: { type: { const: 'Point' } } },
            { type: 'null' },
          ],
        },
      },
    });
    expect(fields.map((f) => `${f.name} ${f.required}`)).toEqual([
      'location true',
      'location.type true',
    ]);
  });
});

describe('summaries and tags from the path', () => {
  it.each([
    ['GET', '/api/tips', 'Tin báo: xem danh sách'],
    ['GET', '/api/tips/{id}', 'Tin báo: xem một bản ghi'],
    ['POST', '/api/tips/{id}/transitions', 'Tin báo: gửi chuyển bước xử lý'],
    ['DELETE', '/api/seasons/events/{id}', 'Mùa vụ, sự kiện: xoá sự kiện'],
  ])('%s %s → %s', (method, path, summary) => {
    expect(summaryOf(method, path)).toBe(summary);
  });

  it('groups by the first segment after /api', () => {
    expect(tagOf('/api/businesses/unplaced/{id}/place')).toBe('businesses');
  });
});
