import type { ChainViolation } from '@akkoord/shared/chains/chain-violation';
import { evaluateChainRules } from '@akkoord/shared/chains/evaluate-chain-rules';
import { renderChainViolation } from '@akkoord/shared/chains/render-violation';
import type { Alert } from '@akkoord/shared/lifecycle/alert-types';
import { makeMessageAlert } from '@akkoord/shared/lifecycle/compute-alerts';
import type { Db } from '../../db/client.ts';
import { buildChainGraph } from './chain-input.ts';
import { findChainAgreements, findChainParties, findLiveIdsOfTypes, findRelationsOfKinds, findRelationsTouching } from './chains.repo.ts';

/** The stable identity of a chain alert: the rule outcome about one agreement (and the other one it names). */
export function chainAlertKey(v: ChainViolation): string {
  return `chain:${v.agreementId}:${v.messageCode}:${v.otherAgreementId ?? 0}`;
}

/** Agreements the chain rules can say anything about: processor and sub-processor agreements, covered ones and those based on another. */
function findRuleSubjects(db: Db): number[] {
  const ids = new Set(findLiveIdsOfTypes(db, ['processor', 'subprocessor']));
  for (const r of findRelationsOfKinds(db, ['covers', 'based_on'])) ids.add(r.kind === 'covers' ? r.targetId : r.sourceId);
  return [...ids].sort((a, b) => a - b);
}

/**
 * Chain-rule violations as alerts of kind `chain` (errors high, warnings low),
 * explained in Dutch and English naming both agreements and the rule. For the
 * given agreements, or every agreement the rules apply to; the alerts module
 * stores them per agreement like its other sources.
 */
export function collectChainAlerts(db: Db, opts: { on: string; agreementIds?: number[] }): Alert[] {
  const subjects = opts.agreementIds ?? findRuleSubjects(db);
  if (!subjects.length) return [];
  const relations = findRelationsTouching(db, subjects);
  const ids = new Set(subjects);
  for (const r of relations) ids.add(r.sourceId).add(r.targetId);
  const rows = findChainAgreements(db, [...ids]);
  const graph = buildChainGraph(rows, findChainParties(db, [...ids]), relations);
  const codeOf = new Map(rows.map((r) => [r.id, r.collaborationCode]));
  return subjects.flatMap((id) =>
    evaluateChainRules(graph, id).map((v) =>
      makeMessageAlert({
        kind: 'chain',
        severity: v.severity === 'error' ? 'high' : 'low',
        reasonCode: v.messageCode,
        key: chainAlertKey(v),
        agreementId: v.agreementId,
        collaborationCode: codeOf.get(v.agreementId) ?? null,
        on: opts.on,
        nl: renderChainViolation(v, 'nl'),
        en: renderChainViolation(v, 'en'),
      }),
    ),
  );
}
