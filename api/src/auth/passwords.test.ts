import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './passwords';

describe('passwords', () => {
  it('hashes with argon2id, 19 MiB, 2 iterations, 1 lane and a fresh salt', async () => {
    const a = await hashPassword('demo-2026');
    const b = await hashPassword('demo-2026');
    expect(a).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(a).not.toBe(b);
  });

  it('accepts the right password and refuses a wrong one', async () => {
    const stored = await hashPassword('demo-2026');
    expect(await verifyPassword(stored, 'demo-2026')).toBe(true);
    expect(await verifyPassword(stored, 'demo-2025')).toBe(false);
  });

  it('never matches an account without a password or with a malformed hash', async () => {
    expect(await verifyPassword(null, 'decoy password that matches nothing')).toBe(false);
    expect(await verifyPassword('not a hash', 'x')).toBe(false);
  });
});
