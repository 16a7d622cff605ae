import type { AuditEvent, HistoryQuery } from '@akkoord/shared/schemas/audit';
import type { Page } from '@akkoord/shared/schemas/common';
import type { AppDeps } from '../../deps.ts';
import type { RequestContext } from '../../http/context.ts';
import { listAgreementHistory } from '../audit/audit.service.ts';
import { agreementVisibility } from './agreement-visibility.ts';
import { loadVisibleRow } from './agreements.service.ts';

/**
 * An agreement's history ("Geschiedenis"), newest first; 404 when the caller may
 * not see the agreement. Events that also name an agreement outside the caller's
 * collaborations are redacted by the audit module (decision 023).
 */
export function getAgreementHistory(deps: AppDeps, ctx: RequestContext, id: number, q: HistoryQuery): Page<AuditEvent> {
  loadVisibleRow(deps, ctx, id);
  return listAgreementHistory(deps, id, agreementVisibility(ctx), q);
}
