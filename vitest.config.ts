import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';

// Unit tests: lib/ in Node, UI and platform code in happy-dom with WXT's fake browser and fake IndexedDB.
export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/fuzz/**/*.test.ts'],
    setupFiles: ['fake-indexeddb/auto', 'tests/unit/toolbar-button.ts'],
    server: { deps: { inline: ['zustand'] } },
    testTimeout: 20_000,
  },
});
