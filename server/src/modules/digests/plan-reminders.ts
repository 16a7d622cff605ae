import { addDays } from '@akkoord/shared/dates/calendar-day';
import type { DeadlineKind, PreviewMessage, ReminderRules } from '@akkoord/shared/schemas/reminders';
import type { AppDeps } from '../../deps.ts';
import { refreshDerived } from '../alerts/refresh-derived.ts';
import { findIdsWithSuccessor } from '../alerts/alert-store.repo.ts';
import { assembleDigests, previewDigests } from './assemble-digests.ts';
import { CollaborationTree } from '../reminder-addresses/collaboration-reach.ts';
import { findDueDeadlines, type DueDeadline } from '../reminder-rules/due-deadlines.ts';
import { RecipientVisibility } from '../reminder-addresses/recipient-visibility.ts';
import { findCollaborationTree, findFollowsForPlanning, findTeamAddresses, findUserDeputies, type RecipientRow } from '../reminder-addresses/recipients.repo.ts';
import type { RecipientReason, ReminderPayload } from './reminder-payload.ts';
import { effectiveRules, loadGlobalRules } from '../reminder-rules/reminder-rules.ts';
import {
  findAcknowledgedKeys,
  findAlertStatesForPlanning,
  findAllAgreementRules,
  findMaxAgreementLeadDays,
  findPlannedKeys,
  findPlanningCandidates,
  hasStaleDerived,
  insertItemIfNew,
  iterateLiveAgreements,
  type AgreementRuleRow,
  type PlanningRow,
  type ReminderItemRow,
} from '../reminder-rules/reminders.repo.ts';

export interface PlanOutcome {
  on: string;
  reminders: number;
  messages: number;
  byKind: Record<DeadlineKind, number>;
  skipped: { acknowledged: number; handled: number; muted: number; noRecipient: number };
  candidates: number;
  /** A dry run's e-mails (null after a real run). */
  preview: PreviewMessage[] | null;
}

type NewItem = Parameters<typeof insertItemIfNew>[1];

/** Where planned reminders go: the outbox (a run), or memory (a dry run, which writes nothing). */
interface ItemSink {
  /** False when the reminder exists already (its key: agreement, deadline, offset, recipient). */
  add(item: NewItem): boolean;
  /** Groups what was added into e-mails: the number written (or that would be), and a dry run's e-mails. */
  finish(on: string): { messages: number; preview: PreviewMessage[] | null };
}

function outboxSink(deps: AppDeps): ItemSink {
  return {
    add: (item) => insertItemIfNew(deps.db, item),
    finish: (on) => ({ messages: assembleDigests(deps, on), preview: null }),
  };
}

function previewSink(deps: AppDeps): ItemSink {
  const items = new Map<string, ReminderItemRow>();
  return {
    add: (item) => {
      const key = `${item.agreementId}|${item.deadlineKind}|${item.deadlineDay}|${item.offsetDays}|${item.recipientEmail}`;
      if (items.has(key)) return false;
      // Never stored: ids below zero so that nothing could mistake one for a row.
      items.set(key, { ...item, deadlineKind: item.deadlineKind as DeadlineKind, id: -(items.size + 1), outboxId: null });
      return true;
    },
    finish: (on) => {
      const preview = previewDigests(deps, on, [...items.values()]);
      return { messages: preview.length, preview };
    },
  };
}

/** Who is reached through following and team addresses, loaded once per chunk. */
interface Audience {
  byAgreement: Map<number, string[]>;
  byCollaboration: Map<number, string[]>;
  tree: CollaborationTree;
  teamAddress: Map<number, RecipientRow>;
  /** Deputies accounts name for themselves (owner's account e-mail → deputy). */
  userDeputy: Map<string, string>;
  /** What each address may see now (an account's current collaboration scope). */
  visibility: RecipientVisibility;
}

