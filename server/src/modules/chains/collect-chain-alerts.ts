import { indexChainGraph, type ChainGraph } from '@akkoord/shared/chains/chain-graph';
import type { ChainViolation } from '@akkoord/shared/chains/chain-violation';
import { evaluateChainRules } from '@akkoord/shared/chains/evaluate-chain-rules';
import { renderChainViolation } from '@akkoord/shared/chains/render-violation';
import { RULE_READS } from '@akkoord/shared/chains/rules/rule-context';
import type { Alert } from '@akkoord/shared/lifecycle/alert-types';
import { makeMessageAlert } from '@akkoord/shared/lifecycle/compute-alerts';
import type { Db } from '../../db/client.ts';
import { findCollaborationTree, findLiveIdsOfTypes, findRelationsOfKinds, readRuleNeighbourhoods, type RuleChainAgreement } from './chains.repo.ts';

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

/** The chain rules of these agreements judged on `graph` (which holds what they read), as alerts in the order of the ids. */
export function chainAlertsOn(graph: ChainGraph, ids: readonly number[], codeOf: (agreementId: number) => string | null, on: string): Alert[] {
  const alerts: Alert[] = [];
  for (const id of ids) {
    for (const v of evaluateChainRules(graph, id)) {
      alerts.push(
        makeMessageAlert({
          kind: 'chain',
          severity: v.severity === 'error' ? 'high' : 'low',
          reasonCode: v.messageCode,
          key: chainAlertKey(v),
          agreementId: v.agreementId,
          collaborationCode: codeOf(v.agreementId),
          on,
          nl: renderChainViolation(v, 'nl'),
          en: renderChainViolation(v, 'en'),
        }),
      );
    }
  }
  return alerts;
}

/**
 * Chain-rule violations as alerts of kind `chain` (errors high, warnings low),
 * explained in Dutch and English naming both agreements and the rule. For the
 * given agreements, or every agreement the rules apply to; the alerts module
 * stores them per agreement like its other sources. Reads only what the rules
 * read (RULE_READS); the refresh's chunks of 1,000 agreements in id order are
 * read as one range each.
 */
export function collectChainAlerts(db: Db, opts: { on: string; agreementIds?: number[] }): Alert[] {
  const subjects = opts.agreementIds ?? findRuleSubjects(db);
  if (!subjects.length) return [];
  const { agreements, relations } = readRuleNeighbourhoods(db, subjects, RULE_READS);
  const graph = indexChainGraph({ agreements, relations });
  const byId = graph.byId as ReadonlyMap<number, RuleChainAgreement>;
  const codes = new Map(findCollaborationTree(db).map((c) => [c.id, c.code]));
  const codeOf = (id: number) => {
    const collaborationId = byId.get(id)?.collaborationId ?? null;
    return collaborationId === null ? null : (codes.get(collaborationId) ?? null);
  };
  return chainAlertsOn(graph, subjects, codeOf, opts.on);
}
