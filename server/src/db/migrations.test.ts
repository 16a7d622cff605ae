import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeDatabase, MIGRATIONS_DIR, openDatabase } from './client.ts';

describe('migrations', () => {
  it('migrate an empty database to the latest schema, and again without change', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'akkoord-mig-'));
    const file = path.join(dir, 'a.db');
    const db = openDatabase(file);
    const tables = db.$client.prepare("select name from sqlite_master where type = 'table' order by name").pluck().all() as string[];
    expect(tables).toEqual(expect.arrayContaining(['agreements', 'agreement_parties', 'agreement_relations', 'organisations', 'collaborations', 'audit_events']));
    const journal = JSON.parse(fs.readFileSync(path.join(MIGRATIONS_DIR, 'meta/_journal.json'), 'utf8')) as { entries: unknown[] };
    const applied = db.$client.prepare('select count(*) from __drizzle_migrations').pluck().get();
    expect(applied).toBe(journal.entries.length);
    expect(db.$client.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.$client.pragma('foreign_keys', { simple: true })).toBe(1);
    closeDatabase(db);
    const again = openDatabase(file);
    expect(again.$client.prepare('select count(*) from __drizzle_migrations').pluck().get()).toBe(journal.entries.length);
    closeDatabase(again);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
