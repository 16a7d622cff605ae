import type { Agreement } from '@akkoord/shared/schemas/agreement';
import type { LegalHoldInput } from '@akkoord/shared/schemas/retention';
import type { AppDeps } from '../../deps.ts';
import type { RequestContext } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { loadVisibleRow, writeAgreementChange } from './agreements.service.ts';

/** Puts an agreement on legal hold (or changes its reason): it cannot be proposed for or approved for destruction. */
export function setLegalHold(deps: AppDeps, ctx: RequestContext, id: number, input: LegalHoldInput): Agreement {
  const row = loadVisibleRow(deps, ctx, id);
  if (row.destroyedAt) throw new AppError('conflict', 'Deze overeenkomst is al vernietigd');
  return writeAgreementChange(deps, ctx, id, 'set_legal_hold', { legalHoldReason: input.reason, legalHoldBy: ctx.user?.id ?? null, legalHoldAt: deps.clock.now().toISOString() });
}

/** Lifts a legal hold. */
export function clearLegalHold(deps: AppDeps, ctx: RequestContext, id: number): Agreement {
  const row = loadVisibleRow(deps, ctx, id);
  if (row.destroyedAt) throw new AppError('conflict', 'Deze overeenkomst is al vernietigd');
  if (row.legalHoldReason === null) throw new AppError('conflict', 'Op deze overeenkomst rust geen bewaarplicht (legal hold)');
  return writeAgreementChange(deps, ctx, id, 'clear_legal_hold', { legalHoldReason: null, legalHoldBy: null, legalHoldAt: null });
}
