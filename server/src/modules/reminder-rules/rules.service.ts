import type { AgreementReminderRule, DeadlineKind, ReminderRules, UpdateAgreementReminderRuleInput, UpdateReminderRulesInput } from '@akkoord/shared/schemas/reminders';
import type { AppDeps } from '../../deps.ts';
import { actorOf, type RequestContext } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { loadVisibleRow } from '../agreements/agreements.service.ts';
import { recordAudit } from '../audit/audit.repo.ts';
import { resolveSubject } from '../reminder-addresses/follows.service.ts';
import { findCollaborationByCode, findTeamAddresses, setTeamAddress } from '../reminder-addresses/recipients.repo.ts';
import { assertMayUseAddress, ensureAddressRecipient } from '../reminder-addresses/recipients.service.ts';
import { effectiveRules, loadGlobalRules, RULES_SETTING } from './reminder-rules.ts';
import { findAcknowledgementsOf, findAgreementRule, insertAcknowledgement, upsertAgreementRule, writeSetting } from './reminders.repo.ts';

/** The global reminder rules in force. */
export function getGlobalRules(deps: AppDeps): ReminderRules {
  return loadGlobalRules(deps.db);
}

/** Changes the global rules (settings) with an audit event. */
export function updateGlobalRules(deps: AppDeps, ctx: RequestContext, input: UpdateReminderRulesInput): ReminderRules {
  const before = loadGlobalRules(deps.db);
  const after: ReminderRules = { ...before, ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) };
  const at = deps.clock.now().toISOString();
  deps.db.transaction((tx) => {
    writeSetting(tx, RULES_SETTING, after, at);
    recordAudit(tx, { at, ...actorOf(ctx), entityType: 'settings', entityId: RULES_SETTING, action: 'update', before, after, requestId: ctx.requestId });
  });
  return after;
}

/** An agreement's own reminder rule and the rules in effect for it. */
export function getAgreementRule(deps: AppDeps, ctx: RequestContext, agreementId: number): AgreementReminderRule {
  const row = loadVisibleRow(deps, ctx, agreementId);
  const own = findAgreementRule(deps.db, agreementId);
  return {
    agreementId,
    noticeOffsets: own?.noticeOffsets ?? null,
    termEndOffsets: own?.termEndOffsets ?? null,
    reviewOffsets: own?.reviewOffsets ?? null,
    escalationDays: own?.escalationDays ?? null,
    muted: own?.muted ?? false,
    effective: effectiveRules(loadGlobalRules(deps.db), own, row.alertLeadDays ?? null),
  };
}

/** Sets (null clears) parts of an agreement's own reminder rule. */
export function updateAgreementRule(deps: AppDeps, ctx: RequestContext, agreementId: number, input: UpdateAgreementReminderRuleInput): AgreementReminderRule {
  loadVisibleRow(deps, ctx, agreementId);
  const before = findAgreementRule(deps.db, agreementId);
  const at = deps.clock.now().toISOString();
  const pick = <T>(v: T | undefined, old: T | null | undefined): T | null => (v === undefined ? (old ?? null) : v);
  const next = {
    agreementId,
    noticeOffsets: pick(input.noticeOffsets, before?.noticeOffsets),
    termEndOffsets: pick(input.termEndOffsets, before?.termEndOffsets),
    reviewOffsets: pick(input.reviewOffsets, before?.reviewOffsets),
    escalationDays: pick(input.escalationDays, before?.escalationDays),
    muted: input.muted ?? before?.muted ?? false,
    updatedAt: at,
  };
  deps.db.transaction((tx) => {
    upsertAgreementRule(tx, next);
    recordAudit(tx, {
      at,
      ...actorOf(ctx),
      entityType: 'agreement',
      entityId: agreementId,
      action: 'update_reminder_rule',
      before: before ?? null,
      after: next,
      requestId: ctx.requestId,
    });
  });
  return getAgreementRule(deps, ctx, agreementId);
}

/** Marks a deadline as seen and taken on: reminders and escalation for it stop. Idempotent. */
export function acknowledgeDeadline(deps: AppDeps, ctx: RequestContext, agreementId: number, kind: DeadlineKind, deadlineDay: string) {
  loadVisibleRow(deps, ctx, agreementId);
  const at = deps.clock.now().toISOString();
  const actor = actorOf(ctx);
  deps.db.transaction((tx) => {
    if (insertAcknowledgement(tx, { agreementId, deadlineKind: kind, deadlineDay, acknowledgedAt: at, actorId: actor.actorId, actorLabel: actor.actorLabel })) {
      recordAudit(tx, { at, ...actor, entityType: 'agreement', entityId: agreementId, action: 'acknowledge_deadline', after: { kind, deadlineDay }, requestId: ctx.requestId });
    }
  });
  return listAcknowledgements(deps, ctx, agreementId);
}

export function listAcknowledgements(deps: AppDeps, ctx: RequestContext, agreementId: number) {
  loadVisibleRow(deps, ctx, agreementId);
  return findAcknowledgementsOf(deps.db, agreementId).map((a) => ({
    agreementId: a.agreementId,
    kind: a.deadlineKind as DeadlineKind,
    deadlineDay: a.deadlineDay,
    acknowledgedAt: a.acknowledgedAt,
    acknowledgedBy: a.actorLabel,
  }));
}

/** The team address of a collaboration (escalations go there when an agreement has no deputy). */
export function getTeamAddress(deps: AppDeps, ctx: RequestContext, code: string) {
  const s = resolveSubject(deps, ctx, { kind: 'collaboration', code });
  const r = findTeamAddresses(deps.db).get(s.id);
  return { collaborationCode: s.label, email: r?.email ?? null, recipientId: r?.id ?? null };
}

/** Sets (or with null removes) a collaboration's team address: a plain address, within the caller's reach as for following. */
export function setCollaborationTeamAddress(deps: AppDeps, ctx: RequestContext, code: string, email: string | null) {
  const s = resolveSubject(deps, ctx, { kind: 'collaboration', code });
  if (!findCollaborationByCode(deps.db, s.label)) throw new AppError('not_found', `Samenwerkingsverband ${code} bestaat niet`);
  if (email !== null) assertMayUseAddress(deps, ctx, email, s.id);
  const before = findTeamAddresses(deps.db).get(s.id)?.email ?? null;
  const at = deps.clock.now().toISOString();
  deps.db.transaction((tx) => {
    const recipient = email === null ? null : ensureAddressRecipient(tx, email, { label: `Team ${s.label}` }, at);
    setTeamAddress(tx, s.id, recipient?.id ?? null, at);
    recordAudit(tx, {
      at,
      ...actorOf(ctx),
      entityType: 'collaboration',
      entityId: s.id,
      action: 'set_team_address',
      before: { email: before },
      after: { email: recipient?.email ?? null },
      requestId: ctx.requestId,
    });
  });
  return getTeamAddress(deps, ctx, code);
}
