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
const MODULE_SURFACE = {
  // Signing in: the HTTP layer's `authenticate` reads the session cookie and token, or an API token (decision 057).
  accounts: ['sessions.service.ts', 'session-cookie.ts', 'session-token.ts', 'api-tokens.service.ts', 'sign-in-with-sso.ts'],
  // The register: its use cases, who may see an agreement, its shape, its stored rows and derived columns.
  agreements: [
    'agreements.service.ts',
    'agreement-visibility.ts',
    'agreements.presenter.ts',
    'agreements.policy.ts',
    'archive-agreement.ts',
    'lifecycle-columns.ts',
    'agreements.repo.ts',
    'refresh.repo.ts',
  ],
  // Stored alerts and the whole-register refresh (derived columns + the day's alerts).
  alerts: ['refresh-derived.ts', 'alert-store.repo.ts'],
  // Every write records its audit event in its own transaction; the history reads through the service.
  audit: ['audit.repo.ts', 'audit.service.ts'],
  // Backups (decision 053): reached only from the composition roots (CLI, start-up, routes) and the alert sources.
  backups: ['backup-alert-source.ts'],
  calendar: [],
  // Chain findings for the alert sources and their redaction.
  chains: ['collect-chain-alerts.ts', 'restricted-chain-alerts.ts'],
  // Funding lines for the contradiction alerts.
  collaborations: ['collaborations.repo.ts'],
  // What goes into a digest (decision 041): the planning that the reminder run calls, the texts the calendar
  // feed shares, the entry order and payload the outbox preview shows, and the stored messages the outbox sends.
  // Text extraction (decisions 045–046): "the text of a version is done" for whoever reads the text next (suggestions),
  // and the notifier for anything that sets a version back to pending.
  'document-text': ['text-events.ts', 'text-queue.ts'],
  digests: ['digest-texts.ts', 'outbox.repo.ts', 'plan-reminders.ts', 'reminder-payload.ts', 'render-digest.ts'],
  // Documents on agreements (decisions 043–044): who may see a document and where its bytes are, its rows, and
  // the notice of new versions that the text extraction listens to.
  documents: ['document-access.ts', 'document-events.ts', 'documents.repo.ts', 'download-version.ts'],
  health: [],
  // Archiefwet retention (decisions 062–063): reached only from the composition roots.
  retention: [],
  // The shape of an import's commit job, for the worker that AppDeps hands in (decision 056).
  imports: ['commit-job.ts'],
  // The directory's names for the import's party matching, and adding the organisations an import confirmed.
  organisations: ['organisations.repo.ts'],
  // The outbox page, the reminder run and its daily job, delivery over SMTP: reached only from the composition roots.
  outbox: [],
  // Reminder addresses, follows and team addresses (decision 041): recipients, their feeds' reach and what they may
  // see, for the calendar feed, the rules (team addresses, subjects) and the planning; account deactivation clears a feed.
  'reminder-addresses': [
    'addresses.presenter.ts',
    'collaboration-reach.ts',
    'feed-reach.ts',
    'follows.service.ts',
    'recipient-visibility.ts',
    'recipients.repo.ts',
    'recipients.service.ts',
  ],
  // Reminder rules and acknowledgements (decision 041): the rules in effect, the due deadlines the calendar feed and the
  // planning use, the reminder store and settings, and the policies of every reminder resource.
  'reminder-rules': ['due-deadlines.ts', 'reminder-rules.ts', 'reminders.policy.ts', 'reminders.repo.ts'],
  renewals: [],
  // The register as CSV and XLSX (decision 052): reached only from the composition roots.
  'register-export': [],
  // The whole register as JSON, out and back in (decision 052): reached only from the composition roots.
  'register-transfer': [],
  // Search (decision 047): reached only from the route table.
  search: [],
  // Single sign-on (decision 060): the connection type for AppDeps; otherwise reached from the composition roots.
  sso: ['oidc-provider-connection.ts'],
  // Facts read from documents (decision 048): reached only from the composition roots.
  suggestions: [],
  // The Woo's public pages and sitemap (decision 058): reached only from the route table.
  woo: [],
};
/** Entry points that wire modules together (routes, start-up, jobs, command-line tools). */
const COMPOSITION_ROOTS = ['server/src/routes.ts', 'server/src/startup.ts', 'server/src/main.ts', 'server/src/cli'];

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
      'no-restricted-imports': ['error', { patterns: ['node:*', 'drizzle-orm*', 'react*', 'express', 'better-sqlite3', '@akkoord/server*', '@akkoord/client*'] }],
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
