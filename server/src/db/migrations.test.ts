import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
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

describe('migration import_rows (decision 059)', () => {
  it('moves the rows of a batch uploaded before, one table row each, and drops the JSON column', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'akkoord-mig-'));
    const journal = JSON.parse(fs.readFileSync(path.join(MIGRATIONS_DIR, 'meta/_journal.json'), 'utf8')) as { entries: { tag: string }[] };
    const at = journal.entries.findIndex((e) => e.tag.endsWith('_import_rows'));
    expect(at).toBeGreaterThan(0);
    // The migrations up to the one before, in a folder of their own.
    const before = path.join(dir, 'migrations');
    fs.cpSync(MIGRATIONS_DIR, before, { recursive: true });
    fs.writeFileSync(path.join(before, 'meta/_journal.json'), JSON.stringify({ ...journal, entries: journal.entries.slice(0, at) }));
    const file = path.join(dir, 'a.db');
    const old = new Database(file);
    old.pragma('journal_mode = WAL');
    migrate(drizzle(old), { migrationsFolder: before });
    old.pragma('foreign_keys = OFF');
    old
      .prepare(
        `insert into import_batches (id, created_by, file_name, format, columns, rows, state, total, created_at) values (7, 1, 'lijst.csv', 'csv', ?, ?, 'mapped', 2, '2026-01-01T00:00:00Z')`,
      )
      .run(
        JSON.stringify(['Titel', 'Kenmerk']),
        JSON.stringify([
          { n: 2, c: ['Eén', 'A-1'] },
          { n: 4, c: ['Twee; "drie"', ''] },
        ]),
      );
    old.close();

    const db = openDatabase(file);
    expect(db.$client.prepare('select batch_id, n, cells from import_rows order by n').raw().all()).toEqual([
      [7, 2, '["Eén","A-1"]'],
      [7, 4, '["Twee; \\"drie\\"",""]'],
    ]);
    expect((db.$client.prepare('select name from pragma_table_info(?)').pluck().all('import_batches') as string[]).includes('rows')).toBe(false);
    closeDatabase(db);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
