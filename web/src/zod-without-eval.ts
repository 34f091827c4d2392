import { z } from 'zod';

// zod compiles its object parsers with `new Function` where the page allows it, and finds out
// by trying once: under the app's Content-Security-Policy (no 'unsafe-eval', see
// api/src/csp/content-security-policy.ts) that try is refused and reported as a violation on
// every page. Without the compiled parsers nothing is tried; the forms' schemas are small.
// Imported first (main.tsx): `jitless` must be set before the first schema is built.
z.config({ jitless: true });
