import { defineConfig } from 'vitest/config';

// Real-browser tests: the built extension (.output/) in Debian's Chromium and Firefox ESR. Run after `npm run build`.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    pool: 'forks',
    // Real browsers on a loaded 2-core CI machine occasionally lose a protocol race; a test that fails twice fails.
    retry: process.env.CI ? 1 : 0,
  },
});
