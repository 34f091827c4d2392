import type { SessionAccount } from '@ntm/db/queries/accounts';

/**
 * Sessions looked up in the last few seconds, so a burst of requests (a map loading its five
 * layers) costs one database read, not five. Logout and login evict at once in this process;
 * another process sees an ended session at most `ttlMs` late.
 */
export function createSessionCache(options: {
  ttlMs: number;
  now: () => Date;
  maxEntries?: number;
}) {
  const entries = new Map<string, { session: SessionAccount; fetchedMs: number }>();
  const maxEntries = options.maxEntries ?? 10_000;
  return {
    get(idHash: string): SessionAccount | undefined {
      const entry = entries.get(idHash);
      if (!entry) return undefined;
      if (options.now().getTime() - entry.fetchedMs >= options.ttlMs) {
        entries.delete(idHash);
        return undefined;
      }
      return entry.session;
    },
    set(idHash: string, session: SessionAccount) {
      if (entries.size >= maxEntries) entries.clear();
      entries.set(idHash, { session, fetchedMs: options.now().getTime() });
    },
    evict(idHash: string) {
      entries.delete(idHash);
    },
    /** Forgets every cached session of a user (deactivated, role changed, password reset). */
    evictUser(userId: number) {
      for (const [idHash, entry] of entries)
        if (entry.session.id === userId) entries.delete(idHash);
    },
  };
}

export type SessionCache = ReturnType<typeof createSessionCache>;
