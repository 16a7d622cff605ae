import os from 'node:os';
import { defineConfig } from 'vitest/config';

// Unit and API suites; the browser suite has its own config (e2e/vitest.config.ts).
export default defineConfig({
  test: {
    // Vitest's default (one worker fewer than the cores) leaves a 2-core CI machine with one worker, while many files
    // wait on child processes (servers, text extraction, the account CLI): two workers there take the unit run from
    // about 7.7 to 5 minutes.
    maxWorkers: Math.max(2, os.availableParallelism() - 1),
    projects: [
      { test: { name: 'shared', root: './shared', include: ['src/**/*.test.ts'], environment: 'node' } },
      // The lint rules and the module-cycle check of decision 039.
      { test: { name: 'tools', root: './scripts', include: ['lint/**/*.test.mjs'], environment: 'node' } },
      {
        test: {
          name: 'server',
          root: './server',
          include: ['src/**/*.test.ts'],
          environment: 'node',
          testTimeout: 20000,
          hookTimeout: 30000,
        },
      },
      {
        test: {
          name: 'client',
          root: './client',
          include: ['src/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
        },
      },
    ],
  },
});
