import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { agreementParties, agreementRelations, agreements, collaborationMembers, collaborations, fundingLines, organisations, settings } from '../db/schema/index.ts';
import { recordAudit } from '../modules/audit/audit.repo.ts';
import { deriveColumns } from '../modules/agreements/lifecycle-columns.ts';
import { AGREEMENTS, COLLABORATIONS, ORGANISATIONS, REGISTER_VERSION, RELATIONS, SOURCE } from './twente-register.ts';

const MARKER = 'register.twente';

export interface LoadResult {
  loaded: boolean;
  inserted: { organisations: number; collaborations: number; agreements: number; relations: number };
}

/**
 * Loads the Twente register into an empty database, once. Every insert is
 * "if missing" by natural key, and a marker records the load, so running it
 * again changes nothing and never overwrites a user's later edits.
 */
export function loadTwenteRegister(db: Db, opts: { now: string; today: string; force?: boolean }): LoadResult {
  const inserted = { organisations: 0, collaborations: 0, agreements: 0, relations: 0 };
  const already = db.select().from(settings).where(eq(settings.key, MARKER)).get();
  if (already && !opts.force) return { loaded: false, inserted };

  db.transaction((tx) => {
    const orgId = new Map<string, number>();
    for (const o of ORGANISATIONS) {
      const existing = tx.select({ id: organisations.id }).from(organisations).where(eq(organisations.key, o.key)).get();
      if (existing) {
        orgId.set(o.key, existing.id);
        continue;
      }
      const row = tx
        .insert(organisations)
        .values({
          key: o.key,
          name: o.name,
          shortName: o.shortName ?? null,
          kind: o.kind,
          cbsCode: o.cbsCode ?? null,
          notes: o.notes ?? null,
          createdAt: opts.now,
          updatedAt: opts.now,
        })
        .returning({ id: organisations.id })
        .get();
      orgId.set(o.key, row.id);
      inserted.organisations++;
    }
    const collabId = new Map<string, number>();
    for (const c of COLLABORATIONS) {
      const existing = tx.select({ id: collaborations.id }).from(collaborations).where(eq(collaborations.code, c.code)).get();
      if (existing) {
        collabId.set(c.code, existing.id);
        continue;
      }
      const id = tx
        .insert(collaborations)
        .values({
          code: c.code,
          name: c.name,
          purpose: c.purpose,
          foundedYear: c.foundedYear,
          foundedNote: c.foundedNote,
          hostedByVrtSince: c.hostedByVrtSince,
          capacityFte: c.capacityFte,
          capacityNote: c.capacityNote,
          budgetCents: c.budgetCents,
          fundingNote: c.fundingNote,
          agreementsNote: c.agreementsNote,
          legalBasis: c.legalBasis,
          source: `${SOURCE}, kolom ${c.code}`,
          createdAt: opts.now,
          updatedAt: opts.now,
        })
        .returning({ id: collaborations.id })
        .get().id;
      collabId.set(c.code, id);
      inserted.collaborations++;
      c.funding.forEach((f, position) => {
        tx.insert(fundingLines)
          .values({
            collaborationId: id,
            position,
            kind: f.kind,
            source: f.source,
            amountCents: f.amountCents,
            ratePerInhabitantCents: f.ratePerInhabitantCents,
            note: f.note ?? null,
          })
          .run();
      });
      for (const m of c.members) {
        tx.insert(collaborationMembers)
          .values({ collaborationId: id, organisationId: orgId.get(m.org)!, role: m.role, note: m.note ?? null })
          .onConflictDoNothing()
          .run();
      }
    }
    for (const c of COLLABORATIONS) {
      if (c.parent)
        tx.update(collaborations)
          .set({ parentId: collabId.get(c.parent)! })
          .where(eq(collaborations.code, c.code))
          .run();
    }
    const agreementId = new Map<string, number>();
    for (const a of AGREEMENTS) {
      const existing = tx.select({ id: agreements.id }).from(agreements).where(eq(agreements.seedKey, a.key)).get();
      if (existing) {
        agreementId.set(a.key, existing.id);
        continue;
      }
      const id = tx
        .insert(agreements)
        .values({
          seedKey: a.key,
          type: a.type,
          title: a.title,
          collaborationId: collabId.get(a.collaboration)!,
          legalRegime: a.legalRegime,
          startDate: a.startDate,
          notes: a.notes ?? null,
          source: a.sourceText,
          workflowState: 'active',
          createdAt: opts.now,
          updatedAt: opts.now,
        })
        .returning({ id: agreements.id })
        .get().id;
      agreementId.set(a.key, id);
      inserted.agreements++;
      for (const p of a.parties) {
        tx.insert(agreementParties)
          .values({ agreementId: id, organisationId: orgId.get(p.org)!, role: p.role, basis: p.basis })
          .run();
      }
      const row = tx.select().from(agreements).where(eq(agreements.id, id)).get()!;
      tx.update(agreements).set(deriveColumns(row, opts.today)).where(eq(agreements.id, id)).run();
    }
    for (const r of RELATIONS) {
      const result = tx
        .insert(agreementRelations)
        .values({ sourceId: agreementId.get(r.source)!, kind: r.kind, targetId: agreementId.get(r.target)!, note: r.note, createdAt: opts.now })
        .onConflictDoNothing()
        .run();
      inserted.relations += result.changes;
    }
    tx.insert(settings)
      .values({ key: MARKER, value: { version: REGISTER_VERSION, loadedAt: opts.now }, updatedAt: opts.now })
      .onConflictDoUpdate({ target: settings.key, set: { value: { version: REGISTER_VERSION, loadedAt: opts.now }, updatedAt: opts.now } })
      .run();
    recordAudit(tx, {
      at: opts.now,
      actorId: null,
      actorLabel: 'systeem',
      entityType: 'register',
      entityId: 'twente',
      action: 'load',
      after: { version: REGISTER_VERSION, inserted },
    });
  });
  return { loaded: true, inserted };
}
