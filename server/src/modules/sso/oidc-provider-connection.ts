import type * as Oidc from 'openid-client';
import type { OidcConfig } from '../../config.ts';
import { PendingSignIns } from './pending-sign-ins.ts';

/** The OpenID provider as discovered at start-up, with what sign-ins need in between (decision 060). */
export interface SsoConnection {
  config: OidcConfig;
  /** openid-client itself, loaded by connectSso: a server without OIDC_ISSUER never loads it (some 30 ms of start-up). */
  lib: typeof Oidc;
  client: Oidc.Configuration;
  /** `PUBLIC_URL/api/auth/sso/callback`: register it at the provider. */
  redirectUri: string;
  /** `PUBLIC_URL/sign-in`: where the provider sends people after signing out (register it too). */
  postLogoutRedirectUri: string;
  pending: PendingSignIns;
  /** The provider's end-session URL for this ID token (RP-initiated logout), or null when the provider offers none. */
  endSessionUrl(idToken: string): string | null;
}

/** Thrown when the issuer cannot be discovered at start-up; the message names OIDC_ISSUER. */
export class SsoStartupError extends Error {}

const isLoopback = (url: URL) => ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);

/**
 * Discovers the provider (`/.well-known/openid-configuration` and its keys)
 * with `openid-client`. Plain http is allowed only for a provider on this
 * machine (tests, a local Keycloak). `clockSkewSeconds` is for tests.
 */
export async function connectSso(config: OidcConfig, publicUrl: string, opts: { clockSkewSeconds?: number; timeoutMs?: number } = {}): Promise<SsoConnection> {
  const issuer = new URL(config.issuer);
  const client = await import('openid-client');
  let discovered: Oidc.Configuration;
  try {
    discovered = await client.discovery(
      issuer,
      config.clientId,
      { ...(opts.clockSkewSeconds ? { [client.clockSkew]: opts.clockSkewSeconds } : {}), [client.clockTolerance]: 30 },
      client.ClientSecretPost(config.clientSecret),
      {
        timeout: Math.round((opts.timeoutMs ?? 10_000) / 1000),
        ...(issuer.protocol === 'http:' && isLoopback(issuer) ? { execute: [client.allowInsecureRequests] } : {}),
      },
    );
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    throw new SsoStartupError(`OIDC_ISSUER=${JSON.stringify(config.issuer)}: de OpenID-provider is niet bereikbaar of geen OpenID-provider (${why})`);
  }
  return {
    config,
    lib: client,
    client: discovered,
    redirectUri: `${publicUrl}/api/auth/sso/callback`,
    postLogoutRedirectUri: `${publicUrl}/sign-in`,
    pending: new PendingSignIns(),
    endSessionUrl(idToken) {
      if (!discovered.serverMetadata().end_session_endpoint) return null;
      return client.buildEndSessionUrl(discovered, { id_token_hint: idToken, post_logout_redirect_uri: `${publicUrl}/sign-in` }).href;
    },
  };
}
