import { indexChainGraph } from '@akkoord/shared/chains/chain-graph';
import type { ChainViolation } from '@akkoord/shared/chains/chain-violation';
import { evaluateChainRules } from '@akkoord/shared/chains/evaluate-chain-rules';
import { renderChainViolation } from '@akkoord/shared/chains/render-violation';
import { withoutOtherAgreement } from '@akkoord/shared/chains/restricted-agreement';
import { RULE_READS } from '@akkoord/shared/chains/rules/rule-context';
import type { AlertItem } from '@akkoord/shared/schemas/alert';
import type { Db } from '../../db/client.ts';
import type { AgreementVisibility } from '../agreements/agreement-visibility.ts';
import { findChainAgreements, readRuleNeighbourhoods } from './chains.repo.ts';
import { chainAlertKey } from './collect-chain-alerts.ts';

/** The other agreement a chain alert's key names (`chain:<id>:<code>:<other>`; 0 or none for a rule about one agreement). */
function otherAgreementOf(key: string): number | null {
  const m = /^chain:\d+:[a-z_]+:(\d+)$/.exec(key);
  return m && m[1] !== '0' ? Number(m[1]) : null;
}

/** Said when the rule outcome behind a stored alert changed since it was stored (its next refresh replaces the alert). */
const NO_LONGER_FOUND = {
  nl: 'Deze bevinding betreft ook een overeenkomst buiten uw samenwerkingsverbanden.',
  en: 'This finding also concerns an agreement outside your collaborations.',
};

/**
 * Chain alerts as a caller limited to some collaborations may read them. A
 * stored explanation is written once for everyone and names both agreements
 * with their titles and dates; an alert about one of the caller's agreements
 * whose rule names an agreement outside their collaborations is explained
 * again here, by the same rules on the current register, without that
 * agreement's details. Only the alerts of one page are redone; callers who
 * see everything get the items back unchanged.
 */
export function redactChainAlerts(db: Db, visibility: AgreementVisibility, items: AlertItem[]): AlertItem[] {
  if (!visibility.isLimited) return items;
  const others = new Map<string, number>();
  for (const item of items) {
    const other = item.kind === 'chain' ? otherAgreementOf(item.key) : null;
    if (other !== null) others.set(item.key, other);
  }
  if (!others.size) return items;
  const seen = new Set(findChainAgreements(db, [...new Set(others.values())]).flatMap((r) => (visibility.canSee(r.collaborationCode) ? [r.id] : [])));
  const redo = new Set([...others].filter(([, other]) => !seen.has(other)).map(([key]) => key));
  if (!redo.size) return items;

  const subjects = [...new Set(items.flatMap((i) => (redo.has(i.key) && i.agreementId !== null ? [i.agreementId] : [])))];
  const graph = indexChainGraph(readRuleNeighbourhoods(db, subjects, RULE_READS));
  const violations = new Map<string, ChainViolation>();
  for (const id of subjects) for (const v of evaluateChainRules(graph, id)) violations.set(chainAlertKey(v), v);

  return items.map((item) => {
    if (!redo.has(item.key)) return item;
    const found = violations.get(item.key);
    const shown = found ? withoutOtherAgreement(found) : null;
    const message = shown ? { nl: renderChainViolation(shown, 'nl'), en: renderChainViolation(shown, 'en') } : NO_LONGER_FOUND;
    return { ...item, explanation: [{ kind: 'message', ...message }] };
  });
}
