import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase, type Db } from '../../db/client.ts';

// The lifecycle columns the refresh derives; writing them alone must not mark an agreement dirty
// (current_term_end is not among them: the chain rules read it).
const DERIVED = ['status', 'current_term_start', 'notice_deadline', 'next_review_date', 'window_start_day', 'window_end_day', 'next_deadline_day', 'computed_on'];

let db: Db;
const ids: Record<'cover' | 'covered' | 'loose', number> = { cover: 0, covered: 0, loose: 0 };
beforeAll(() => {
  db = openDatabase(':memory:');
  const insert = db.$client.prepare("insert into agreements (type, title, end_date, current_term_end, status) values ('processor', ?, '2026-12-31', '2026-12-31', 'active')");
  for (const name of Object.keys(ids) as (keyof typeof ids)[]) ids[name] = Number(insert.run(name).lastInsertRowid);
  db.$client.prepare("insert into agreement_relations (source_id, kind, target_id, created_at) values (?, 'covers', ?, '2026-01-01')").run(ids.cover, ids.covered);
});
afterAll(() => closeDatabase(db));
beforeEach(() => db.$client.prepare('delete from alert_dirty').run());

const dirty = () => (db.$client.prepare('select agreement_id from alert_dirty order by agreement_id').pluck().all() as number[]).sort((a, b) => a - b);
const update = (id: number, column: string, value: unknown) => db.$client.prepare(`update agreements set ${column} = ? where id = ?`).run(value, id);

describe('alert_dirty triggers on agreements', () => {
  it('list every column but the derived ones, so a new column cannot be forgotten', () => {
    const trigger = db.$client.prepare("select sql from sqlite_master where name = 'alert_dirty_agreement_update'").pluck().get() as string;
    const columns = db.$client.prepare("select name from pragma_table_info('agreements')").pluck().all() as string[];
    for (const column of columns) {
      const listed = trigger.includes(`OLD.\`${column}\` IS NOT NEW.\`${column}\``);
      expect({ column, listed }).toEqual({ column, listed: !DERIVED.includes(column) });
    }
  });

  it('ignore a write of the derived columns, even when their values change', () => {
    db.$client
      .prepare(
        `update agreements set status = 'expiring', current_term_start = '2026-01-01', current_term_end = current_term_end, notice_deadline = '2026-09-30',
           next_review_date = '2026-10-01', window_start_day = '2026-01-01', window_end_day = '2027-12-31', next_deadline_day = '2026-09-30', computed_on = '2026-09-24'`,
      )
      .run();
    expect(dirty()).toEqual([]);
  });

  it('mark the agreement whose facts change, and not its neighbours unless the chain rules read that fact', () => {
    update(ids.cover, 'notice_period_value', 3);
    update(ids.loose, 'notes', 'een notitie');
    expect(dirty()).toEqual([ids.cover, ids.loose]);
  });

  it('mark nothing when a write leaves every value as it was', () => {
    update(ids.cover, 'title', 'cover');
    update(ids.cover, 'current_term_end', '2026-12-31');
    expect(dirty()).toEqual([]);
  });

  it('mark the agreement and its chain neighbours when its current term end moves (a tacit renewal rolls over)', () => {
    update(ids.cover, 'current_term_end', '2027-12-31');
    expect(dirty()).toEqual([ids.cover, ids.covered]);
  });
});
