import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The solver's tests alone, without the root config's database global setup (they need no
// database): `pnpm exec vitest run --config solver/vitest.config.ts`. The root config's unit
// project includes the same files for `npm test`.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  test: { include: ['src/**/*.test.ts'], environment: 'node' },
});
