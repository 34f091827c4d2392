import { describe, expect, it } from 'vitest';
import { caseCodeAlphabet, caseCodePattern, newCaseCode } from './case-code';

describe('newCaseCode', () => {
  it('draws codes of the unambiguous alphabet only', () => {
    for (let i = 0; i < 200; i += 1) expect(newCaseCode()).toMatch(caseCodePattern);
    expect(caseCodeAlphabet).not.toMatch(/[0O1IL5S2Z8BUV]/);
  });

  it('does not repeat itself in a thousand draws', () => {
    const codes = new Set(Array.from({ length: 1000 }, newCaseCode));
    expect(codes.size).toBe(1000);
  });
});
