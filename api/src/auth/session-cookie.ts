import { createHash, randomBytes } from 'node:crypto';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { AppEnv } from '../lib/app-env';
import { isHttps } from '../proxy/behind-proxy';

export const sessionCookie = 'ntm_session';
export const idleTimeoutMs = 30 * 60_000;
export const absoluteTimeoutMs = 12 * 3_600_000;

/**
 * 256 random bits, for session ids and API tokens: the client carries the secret, the database
 * only its SHA-256 (no salt needed: the secret itself is random and long).
 */
export const newSecret = () => randomBytes(32).toString('base64url');
export const hashSecret = (id: string) => createHash('sha256').update(id).digest('hex');

export const readSessionId = (c: Context) => getCookie(c, sessionCookie) ?? null;

/** `Secure` when the client came over https (through a trusted proxy: proxy/behind-proxy.ts). */
export function writeSessionCookie(c: Context<AppEnv>, id: string) {
  setCookie(c, sessionCookie, id, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: isHttps(c),
    path: '/',
    maxAge: absoluteTimeoutMs / 1000,
  });
}

export const clearSessionCookie = (c: Context) => deleteCookie(c, sessionCookie, { path: '/' });
