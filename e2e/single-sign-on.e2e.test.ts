import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, inject, it } from 'vitest';
import { startTestOidcProvider, type TestOidcProvider } from '../server/src/test/test-oidc-provider.ts';
import { newPage } from './support/browser.ts';
import { copyDataDir, startServer, type RunningServer } from './support/server.ts';
import { expectNoAxeViolations } from './support/steps.ts';
import { useBrowser } from './support/suite.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** A free loopback port: Akkoord's PUBLIC_URL must be known before the provider registers its redirect URI. */
async function freePort(): Promise<number> {
  const probe = http.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/**
 * Single sign-on in the browser (issue 16, decision 060): a real OpenID
 * provider (`oidc-provider`) in this process, Akkoord started against it; the
 * browser presses "Inloggen met Test-IdP", signs in on the provider's own
 * login page and lands on the dashboard with the role its group maps to.
 */
describe.runIf(inject('chromium'))('single sign-on', () => {
  const chromium = useBrowser();
  let provider: TestOidcProvider;
  let akkoord: RunningServer;
  let dataDir: string;

  beforeAll(async () => {
    const publicUrl = `http://127.0.0.1:${await freePort()}`;
    provider = await startTestOidcProvider(
      [{ client_id: 'akkoord', client_secret: 'geheim-e2e', redirect_uris: [`${publicUrl}/api/auth/sso/callback`], token_endpoint_auth_method: 'client_secret_post' }],
      (sub) => ({ email: `${sub}@vrt.nl`, email_verified: true, name: 'Saskia SSO', groups: ['akkoord-lezers'] }),
    );
    const issuer = provider.issuer;
    dataDir = copyDataDir(inject('templateDataDir'), 'akkoord-e2e-sso-');
    akkoord = await startServer(ROOT, {
      DATA_DIR: dataDir,
      PORT: new URL(publicUrl).port,
      PUBLIC_URL: publicUrl,
      OIDC_ISSUER: issuer,
      OIDC_CLIENT_ID: 'akkoord',
      OIDC_CLIENT_SECRET: 'geheim-e2e',
      OIDC_ROLE_CLAIM: 'groups',
      OIDC_ROLE_MAP: 'akkoord-lezers=viewer',
      OIDC_PROVIDER_NAME: 'Test-IdP',
    });
  }, 120_000);
  afterAll(async () => {
    await akkoord?.stop();
    await provider?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('signs in through the provider’s login page and lands on the dashboard', async () => {
    const { page } = await newPage(chromium.browser, { baseUrl: akkoord.url });
    await page.goto('/sign-in');
    const button = page.getByRole('link', { name: 'Inloggen met Test-IdP' });
    await button.waitFor();
    await expectNoAxeViolations(page);
    await button.click();
    // The provider's own login page (oidc-provider's development login form).
    await page.locator('input[name="login"]').fill('saskia');
    await page.locator('input[name="password"]').fill('wat-dan-ook');
    await page.locator('button[type="submit"]').click();
    await page.waitForURL((url) => url.origin === akkoord.url && url.pathname === '/');
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.getByText('Ingelogd als Saskia SSO').waitFor();
    await page.context().close();
  }, 120_000);
});
