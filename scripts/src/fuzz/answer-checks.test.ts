import { describe, expect, it } from 'vitest';
import { leaksIn } from './answer-checks';
import type { Canaries } from './canaries';

const canaries: Canaries = {
  count: 1,
  planted: { tipId: null, businessId: null },
  remove: async () => {},
  foundIn: (text, role) =>
    role !== 'police' && text.includes('0999 626 434') ? ['business phone'] : [],
};
const kinds = (text: string, status = 400, role: 'police' | 'leadership' = 'police') =>
  leaksIn(text, status, role, canaries).map((l) => l.kind);

describe('what no answer may hold', () => {
  it('finds a stack trace', () => {
    expect(kinds('Error: x\n    at handler (/srv/api/src/routes/tips.ts:12:7)')).toContain('stack');
    expect(kinds('{"error":{"code":"internal","message":"Lỗi máy chủ"}}', 500)).toEqual([]);
  });

  it("finds PostgreSQL's text in any answer and SQL itself in a refusal", () => {
    expect(kinds('invalid input syntax for type integer: "abc"', 200)).toEqual(['sql']);
    expect(kinds('duplicate key value violates unique constraint "x"')).toContain('sql');
    expect(kinds('select id, name from businesses where id = $1')).toEqual(['sql']);
    // Prose in data is not SQL: "select" in a 2xx answer's text is someone's words.
    expect(kinds('{"note":"select the rooms from the list"}', 200)).toEqual([]);
  });

  it('finds personal data only for a role that may not see it', () => {
    expect(kinds('{"phone":"0999 626 434"}', 200, 'leadership')).toEqual(['personal-data']);
    expect(kinds('{"phone":"0999 626 434"}', 200, 'police')).toEqual([]);
  });
});