const normalise = (email: string | null | undefined) => (email ? email.trim().toLowerCase() : null);

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Every address that should hear about a deadline of this agreement, with
 * why: the owner, followers of the agreement and of its collaboration, and
 * on escalation the deputy (the agreement's, else the one the owner's
 * account names) or else the collaboration's team address. An account whose
 * collaborations no longer include the agreement hears nothing of it, in
 * whatever role; escalation then goes to the next who may see it.
 */
function recipientsFor(
  row: PlanningRow,
  due: DueDeadline,
  rules: ReminderRules,
  acknowledged: boolean,
  audience: Audience,
): { to: Map<string, RecipientReason[]>; escalatedTo: string | null } {
  const to = new Map<string, RecipientReason[]>();
  const maySee = (email: string) => audience.visibility.ofEmail(email).canSee(row.collaborationCode);
  const add = (email: string | null, reason: RecipientReason) => {
    if (!email || !maySee(email)) return;
    const reasons = to.get(email) ?? [];
    if (!reasons.includes(reason)) reasons.push(reason);
    to.set(email, reasons);
  };
  add(normalise(row.ownerEmail), 'owner');
  for (const email of audience.byAgreement.get(row.id) ?? []) add(email, 'follower');
  for (const c of audience.tree.reach(row.collaborationId)) for (const email of audience.byCollaboration.get(c) ?? []) add(email, 'collaboration_follower');
  let escalatedTo: string | null = null;
  if (due.kind === 'notice_deadline' && !acknowledged && rules.escalationDays > 0 && due.daysLeft <= rules.escalationDays) {
    const owner = normalise(row.ownerEmail);
    const deputy = normalise(row.deputyEmail) ?? (owner ? (audience.userDeputy.get(owner) ?? null) : null);
    if (deputy && maySee(deputy)) {
      add(deputy, 'deputy');
      escalatedTo = deputy;
    } else {
      const team = audience.tree
        .lineage(row.collaborationId)
        .map((c) => audience.teamAddress.get(c))
        .find((r) => r !== undefined && maySee(r.email));
      if (team) {
        add(team.email, 'team_address');
        escalatedTo = team.email;
      }
    }
  }
  return { to, escalatedTo };
}

function loadAudience(deps: AppDeps, chunk: PlanningRow[]): Audience {
  const agreementIds = chunk.map((r) => r.id);
  const owners = [...new Set(chunk.map((r) => normalise(r.ownerEmail)).filter((e): e is string => e !== null))];
  const byAgreement = new Map<number, string[]>();
  const byCollaboration = new Map<number, string[]>();
  for (const f of findFollowsForPlanning(deps.db, agreementIds)) push(f.subjectKind === 'agreement' ? byAgreement : byCollaboration, f.subjectId, f.email);
  return {
    byAgreement,
    byCollaboration,
    tree: new CollaborationTree(findCollaborationTree(deps.db)),
    teamAddress: findTeamAddresses(deps.db),
    userDeputy: findUserDeputies(deps.db, owners),
    visibility: new RecipientVisibility(deps.db),
  };
}

function horizonDays(global: ReminderRules, own: Map<number, AgreementRuleRow>, maxAgreementLead: number): number {
  let max = Math.max(0, maxAgreementLead, ...global.noticeOffsets, ...global.termEndOffsets, ...global.reviewOffsets);
  for (const r of own.values()) max = Math.max(max, ...(r.noticeOffsets ?? []), ...(r.termEndOffsets ?? []), ...(r.reviewOffsets ?? []));
  return max;
}

/**
 * Candidate agreements: from the stored next-deadline column when it is for `on`, else every live agreement. A dry
 * run refreshes no stale column (it writes nothing): it reads every live agreement instead.
 */
function* candidateChunks(deps: AppDeps, on: string, horizon: number, dryRun: boolean): Generator<PlanningRow[]> {
  if (on === deps.clock.today() && !(dryRun && hasStaleDerived(deps.db, on))) {
    if (hasStaleDerived(deps.db, on)) refreshDerived(deps, { on, onlyStale: true });
    const rows = findPlanningCandidates(deps.db, on, addDays(on, horizon));
    for (let i = 0; i < rows.length; i += 5000) yield rows.slice(i, i + 5000);
    return;
  }
  yield* iterateLiveAgreements(deps.db);
}

