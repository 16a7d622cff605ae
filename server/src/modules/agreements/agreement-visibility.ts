import type { RequestContext } from '../../http/context.ts';

/**
 * Which agreements a caller may see. An account limited to some
 * collaborations (`collaborationScope`) sees the agreements of those
 * collaborations only; the register list filters on the same rule in SQL
 * (agreements.repo.ts `scope`). Everything that answers with an agreement's
 * neighbours (relations, chain, impact, rule findings, chain alerts, the
 * archive guard) asks this one function which of them to redact.
 */
export interface AgreementVisibility {
  /** False for admins' and other unlimited accounts (and for jobs): nothing is redacted. */
  readonly isLimited: boolean;
  /** Whether an agreement of this collaboration (null: of none) may be shown in full. */
  canSee(collaborationCode: string | null): boolean;
}

/** Everything visible: unlimited accounts, and what is not shown to a caller (audit snapshots). */
export const agreementVisibilityForAll: AgreementVisibility = { isLimited: false, canSee: () => true };

/** What the caller of this request may see. */
export function agreementVisibility(ctx: RequestContext): AgreementVisibility {
  return agreementVisibilityOfScope(ctx.user?.collaborationScope);
}

/**
 * What an account with this collaboration scope (null: all) may see. For work
 * done on a user's behalf without their session — the calendar feed behind a
 * secret URL, the reminder digests — built from the user row as it is now.
 */
export function agreementVisibilityOfScope(scope: readonly string[] | null | undefined): AgreementVisibility {
  if (!scope) return agreementVisibilityForAll;
  const codes = new Set(scope);
  return { isLimited: true, canSee: (code) => code !== null && codes.has(code) };
}

/** The ids among `rows` the caller may not see (empty for an unlimited caller). */
export function hiddenIdsAmong(visibility: AgreementVisibility, rows: Iterable<{ id: number; collaborationCode: string | null }>): Set<number> {
  const hidden = new Set<number>();
  if (!visibility.isLimited) return hidden;
  for (const r of rows) if (!visibility.canSee(r.collaborationCode)) hidden.add(r.id);
  return hidden;
}
