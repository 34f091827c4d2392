import type { SessionAccount } from '@ntm/db/queries/accounts';
import { describe, expect, it } from 'vitest';
import { createSessionCache } from './session-cache';

const session = { id: 1, username: 'congan', lastSeenMs: 0, expiresMs: 1 } as SessionAccount;

describe('createSessionCache', () => {
  it('keeps a session for the time to live and forgets it after', () => {
    let now = new Date('2026-01-01T00:00:00Z');
    const cache = createSessionCache({ ttlMs: 5_000, now: () => now });
    cache.set('h', session);
    now = new Date(now.getTime() + 4_999);
    expect(cache.get('h')).toBe(session);
    now = new Date(now.getTime() + 1);
    expect(cache.get('h')).toBeUndefined();
  });

  it('forgets an evicted session at once', () => {
    const cache = createSessionCache({ ttlMs: 5_000, now: () => new Date() });
    cache.set('h', session);
    cache.evict('h');
    expect(cache.get('h')).toBeUndefined();
  });
});
