import type { Alert } from '@akkoord/shared/lifecycle/alert-types';
import type { Db } from '../../db/client.ts';
import type { AppDeps } from '../../deps.ts';
import type { LifecycleAnalysis } from '@akkoord/shared/lifecycle/analyse-lifecycle';
import type { LifecycleInput } from '@akkoord/shared/lifecycle/compute-lifecycle';
import type { AlertRecord } from './alert-record.ts';
import { chainAlertSource } from './chain-alert-source.ts';
import { lifecycleAlertSource } from './lifecycle-alert-source.ts';
import { fundingContradictionSource } from './funding-contradiction-source.ts';
import { wooPublicationSource } from './woo-publication-source.ts';
import { backupAlerts } from '../backups/backup-alert-source.ts';
import type { Role } from '@akkoord/shared/domain/enums';

/** One (not archived) agreement as alert sources see it. */
export interface AgreementAlertSubject {
  id: number;
  ownerName: string | null;
  collaborationCode: string | null;
  hasParties: boolean;
  hasSuccessor: boolean;
  lifecycle: LifecycleInput;
  /** The lifecycle analysis for the reference day when the caller already made it (the refresh shares it with the derived columns). */
  analysis: LifecycleAnalysis | null;
}

/**
 * Alerts about single agreements. Their output is stored (agreement_alerts)
 * by the lifecycle refresh and rewritten whenever the agreement, its parties
 * or its relations change, so every alert must carry its `agreementId`.
 */
export interface AgreementAlertSource {
  name: string;
  /** Bump when the rules change: the next refresh recomputes this source for every agreement. */
  version: number;
  /** True when the alerts depend on the reference day (recomputed for all agreements each day); false = only on change. */
  perDay: boolean;
  compute(db: Db, subjects: AgreementAlertSubject[], on: string): Alert[];
}

/** Alerts about the register as a whole (collaborations): few, computed on each request. */
export interface RegisterAlertSource {
  name: string;
  /** Only these roles see its alerts (e.g. a failed backup is for admins); everyone when absent. */
  audience?: readonly Role[];
  compute(deps: AppDeps, on: string): AlertRecord[];
}

/** The extension point: a source added here is stored, listed, counted and filtered like the others. */
export const agreementAlertSources: AgreementAlertSource[] = [lifecycleAlertSource, chainAlertSource, wooPublicationSource];

/** The last scheduled backup failed or did not verify (decision 054): for admins only. */
const backupAlertSource: RegisterAlertSource = {
  name: 'backup',
  audience: ['admin'],
  compute: (deps, on) => backupAlerts(deps, on).map((a) => ({ ...a, source: 'backup', agreementTitle: null, collaborationId: null, ownerName: null, ownerEmail: null })),
};

export const registerAlertSources: RegisterAlertSource[] = [fundingContradictionSource, backupAlertSource];
