import { defineConfig } from 'vitest/config';

// Browser tests: real Chromium against the real server on a temporary DATA_DIR.
// Run with: npx vitest run --config e2e/vitest.config.ts
export default defineConfig({
  test: {
    name: 'e2e',
    root: import.meta.dirname,
    include: ['**/*.e2e.test.ts'],
    environment: 'node',
    globalSetup: ['./support/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
