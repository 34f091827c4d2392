import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';
import type { AppEnv } from './app-env';

/**
 * Serves the built web app, compressed as built (brotli or gzip, as the browser accepts); hashed
 * assets are cached for a year, pages are revalidated.
 */
export function serveWeb(app: Hono<AppEnv>, webDist: string) {
  if (!existsSync(`${webDist}/index.html`)) {
    throw new Error(`The web app is not built (${webDist}/index.html missing): run pnpm build.`);
  }
  const root = relative(process.cwd(), webDist) || '.';
  app.use('/assets/*', async (c, next) => {
    await next();
    if (c.res.ok) c.header('Cache-Control', 'public, max-age=31536000, immutable');
  });
  // The build wrote a .br and a .gz beside each text file (web/build/precompress.ts).
  app.use('*', serveStatic({ root, precompressed: true }));
  // Client-side routes (/, /ban-do, …) all load the one page.
  app.get('*', serveStatic({ root, path: 'index.html', precompressed: true }));
}
