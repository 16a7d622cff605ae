import type { ChainRelation } from '@akkoord/shared/chains/chain-graph';
import type { ChainViolation } from '@akkoord/shared/chains/chain-violation';
import { renderChainViolation } from '@akkoord/shared/chains/render-violation';
import type { Relation } from '@akkoord/shared/schemas/agreement';
import type { ChainViolationDto, TitledRelationDto } from '@akkoord/shared/schemas/chain';
import type { RelationRow } from '../agreements/agreements.repo.ts';

/** A violation with its Dutch and English explanation. */
export function presentViolation(v: ChainViolation): ChainViolationDto {
  return { ...v, message: { nl: renderChainViolation(v, 'nl'), en: renderChainViolation(v, 'en') } };
}

/** A relation with the titles of both ends (unknown ids show as "#id"). */
export function presentTitledRelation(r: ChainRelation & { id?: number | null }, titleOf: (id: number) => string | undefined): TitledRelationDto {
  return {
    relationId: r.id ?? null,
    sourceId: r.sourceId,
    kind: r.kind,
    targetId: r.targetId,
    sourceTitle: titleOf(r.sourceId) ?? `#${r.sourceId}`,
    targetTitle: titleOf(r.targetId) ?? `#${r.targetId}`,
  };
}

/** A relation seen from agreement `id` (the same shape the agreement detail lists). */
export function presentRelation(r: RelationRow, id: number): Relation {
  return {
    id: r.id,
    kind: r.kind as Relation['kind'],
    direction: r.sourceId === id ? 'outgoing' : 'incoming',
    otherAgreementId: r.otherId,
    otherTitle: r.otherTitle,
    otherType: r.otherType as Relation['otherType'],
    otherArchived: r.otherArchivedAt !== null,
    note: r.note,
  };
}
