import { describe, expect, it } from 'vitest';
import { handClock } from '../helpers/hand-clock';
import { demoPassword, expectErrorShape, testApp } from '../helpers/test-app';

const { now, advance } = handClock('2026-06-01T08:00:00Z');
const { app, sql } = testApp({ as: null, now, loginLimit: { max: 1_000, windowMs: 60_000 } });

/** A login from one client address (the Node adapter's socket, as a real request has). */
const loginFrom = (address: string, username: string, password: string) =>
  app.request(
    '/api/auth/login',
    {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://localhost' },
      body: JSON.stringify({ username, password }),
    },
    { incoming: { socket: { remoteAddress: address, remotePort: 1, remoteFamily: 'IPv4' } } },
  );

const attacker = '203.0.113.7';
const owner = '198.51.100.20';

describe('wrong passwords from one address', () => {
  it('never lock the owner out from their own address', async () => {
    for (let i = 0; i < 12; i++) await loginFrom(attacker, 'tramyte', `wrong-${i}`);
    const ownerTry = await loginFrom(owner, 'tramyte', demoPassword);
    expect(ownerTry.status).toBe(200);
  });

  it('answer alike for an unknown name, a wrong password and a delayed try', async () => {
    const answers = [];
    for (let i = 0; i < 8; i++) answers.push(await loginFrom(attacker, 'vanhoa', `bad-${i}`));
    for (let i = 0; i < 8; i++) answers.push(await loginFrom(attacker, 'khong-co-ai', `bad-${i}`));
    answers.push(await loginFrom(attacker, 'vanhoa', demoPassword)); // right, but delayed
    const bodies = [];
    for (const response of answers) bodies.push(await expectErrorShape(response, 401));
    const shapes = new Set(bodies.map((b) => `${b.code}|${b.message}`));
    expect(shapes.size).toBe(1);
    for (const response of answers) expect(response.headers.get('retry-after')).toBeNull();
  });

  it('grow a delay for that address and name, and let the right password in after it', async () => {
    for (let i = 0; i < 6; i++) await loginFrom(attacker, 'congan', `wrong-${i}`);
    expect((await loginFrom(attacker, 'congan', demoPassword)).status).toBe(401);
    advance(16 * 60_000);
    expect((await loginFrom(attacker, 'congan', demoPassword)).status).toBe(200);
  });

  it('lock no account in the database, and count the wrong passwords for the admin', async () => {
    const [before] = await sql`select failed_logins from users where username = 'admin'`;
    for (let i = 0; i < 10; i++) await loginFrom(attacker, 'admin', `wrong-${i}`);
    const columns = await sql`
      select column_name from information_schema.columns
       where table_name = 'users' and column_name like '%lock%'`;
    expect(columns).toEqual([]);
    const [after] = await sql`select failed_logins from users where username = 'admin'`;
    // Counted while the address may still try (four free tries), not during the delays.
    expect(after?.failed_logins).toBeGreaterThan(before?.failed_logins);
    expect((await loginFrom(owner, 'admin', demoPassword)).status).toBe(200);
  });
});
