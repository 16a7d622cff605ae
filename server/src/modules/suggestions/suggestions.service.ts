import type { Agreement } from '@akkoord/shared/schemas/agreement';
import type { AcceptSuggestionInput, Suggestion, SuggestionList } from '@akkoord/shared/schemas/suggestion';
import { isWorthProposing, updateForSuggestion } from '@akkoord/shared/suggestions/apply-suggestion';
import type { SuggestedFacts, SuggestionField } from '@akkoord/shared/suggestions/suggestion-fields';
import type { AppDeps } from '../../deps.ts';
import { actorOf, type RequestContext } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { recordAudit } from '../audit/audit.repo.ts';
import { getAgreement, updateAgreement } from '../agreements/agreements.service.ts';
import type { Tx } from '../../db/client.ts';
import { readUnreadDocuments } from './read-documents.ts';
import { presentSuggestion } from './suggestions.presenter.ts';
import { decideSuggestion, findSuggestion, findSuggestions, reopenSuggestion as reopenRow, type SuggestionWithDocument } from './suggestions.repo.ts';

const STATE_ORDER = { open: 0, accepted: 1, rejected: 2 } as const;

/**
 * The agreement's suggestions: documents read first when their text is new,
 * then open ones only where the agreement's field is unknown or says
 * something else, followed by the decided ones (history).
 */
export async function listSuggestions(deps: AppDeps, ctx: RequestContext, agreementId: number): Promise<SuggestionList> {
  getAgreement(deps, ctx, agreementId);
  await readUnreadDocuments(deps, agreementId);
  // Read again after reading: the agreement may have changed meanwhile.
  const agreement = getAgreement(deps, ctx, agreementId);
  const items = findSuggestions(deps.db, agreementId)
    .map(presentSuggestion)
    .filter((s) => s.state !== 'open' || isWorthProposing(agreement, s.field, s.value))
    .sort((a, b) => STATE_ORDER[a.state] - STATE_ORDER[b.state] || a.id - b.id);
  return { items };
}

/** A decision on a suggestion changes the agreement's record: refused, like any change, while the agreement is archived. */
function refuseArchived(agreement: Agreement): void {
  if (agreement.archived) throw new AppError('conflict', 'Gearchiveerde overeenkomsten kunt u niet wijzigen; zet haar eerst terug');
}

function loadOpen(deps: AppDeps, agreementId: number, suggestionId: number): SuggestionWithDocument {
  const row = findSuggestion(deps.db, agreementId, suggestionId);
  if (!row) throw new AppError('not_found', `Voorstel ${suggestionId} bestaat niet bij deze overeenkomst`);
  if (row.state !== 'open') throw new AppError('conflict', row.state === 'accepted' ? 'Dit voorstel is al overgenomen' : 'Dit voorstel is al afgewezen');
  return row;
}

function recordDecision(tx: Tx, ctx: RequestContext, row: SuggestionWithDocument, state: 'accepted' | 'rejected' | 'open', now: string): void {
  if (state === 'open' ? !reopenRow(tx, row.id) : !decideSuggestion(tx, row.id, state, ctx.user!.id, now)) {
    throw new AppError('conflict', state === 'open' ? 'Dit voorstel staat al open' : 'Over dit voorstel is intussen al beslist');
  }
  const s = presentSuggestion(row);
  recordAudit(tx, {
    at: now,
    ...actorOf(ctx),
    entityType: 'agreement_suggestion',
    entityId: row.id,
    action: state === 'accepted' ? 'accept' : state === 'rejected' ? 'reject' : 'reopen',
    // Names the agreement (its history shows the event), the document, page and quote the value came from.
    after: {
      agreementId: row.agreementId,
      field: s.field,
      value: s.value,
      documentId: s.documentId,
      documentTitle: s.documentTitle,
      version: s.version,
      page: s.page,
      quote: s.quote,
    },
    requestId: ctx.requestId,
  });
}

/**
 * Applies an open suggestion through the normal agreement update (version
 * check, lifecycle recomputed, the update's audit event) and marks it accepted
 * with an audit event naming the document, page and quote — one transaction.
 */
export function acceptSuggestion(
  deps: AppDeps,
  ctx: RequestContext,
  ids: { agreementId: number; suggestionId: number },
  input: AcceptSuggestionInput,
  ifMatchVersion: number | undefined,
): { agreement: Agreement; suggestion: Suggestion } {
  const current = getAgreement(deps, ctx, ids.agreementId);
  refuseArchived(current);
  const row = loadOpen(deps, ids.agreementId, ids.suggestionId);
  const field = row.field as SuggestionField;
  const value = JSON.parse(row.value) as SuggestedFacts[typeof field];
  if (field === 'signedDate' && !current.parties.length) {
    throw new AppError('conflict', 'Deze overeenkomst heeft geen partijen om een datum van ondertekening bij te zetten; voeg eerst de partijen toe');
  }
  const update = { ...updateForSuggestion(current, field, value), ...(input.version !== undefined ? { version: input.version } : {}) };
  const agreement = updateAgreement(deps, ctx, ids.agreementId, update, ifMatchVersion, (tx, now) => recordDecision(tx, ctx, row, 'accepted', now));
  return { agreement, suggestion: { ...presentSuggestion(row), state: 'accepted' } };
}

/** Marks an open suggestion rejected, with its audit event; the agreement is not touched. */
export function rejectSuggestion(deps: AppDeps, ctx: RequestContext, ids: { agreementId: number; suggestionId: number }): Suggestion {
  refuseArchived(getAgreement(deps, ctx, ids.agreementId));
  const row = loadOpen(deps, ids.agreementId, ids.suggestionId);
  const now = deps.clock.now().toISOString();
  deps.db.transaction((tx) => recordDecision(tx, ctx, row, 'rejected', now));
  return { ...presentSuggestion(row), state: 'rejected' };
}

/**
 * Puts an accepted or rejected suggestion back to open (the undo of a
 * decision), with its audit event. The agreement is not touched: undoing an
 * accepted value is an ordinary update of the agreement.
 */
export function reopenSuggestion(deps: AppDeps, ctx: RequestContext, ids: { agreementId: number; suggestionId: number }): Suggestion {
  refuseArchived(getAgreement(deps, ctx, ids.agreementId));
  const row = findSuggestion(deps.db, ids.agreementId, ids.suggestionId);
  if (!row) throw new AppError('not_found', `Voorstel ${ids.suggestionId} bestaat niet bij deze overeenkomst`);
  if (row.state === 'open') throw new AppError('conflict', 'Dit voorstel staat al open');
  const now = deps.clock.now().toISOString();
  deps.db.transaction((tx) => recordDecision(tx, ctx, row, 'open', now));
  return { ...presentSuggestion(row), state: 'open' };
}
