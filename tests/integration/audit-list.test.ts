import { describe, expect, it } from 'vitest';
import { expectErrorShape, staffApps } from '../helpers/test-app';

const { admin, police } = staffApps();

type Page = {
  entries: Array<{ id: number; action: string; entity: string; username: string | null }>;
  next: number | null;
};

describe('GET /api/audit', () => {
  it('lists entries newest first with who did what, for the admin only', async () => {
    await police.request('/api/auth/me'); // signs police in: a login entry
    const page = (await (await admin.request('/api/audit?limit=50')).json()) as Page;
    expect(page.entries.length).toBeGreaterThan(0);
    const ids = page.entries.map((e) => e.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(page.entries.some((e) => e.action === 'login' && e.username === 'congan')).toBe(true);
    await expectErrorShape(await police.request('/api/audit'), 403);
  });

  it('filters by action and entity and pages with before', async () => {
    const logins = (await (
      await admin.request('/api/audit?action=login&entity=user&limit=1')
    ).json()) as Page;
    expect(logins.entries).toHaveLength(1);
    expect(logins.entries[0]?.action).toBe('login');
    if (logins.next !== null) {
      const more = (await (
        await admin.request(`/api/audit?action=login&limit=1&before=${logins.next}`)
      ).json()) as Page;
      for (const e of more.entries) expect(e.id).toBeLessThan(logins.next);
    }
  });

  it('never shows the client hash or the chain hashes', async () => {
    const body = await (await admin.request('/api/audit?limit=500')).text();
    expect(body).not.toMatch(/clientHash|client_hash|"hash"|prevHash/);
  });

  it('refuses bad filters', async () => {
    await expectErrorShape(await admin.request('/api/audit?action=forge'), 400);
    await expectErrorShape(await admin.request('/api/audit?limit=100000'), 400);
    await expectErrorShape(await admin.request('/api/audit?from=yesterday'), 400);
  });
});
