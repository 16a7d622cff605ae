import type { RelationKind } from '../domain/enums.ts';
import type { ChainLocale } from './render-violation.ts';
import { nameRestrictedAgreement } from './restricted-agreement.ts';

const VERBS: Record<RelationKind, Record<ChainLocale, string>> = {
  covers: { nl: 'dekt', en: 'covers' },
  based_on: { nl: 'is gebaseerd op', en: 'is based on' },
  amends: { nl: 'wijzigt', en: 'amends' },
  renews: { nl: 'verlengt', en: 'renews' },
  supersedes: { nl: 'vervangt', en: 'supersedes' },
};

/** A relation kind as a verb phrase ("is gebaseerd op" / "is based on"). */
export function relationVerb(kind: RelationKind, locale: ChainLocale): string {
  return VERBS[kind][locale];
}

/** A relation with titles, as the API and texts name it; a title is null for an agreement the reader may not see. */
export interface TitledRelation {
  sourceId: number;
  kind: RelationKind;
  targetId: number;
  sourceTitle: string | null;
  targetTitle: string | null;
}

const nameOf = (title: string | null, id: number, locale: ChainLocale) => (title === null ? nameRestrictedAgreement(id, locale) : `‘${title}’`);

/** "‘A’ dekt ‘B’" / "‘A’ covers ‘B’" (an agreement the reader may not see named without its title). */
export function describeRelation(r: TitledRelation, locale: ChainLocale): string {
  return `${nameOf(r.sourceTitle, r.sourceId, locale)} ${relationVerb(r.kind, locale)} ${nameOf(r.targetTitle, r.targetId, locale)}`;
}

/** A sequence of relations as one sentence part, e.g. for a cycle or an impact path. */
export function describeRelations(relations: readonly TitledRelation[], locale: ChainLocale): string {
  return relations.map((r) => describeRelation(r, locale)).join('; ');
}

/** Why an agreement appears in an impact list: the path of relations from the ending agreement. */
export function explainImpactPath(endingTitle: string, path: readonly TitledRelation[], locale: ChainLocale): string {
  const because = describeRelations(path, locale);
  return locale === 'nl' ? `Verliest zijn grondslag als ‘${endingTitle}’ eindigt: ${because}.` : `Loses its basis when ‘${endingTitle}’ ends: ${because}.`;
}

/** A cycle as a sentence, naming every relation in it. */
export function explainCycle(relations: readonly TitledRelation[], locale: ChainLocale): string {
  const around = describeRelations(relations, locale);
  return locale === 'nl' ? `Deze relatie maakt een kringverwijzing: ${around}.` : `This relation would close a cycle: ${around}.`;
}
