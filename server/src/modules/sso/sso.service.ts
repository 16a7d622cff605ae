import type * as Oidc from 'openid-client';
import { claimValues } from '@akkoord/shared/domain/sso-role-map';
import type { AppDeps } from '../../deps.ts';
import type { RequestContext } from '../../http/context.ts';
import { SsoRefused, signInWithSso, type SsoRefusal } from '../accounts/sign-in-with-sso.ts';
import type { SsoConnection } from './oidc-provider-connection.ts';

/** Why a sign-in through the provider ended on the sign-in page; the client words each in Dutch or English. */
export type SsoError = SsoRefusal | 'sso_off' | 'sso_state' | 'sso_denied' | 'sso_clock' | 'sso_unavailable' | 'sso_failed';

/** What the sign-in page shows: "Inloggen met <provider>" first, local sign-in only when enabled. */
export function getSignInOptions(deps: AppDeps): { sso: { providerName: string } | null; localLogin: boolean } {
  return { sso: deps.sso ? { providerName: deps.sso.config.providerName } : null, localLogin: deps.config.localLogin };
}

/**
 * Starts a sign-in at the provider: authorization code flow with PKCE (S256),
 * a random `state` (also in a cookie of this browser) and `nonce`. Checks
 * first that the provider answers, so that a provider that is down gives our
 * sign-in page with a clear message rather than the browser's error page.
 */
export async function startSsoSignIn(deps: AppDeps): Promise<{ redirectTo: string; state: string | null }> {
  const sso = deps.sso;
  if (!sso) return { redirectTo: '/sign-in?sso=sso_off', state: null };
  if (!(await isReachable(sso))) return { redirectTo: '/sign-in?sso=sso_unavailable', state: null };
  const codeVerifier = sso.lib.randomPKCECodeVerifier();
  const state = sso.lib.randomState();
  const nonce = sso.lib.randomNonce();
  sso.pending.add(state, { codeVerifier, nonce }, deps.clock.now().getTime());
  const url = sso.lib.buildAuthorizationUrl(sso.client, {
    redirect_uri: sso.redirectUri,
    scope: sso.config.scopes,
    code_challenge: await sso.lib.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state,
    nonce,
  });
  return { redirectTo: url.href, state };
}

async function isReachable(sso: SsoConnection): Promise<boolean> {
  const endpoint = sso.client.serverMetadata().authorization_endpoint;
  if (!endpoint) return false;
  try {
    await fetch(endpoint, { method: 'HEAD', signal: AbortSignal.timeout(3000), redirect: 'manual' });
    return true;
  } catch {
    return false;
  }
}

/** The reason code of a failed code exchange or ID token check. */
function reasonOf(lib: typeof Oidc, err: unknown): SsoError {
  if (err instanceof lib.AuthorizationResponseError) return err.error === 'access_denied' ? 'sso_denied' : 'sso_failed';
  const code = (err as { code?: string }).code;
  if (code === 'OAUTH_JWT_TIMESTAMP_CHECK_FAILED') return 'sso_clock';
  const cause = (err as { cause?: { code?: string } }).cause;
  if (err instanceof TypeError || code === 'OAUTH_TIMEOUT' || cause?.code === 'ECONNREFUSED' || (err as Error).name === 'TimeoutError') return 'sso_unavailable';
  return 'sso_failed';
}

/**
 * Finishes a sign-in that came back from the provider: the state must be the
 * one this browser started (cookie) and still pending (once, ten minutes);
 * openid-client exchanges the code with the PKCE verifier and validates the
 * ID token (signature against the provider's keys, issuer, audience, expiry,
 * nonce). Then the account (`signInWithSso`). Returns the session cookie
 * token, or the reason it failed.
 */
export async function finishSsoSignIn(
  deps: AppDeps,
  ctx: RequestContext,
  input: { callbackUrl: URL; browserState: string | null; previousToken: string | null; userAgent: string | undefined },
): Promise<{ token: string } | { error: SsoError }> {
  const sso = deps.sso;
  if (!sso) return { error: 'sso_off' };
  const state = input.callbackUrl.searchParams.get('state');
  const providerError = input.callbackUrl.searchParams.get('error');
  const pending = state ? sso.pending.take(state, deps.clock.now().getTime()) : undefined;
  if (!state || !pending || state !== input.browserState) {
    deps.logger.warn({ reqId: ctx.requestId, event: 'sso_failed', reason: 'state' }, 'SSO callback with an unknown, expired or foreign state');
    return { error: providerError === 'access_denied' ? 'sso_denied' : 'sso_state' };
  }
  let claims: Oidc.IDToken;
  let idToken: string;
  try {
    const tokens = await sso.lib.authorizationCodeGrant(sso.client, input.callbackUrl, {
      pkceCodeVerifier: pending.codeVerifier,
      expectedState: state,
      expectedNonce: pending.nonce,
      idTokenExpected: true,
    });
    claims = tokens.claims()!;
    idToken = tokens.id_token!;
  } catch (err) {
    const reason = reasonOf(sso.lib, err);
    // Which check failed (e.g. the claim "aud" or "nonce" of the ID token, or the provider's error), never the tokens themselves.
    const detail = err as { message: string; error?: string; error_description?: string; cause?: { message?: string; cause?: { claim?: string } } };
    deps.logger.warn(
      {
        reqId: ctx.requestId,
        event: 'sso_failed',
        reason,
        err: detail.cause?.message ?? detail.message,
        claim: detail.cause?.cause?.claim,
        error: detail.error,
        description: detail.error_description,
      },
      'SSO sign-in failed',
    );
    return { error: reason };
  }
  try {
    const { token } = await signInWithSso(
      deps,
      ctx,
      {
        issuer: claims.iss,
        subject: claims.sub,
        email: typeof claims.email === 'string' ? claims.email : null,
        emailVerified: claims.email_verified === true,
        name: typeof claims.name === 'string' ? claims.name : null,
        roleClaimValues: claimValues(claims[sso.config.roleClaim]),
        idToken,
      },
      { previousToken: input.previousToken, userAgent: input.userAgent },
    );
    return { token };
  } catch (err) {
    if (err instanceof SsoRefused) return { error: err.reason };
    throw err;
  }
}
