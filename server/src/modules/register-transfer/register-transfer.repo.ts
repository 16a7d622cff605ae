import { asc, count, gt, inArray } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { RegisterTransferSection } from '@akkoord/shared/schemas/register-transfer';
import type { Db, Tx } from '../../db/client.ts';
import {
  agreementParties,
  agreementRelations,
  agreements,
  collaborationMembers,
  collaborations,
  documents,
  documentVersions,
  fundingLines,
  organisations,
  users,
} from '../../db/schema/index.ts';

/** The table behind each section of the JSON register (decision 052). */
const TABLES = {
  organisations,
  collaborations,
  collaborationMembers,
  fundingLines,
  agreements,
  agreementParties,
  agreementRelations,
  documents,
  documentVersions,
} satisfies Record<RegisterTransferSection, SQLiteTable & { id: unknown }>;

type Row = Record<string, unknown>;
const CHUNK = 1000;

/** The e-mail address of each account id (documents name accounts by address in the export). */
function emailsById(db: Db, ids: number[]): Map<number, string> {
  if (!ids.length) return new Map();
  const rows = db.select({ id: users.id, email: users.email }).from(users).where(inArray(users.id, ids)).all();
  return new Map(rows.map((r) => [r.id, r.email]));
}

/** A stored document row in the export's shape: accounts by e-mail address. */
function documentsOut(db: Db, rows: (typeof documents.$inferSelect)[]): Row[] {
  const emails = emailsById(db, [...new Set(rows.flatMap((r) => [r.createdBy, r.archivedBy]).filter((v): v is number => v !== null))]);
  return rows.map((r) => ({ ...r, createdBy: emails.get(r.createdBy) ?? '', archivedBy: r.archivedBy === null ? null : (emails.get(r.archivedBy) ?? '') }));
}

/** A stored version in the export's shape: the uploader by e-mail, no text-extraction state (it is redone on the new instance). */
function versionsOut(db: Db, rows: (typeof documentVersions.$inferSelect)[]): Row[] {
  const emails = emailsById(db, [...new Set(rows.map((r) => r.uploadedBy))]);
  return rows.map(({ textStatus: _s, textReason: _r, textExtractedAt: _e, ...r }) => ({ ...r, uploadedBy: emails.get(r.uploadedBy) ?? '' }));
}

/** A stored agreement in the export's shape: without its retention rule (the selection list is not exported) or who set a hold (an account id). */
function agreementsOut(rows: (typeof agreements.$inferSelect)[]): Row[] {
  return rows.map(({ retentionRuleId: _rule, legalHoldBy: _by, ...r }) => r);
}

/** Every row of a section in id order, a chunk at a time (the export streams them; memory holds one chunk). */
export function* iterateSection(db: Db, section: RegisterTransferSection): Generator<Row[]> {
  const table = TABLES[section];
  let last = 0;
  for (;;) {
    const rows = db.select().from(table).where(gt(table.id, last)).orderBy(asc(table.id)).limit(CHUNK).all() as Row[];
    if (!rows.length) return;
    if (section === 'documents') yield documentsOut(db, rows as (typeof documents.$inferSelect)[]);
    else if (section === 'documentVersions') yield versionsOut(db, rows as (typeof documentVersions.$inferSelect)[]);
    else if (section === 'agreements') yield agreementsOut(rows as (typeof agreements.$inferSelect)[]);
    else yield rows;
    last = rows[rows.length - 1]!.id as number;
  }
}

/** Whether the register holds anything: an organisation, a collaboration or an agreement. */
export function isRegisterEmpty(db: Db | Tx): boolean {
  for (const table of [organisations, collaborations, agreements]) {
    if ((db.select({ n: count() }).from(table).get()?.n ?? 0) > 0) return false;
  }
  return true;
}

/** The ids of the accounts with these e-mail addresses (case-insensitive). */
export function findAccountIdsByEmail(db: Db | Tx, emails: string[]): Map<string, number> {
  const wanted = new Set(emails.map((e) => e.toLowerCase()));
  const found = new Map<string, number>();
  for (const u of db.select({ id: users.id, email: users.email }).from(users).all()) if (wanted.has(u.email.toLowerCase())) found.set(u.email.toLowerCase(), u.id);
  return found;
}

/** Inserts a section's rows as they are, ids included, in chunks that stay under SQLite's variable limit. */
export function insertSection(tx: Tx, section: RegisterTransferSection, rows: readonly Row[]): void {
  const table = TABLES[section];
  const columns = rows[0] ? Object.keys(rows[0]).length : 1;
  const per = Math.max(1, Math.floor(30_000 / columns));
  for (let i = 0; i < rows.length; i += per)
    tx.insert(table)
      .values(rows.slice(i, i + per) as never)
      .run();
}
