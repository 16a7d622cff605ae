/** What a sign-in that went to the provider must come back with: its PKCE verifier and nonce, one use, ten minutes. */
interface Pending {
  codeVerifier: string;
  nonce: string;
  startedAt: number;
}

const TTL_MS = 10 * 60_000;
/** A bound on memory: someone pressing "Inloggen met …" in a loop cannot grow it without end. */
const MAX_PENDING = 10_000;

/** Sign-ins on their way through the provider, by `state` (in memory: a restart asks people to press the button again). */
export class PendingSignIns {
  private readonly byState = new Map<string, Pending>();

  add(state: string, pending: Omit<Pending, 'startedAt'>, now: number): void {
    if (this.byState.size >= MAX_PENDING) {
      for (const [key, value] of this.byState) if (now - value.startedAt >= TTL_MS || this.byState.size >= MAX_PENDING) this.byState.delete(key);
    }
    this.byState.set(state, { ...pending, startedAt: now });
  }

  /** The pending sign-in of this state, removed (a state works once); undefined when unknown or older than ten minutes. */
  take(state: string, now: number): Omit<Pending, 'startedAt'> | undefined {
    const found = this.byState.get(state);
    if (!found) return undefined;
    this.byState.delete(state);
    return now - found.startedAt < TTL_MS ? { codeVerifier: found.codeVerifier, nonce: found.nonce } : undefined;
  }
}
