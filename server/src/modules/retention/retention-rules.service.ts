import { findRuleProblems, type CreateRetentionRuleInput, type RetentionRule, type UpdateRetentionRuleInput } from '@akkoord/shared/schemas/retention';
import type { AppDeps } from '../../deps.ts';
import { actorOf, type RequestContext } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { recordAudit } from '../audit/audit.repo.ts';
import { presentRetentionRule } from './retention-rules.presenter.ts';
import {
  countAgreementsWithRule,
  deleteRetentionRuleRow,
  findRetentionRule,
  findRuleByCode,
  insertRetentionRule,
  listRetentionRules,
  replaceDefaultsOf,
  updateRetentionRuleRow,
} from './retention-rules.repo.ts';

/** The selection list, by code. */
export function listRules(deps: AppDeps): RetentionRule[] {
  return listRetentionRules(deps.db).map(presentRetentionRule);
}

function ruleOf(deps: AppDeps, id: number): RetentionRule {
  const r = listRetentionRules(deps.db).find((x) => x.id === id);
  if (!r) throw new AppError('not_found', `Bewaarregel ${id} bestaat niet`);
  return presentRetentionRule(r);
}

function refuseTakenCode(deps: AppDeps, code: string, ownId?: number): void {
  const other = findRuleByCode(deps.db, code);
  if (other && other.id !== ownId) {
    throw new AppError('conflict', `Er is al een bewaarregel met code ${code}`, { errors: [{ field: 'body.code', message: 'Deze code bestaat al' }] });
  }
}

/** Adds a rule to the selection list (admins), with its audit event. */
export function createRule(deps: AppDeps, ctx: RequestContext, input: CreateRetentionRuleInput): RetentionRule {
  refuseTakenCode(deps, input.code);
  const now = deps.clock.now().toISOString();
  const id = deps.db.transaction((tx) => {
    const newId = insertRetentionRule(tx, {
      code: input.code,
      description: input.description,
      action: input.action,
      years: input.action === 'destroy' ? (input.years ?? null) : null,
      legalBasis: input.legalBasis,
      createdAt: now,
      updatedAt: now,
    });
    if (input.defaultForTypes) replaceDefaultsOf(tx, newId, [...new Set(input.defaultForTypes)]);
    recordAudit(tx, { at: now, ...actorOf(ctx), entityType: 'retention_rule', entityId: newId, action: 'create', after: input, requestId: ctx.requestId });
    return newId;
  });
  return ruleOf(deps, id);
}

/**
 * Changes a rule (admins). Agreements that have it follow the change: their destruction date is computed
 * from the rule as it is now (decision 062); the audit event keeps what it was.
 */
export function updateRule(deps: AppDeps, ctx: RequestContext, id: number, input: UpdateRetentionRuleInput): RetentionRule {
  const stored = findRetentionRule(deps.db, id);
  if (!stored) throw new AppError('not_found', `Bewaarregel ${id} bestaat niet`);
  if (input.code !== undefined) refuseTakenCode(deps, input.code, id);
  const action = input.action ?? (stored.action as 'keep' | 'destroy');
  const years = action === 'keep' ? (input.years ?? null) : input.years !== undefined ? input.years : stored.years;
  const problems = findRuleProblems({ action, years });
  if (problems.length)
    throw new AppError('validation_failed', 'Een of meer velden kloppen niet', { errors: problems.map((p) => ({ field: `body.${p.field}`, message: p.message })) });
  const before = ruleOf(deps, id);
  const now = deps.clock.now().toISOString();
  deps.db.transaction((tx) => {
    updateRetentionRuleRow(tx, id, {
      ...(input.code !== undefined ? { code: input.code } : {}),
      ...(input.description !== undefined ? { description: input.description } : {}),
      ...(input.legalBasis !== undefined ? { legalBasis: input.legalBasis } : {}),
      action,
      years,
      updatedAt: now,
    });
    if (input.defaultForTypes) replaceDefaultsOf(tx, id, [...new Set(input.defaultForTypes)]);
    recordAudit(tx, { at: now, ...actorOf(ctx), entityType: 'retention_rule', entityId: id, action: 'update', before, after: ruleOf(deps, id), requestId: ctx.requestId });
  });
  return ruleOf(deps, id);
}

/** Removes a rule no agreement has (admins); a rule in use answers 409 and stays. */
export function deleteRule(deps: AppDeps, ctx: RequestContext, id: number): void {
  const before = ruleOf(deps, id);
  const inUse = countAgreementsWithRule(deps.db, id);
  if (inUse > 0) throw new AppError('conflict', `${inUse} overeenkomst(en) hebben deze bewaarregel; kies voor hen eerst een andere regel`);
  const now = deps.clock.now().toISOString();
  deps.db.transaction((tx) => {
    replaceDefaultsOf(tx, id, []);
    deleteRetentionRuleRow(tx, id);
    recordAudit(tx, { at: now, ...actorOf(ctx), entityType: 'retention_rule', entityId: id, action: 'delete', before, requestId: ctx.requestId });
  });
}
