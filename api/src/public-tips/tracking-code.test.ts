import { describe, expect, it } from 'vitest';
import {
  hashTrackingCode,
  newTrackingCode,
  normalizeTrackingCode,
  trackingCodeBits,
} from './tracking-code';

describe('tracking codes', () => {
  it('carry at least 80 random bits in four groups of four unambiguous characters', () => {
    expect(trackingCodeBits).toBeGreaterThanOrEqual(80);
    const code = newTrackingCode();
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
  });

  it('are not repeated', () => {
    const codes = new Set(Array.from({ length: 2000 }, newTrackingCode));
    expect(codes.size).toBe(2000);
  });

  it('use every character of the alphabet in every place', () => {
    const seen = new Set(Array.from({ length: 3000 }, () => newTrackingCode()[0]));
    expect(seen.size).toBe(32);
  });

  it('read a code typed with spaces, small letters, O for 0 and I or L for 1', () => {
    const code = '7KQ2-M9XD-4HTA-PW3C';
    expect(normalizeTrackingCode(code)).toBe('7KQ2M9XD4HTAPW3C');
    expect(normalizeTrackingCode(' 7kq2 m9xd 4hta pw3c ')).toBe('7KQ2M9XD4HTAPW3C');
    expect(normalizeTrackingCode('O0IL-M9XD-4HTA-PW3C')).toBe('0011M9XD4HTAPW3C');
  });

  it('refuse what cannot be a code', () => {
    expect(normalizeTrackingCode('')).toBeNull();
    expect(normalizeTrackingCode('7KQ2-M9XD-4HTA')).toBeNull();
    expect(normalizeTrackingCode('7KQ2-M9XD-4HTA-PW3U')).toBeNull();
    expect(normalizeTrackingCode('../../etc/passwd')).toBeNull();
  });

  it('hash the canonical form, so every way of typing it finds the same tip', () => {
    const a = normalizeTrackingCode('7kq2-m9xd-4hta-pw3c') as string;
    const b = normalizeTrackingCode('7KQ2M9XD4HTAPW3C') as string;
    expect(hashTrackingCode(a)).toBe(hashTrackingCode(b));
    expect(hashTrackingCode(a)).toMatch(/^[0-9a-f]{64}$/);
  });
});
