import { useMemo } from 'react';
import type { RelationKind } from '@akkoord/shared/domain/enums';
import type { Chain } from '@akkoord/shared/schemas/chain';
import { useFormat } from '../../../lib/format/use-format.ts';
import { useLanguage, useT } from '../../../lib/i18n/use-t.ts';
import type { AgreementNode, ChainAgreementNode, EdgeTexts } from '../model/graph-model.ts';

/** Relation labels read along the drawn edge (from the covering or basis agreement to the other). */
export function useEdgeTexts(): EdgeTexts {
  const t = useT();
  return useMemo(
    () => ({
      role: (role) => t(`role.${role}`),
      relation: (kind: RelationKind, reversed: boolean) => t(`relation.${kind}.${reversed ? 'incoming' : 'outgoing'}`).toLowerCase(),
    }),
    [t],
  );
}

export interface NodeFacts {
  /** For screen readers: the node with its parties, relations and rule findings. */
  description: string;
  parties: { name: string; role: string; implied: boolean; organisationId: number }[];
  /** `otherRestricted`: the other agreement lies outside the user's collaborations (named, never linked). */
  relations: { label: string; otherTitle: string; otherId: number; otherRestricted: boolean }[];
}

/** Everything said about each node, in the interface language: the graph's labels and the table's cells come from here. */
export function useChainFacts(chain: Chain): Map<string, NodeFacts> {
  const t = useT();
  const f = useFormat();
  const { lang } = useLanguage();
  return useMemo(() => {
    const byId = new Map(chain.nodes.map((n) => [n.id, n]));
    const facts = new Map<string, NodeFacts>();
    const nameOf = (n: ChainAgreementNode) => (n.restricted ? t('agreement.restricted.named', { id: n.agreementId }) : n.title);
    const ensure = (id: string) => {
      let entry = facts.get(id);
      if (!entry) facts.set(id, (entry = { description: '', parties: [], relations: [] }));
      return entry;
    };
    for (const e of chain.edges) {
      const source = byId.get(e.source);
      const target = byId.get(e.target);
      if (!source || !target) continue;
      if (e.kind === 'party' && source.kind === 'agreement' && target.kind === 'organisation') {
        ensure(source.id).parties.push({ name: target.name, role: t(`role.${e.role}`), implied: e.basis === 'implied', organisationId: target.organisationId });
        ensure(target.id).relations.push({
          label: t('chain.roleIn', { role: t(`role.${e.role}`) }),
          otherTitle: nameOf(source),
          otherId: source.agreementId,
          otherRestricted: source.restricted,
        });
      } else if (e.kind === 'relation' && source.kind === 'agreement' && target.kind === 'agreement') {
        ensure(source.id).relations.push({
          label: t(`relation.${e.relationKind}.outgoing`),
          otherTitle: nameOf(target),
          otherId: target.agreementId,
          otherRestricted: target.restricted,
        });
        ensure(target.id).relations.push({
          label: t(`relation.${e.relationKind}.incoming`),
          otherTitle: nameOf(source),
          otherId: source.agreementId,
          otherRestricted: source.restricted,
        });
      }
    }
    for (const node of chain.nodes) {
      const entry = ensure(node.id);
      const parts: string[] = [];
      if (node.kind === 'agreement' && node.restricted) {
        parts.push(nameOf(node), t('agreement.restricted.noAccess'));
      } else if (node.kind === 'agreement') {
        parts.push(`${t(`type.${node.type}`)}: ${node.title}`, t(`status.${node.status}`), `${t('chain.fact.start')}: ${f.date(node.startDate)}`);
        if (entry.parties.length) parts.push(`${t('chain.fact.parties')}: ${entry.parties.map((p) => `${p.name} (${p.role})`).join(', ')}`);
        parts.push(...violationTexts(node, lang, t));
      } else {
        parts.push(`${node.name} (${t(`orgKind.${node.organisationKind}`)})`);
      }
      for (const r of entry.relations) parts.push(`${r.label}: ${r.otherTitle}`);
      entry.description = parts.join('. ');
    }
    return facts;
  }, [chain, t, f, lang]);
}

function violationTexts(node: AgreementNode, lang: 'nl' | 'en', t: ReturnType<typeof useT>): string[] {
  return node.violations.map((v) => `${t(v.severity === 'error' ? 'chain.violation.error' : 'chain.violation.warning')}: ${v.message[lang]}`);
}