/**
 * Works out every reminder due on `on` and writes it to the outbox: one row
 * per agreement × deadline × offset × recipient (a key that exists is never
 * queued again), then groups new rows into each recipient's digest of the
 * day. Synchronous; each chunk is one transaction. With `dryRun` the same
 * decisions are made and answered as a preview of the e-mails, and nothing
 * is written (decision 032).
 */
export function planReminders(deps: AppDeps, on: string, opts: { dryRun?: boolean } = {}): PlanOutcome {
  const dryRun = opts.dryRun ?? false;
  const sink = dryRun ? previewSink(deps) : outboxSink(deps);
  const global = loadGlobalRules(deps.db);
  const own = findAllAgreementRules(deps.db);
  const horizon = horizonDays(global, own, findMaxAgreementLeadDays(deps.db));
  const out: PlanOutcome = {
    on,
    reminders: 0,
    messages: 0,
    byKind: { notice_deadline: 0, term_end: 0, review: 0 },
    skipped: { acknowledged: 0, handled: 0, muted: 0, noRecipient: 0 },
    candidates: 0,
    preview: null,
  };
  const now = deps.clock.now().toISOString();
  const alertStates = findAlertStatesForPlanning(deps.db, on);

  for (const chunk of candidateChunks(deps, on, horizon, dryRun)) {
    out.candidates += chunk.length;
    const ids = chunk.map((r) => r.id);
    const successors = findIdsWithSuccessor(deps.db, ids);
    const acknowledged = findAcknowledgedKeys(deps.db, ids);
    const audience = loadAudience(deps, chunk);
    const planned = findPlannedKeys(deps.db, ids);
    deps.db.transaction(() => {
      for (const row of chunk) {
        const rule = own.get(row.id);
        const rules = effectiveRules(global, rule, row.alertLeadDays ?? null);
        const { due, handled } = findDueDeadlines(row, on, rules, successors.has(row.id));
        out.skipped.handled += handled;
        if (!due.length) continue;
        if (rule?.muted) {
          out.skipped.muted += due.length;
          continue;
        }
        for (const d of due) {
          const deadlineKey = `${row.id}|${d.kind}|${d.day}`;
          const isAcknowledged = acknowledged.has(deadlineKey) || alertStates.acknowledged.has(deadlineKey);
          if (isAcknowledged) {
            out.skipped.acknowledged++;
            continue;
          }
          const { to, escalatedTo } = recipientsFor(row, d, rules, isAcknowledged, audience);
          if (!to.size) out.skipped.noRecipient++;
          for (const [email, reasons] of to) {
            if (alertStates.snoozed.has(`${email}|${deadlineKey}`)) continue;
            const payload: ReminderPayload = {
              title: row.title,
              reference: row.reference,
              collaborationCode: row.collaborationCode,
              ownerName: row.ownerName,
              ownerEmail: normalise(row.ownerEmail),
              deadline: d.value,
              latestDay: d.latest,
              explanation: d.explanation,
              reasons,
              escalation: escalatedTo ? { days: rules.escalationDays, to: escalatedTo } : null,
            };
            const isEscalation = reasons.includes('deputy') || reasons.includes('team_address');
            if (planned.has(`${row.id}|${d.kind}|${d.day}|${d.offset}|${email}`)) continue;
            if (
              sink.add({
                agreementId: row.id,
                deadlineKind: d.kind,
                deadlineDay: d.day,
                offsetDays: d.offset,
                recipientEmail: email,
                isEscalation,
                payload,
                plannedOn: on,
                createdAt: now,
              })
            ) {
              out.reminders++;
              out.byKind[d.kind]++;
            }
          }
        }
      }
    });
  }
  const finished = sink.finish(on);
  out.messages = finished.messages;
  out.preview = finished.preview;
  return out;
}
