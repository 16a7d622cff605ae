import type { ChainRelation } from '@akkoord/shared/chains/chain-graph';
import type { ChainViolation } from '@akkoord/shared/chains/chain-violation';
import { renderChainViolation } from '@akkoord/shared/chains/render-violation';
import { withoutOtherAgreement } from '@akkoord/shared/chains/restricted-agreement';
import type { ChainViolationDto, TitledRelationDto } from '@akkoord/shared/schemas/chain';

/** Agreement ids the caller may not see (agreement-visibility.ts `hiddenIdsAmong`); empty for an unlimited caller. */
export type HiddenIds = ReadonlySet<number>;

const NONE: HiddenIds = new Set();

/**
 * A violation as the caller may see it, with its Dutch and English
 * explanation; the other agreement's title, dates and regime are left out
 * when that agreement is hidden from the caller.
 */
export function presentViolation(v: ChainViolation, hidden: HiddenIds = NONE): ChainViolationDto {
  const shown = v.otherAgreementId !== undefined && hidden.has(v.otherAgreementId) ? withoutOtherAgreement(v) : v;
  return { ...shown, message: { nl: renderChainViolation(shown, 'nl'), en: renderChainViolation(shown, 'en') } };
}

/** A relation with the titles of both ends (unknown ids show as "#id"; an end hidden from the caller has title null). */
export function presentTitledRelation(r: ChainRelation & { id?: number | null }, titleOf: (id: number) => string | undefined, hidden: HiddenIds = NONE): TitledRelationDto {
  const title = (id: number) => (hidden.has(id) ? null : (titleOf(id) ?? `#${id}`));
  return {
    relationId: r.id ?? null,
    sourceId: r.sourceId,
    kind: r.kind,
    targetId: r.targetId,
    sourceTitle: title(r.sourceId),
    targetTitle: title(r.targetId),
  };
}
