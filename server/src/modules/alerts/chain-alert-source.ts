import { collectChainAlerts } from '../chains/collect-chain-alerts.ts';
import type { AgreementAlertSource } from './alert-sources.ts';

/** Processor-chain rule violations (kind 'chain'), from the chain rules of shared/src/chains. */
export const chainAlertSource: AgreementAlertSource = {
  version: 1,
  perDay: false,
  name: 'chain',
  compute: (db, subjects, on) => collectChainAlerts(db, { on, agreementIds: subjects.map((s) => s.id) }),
};
