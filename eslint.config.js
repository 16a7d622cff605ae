import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import akkoord from './scripts/lint/layers.mjs';

/**
 * What each server module offers the rest of the server (decision 039): every other file of
 * modules/<name>/ is private to it. Tests may reach inside; the composition roots below wire
 * routes, jobs and start-up and may import any module file.
 */
const MODULE_SURFACE = {};
const COMPOSITION_ROOTS = [];

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', 'data/**', 'migrations/**', 'bench/out/**', 'e2e/out/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    files: ['client/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    // The domain stays pure: no Node, DOM, drizzle or React in shared/.
    files: ['shared/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['node:*', 'drizzle-orm*', 'react*', 'express', 'better-sqlite3', '@akkoord/server*', '@akkoord/client*'] },
      ],
    },
  },
  {
    // Only repositories touch drizzle (see docs/architecture.md).
    files: ['server/src/**/*.ts'],
    ignores: ['server/src/**/*.repo.ts', 'server/src/db/**', 'server/src/**/*.test.ts', 'server/src/seed/**', 'server/src/cli/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['drizzle-orm*', 'better-sqlite3'] }],
    },
  },
  {
    // Layering (decision 039): client features never import each other or app/; components/ and lib/
    // import no feature; other code imports a server module only through the files of its surface.
    files: ['client/src/**/*.{ts,tsx}', 'server/src/**/*.ts'],
    plugins: { akkoord },
    rules: { 'akkoord/layers': ['error', { surface: MODULE_SURFACE, openTo: COMPOSITION_ROOTS }] },
  },
);
