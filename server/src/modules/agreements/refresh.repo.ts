import type { LifecycleInput } from '@akkoord/shared/lifecycle/compute-lifecycle';
import type { Db } from '../../db/client.ts';
import { prepared } from '../../db/statements.ts';
import type { DerivedColumns } from './lifecycle-columns.ts';

/*
 * The whole-register refresh (refreshDerived) reads every agreement daily and
 * after a rule change. better-sqlite3 builds a JS value per column and row; here
 * SQLite packs each chunk into one JSON text (json_group_array of json_array)
 * that a single JSON.parse turns into arrays, about a third cheaper, and the
 * alert lead days arrive already parsed. Only the columns the refresh uses are
 * read (no title: stored alerts do not carry it).
 */

/** One agreement as the whole-register refresh sees it: what alerts carry, the lifecycle facts, the stored derived columns. */
export interface RefreshRecord {
  id: number;
  collaborationId: number | null;
  ownerName: string | null;
  ownerEmail: string | null;
  archived: boolean;
  lifecycle: LifecycleInput;
  stored: DerivedColumns;
}

const COLUMNS = [
  'id',
  'collaboration_id',
  'owner_name',
  'owner_email',
  'archived_at is not null',
  'start_date',
  'end_date',
  'term_kind',
  'initial_term_months',
  'notice_period_value',
  'notice_period_unit',
  'tacit_renewal',
  'renewal_period_value',
  'renewal_period_unit',
  'max_renewals',
  'review_date',
  'workflow_state',
  'notice_given_date',
  'termination_date',
  'json(alert_lead_days)',
  'status',
  'current_term_start',
  'current_term_end',
  'notice_deadline',
  'next_review_date',
  'window_start_day',
  'window_end_day',
  'next_deadline_day',
  'computed_on',
  'decision',
];

const CHUNK_SQL = `select json_group_array(json_array(${COLUMNS.join(', ')})) from (select * from agreements where id > ? and id <= ? order by id limit ?)`;

type Cell = string | number | null;
type Period = LifecycleInput['noticePeriod'];

const periodOf = (value: Cell, unit: Cell): Period => (value !== null && unit ? ({ value, unit } as Period) : null);

function recordOf(r: Cell[]): RefreshRecord {
  return {
    id: r[0] as number,
    collaborationId: r[1] as number | null,
    ownerName: r[2] as string | null,
    ownerEmail: r[3] as string | null,
    archived: r[4] === 1,
    lifecycle: {
      startDate: r[5] as string | null,
      endDate: r[6] as string | null,
      termKind: r[7] as LifecycleInput['termKind'],
      initialTermMonths: r[8] as number | null,
      noticePeriod: periodOf(r[9]!, r[10]!),
      tacitRenewal: r[11] === null ? null : r[11] === 1,
      renewalPeriod: periodOf(r[12]!, r[13]!),
      maxRenewals: r[14] as number | null,
      reviewDate: r[15] as string | null,
      workflowState: r[16] as LifecycleInput['workflowState'],
      noticeGivenDate: r[17] as string | null,
      terminationDate: r[18] as string | null,
      alertLeadDays: r[19] as unknown as number[] | null,
      decision: r[29] as LifecycleInput['decision'],
    },
    stored: {
      status: r[20] as string,
      currentTermStart: r[21] as string | null,
      currentTermEnd: r[22] as string | null,
      noticeDeadline: r[23] as string | null,
      nextReviewDate: r[24] as string | null,
      windowStartDay: r[25] as string | null,
      windowEndDay: r[26] as string | null,
      nextDeadlineDay: r[27] as string | null,
      computedOn: r[28] as string | null,
    },
  };
}

/** Every agreement (archived ones too; or those with an id in (after, upTo]), in id order, `size` at a time. */
export function* readRefreshChunks(db: Db, size: number, ids: { after: number; upTo: number } = { after: 0, upTo: Number.MAX_SAFE_INTEGER }): Generator<RefreshRecord[]> {
  const stmt = prepared(db, CHUNK_SQL).pluck(true);
  let last = ids.after;
  for (;;) {
    const rows = (JSON.parse(stmt.get(last, ids.upTo, size) as string) as Cell[][]).map(recordOf);
    if (!rows.length) return;
    yield rows;
    last = rows[rows.length - 1]!.id;
  }
}

/**
 * Marks agreements whose derived columns are unchanged as computed on `on`
 * (most agreements, most days): one statement, and no index or chain trigger
 * involves computed_on.
 */
export function writeComputedOn(db: Db, ids: number[], on: string): void {
  if (ids.length) prepared(db, 'update agreements set computed_on = ? where id in (select value from json_each(?))').run(on, JSON.stringify(ids));
}

/**
 * Stores an agreement's derived lifecycle columns without touching its version
 * (they are not user edits). The alert_dirty triggers ignore such a write
 * unless current_term_end changes (chain rules read it; migration 0008).
 */
export function writeDerivedColumns(db: Db, id: number, d: DerivedColumns): void {
  prepared(
    db,
    `update agreements set status = ?, current_term_start = ?, current_term_end = ?, notice_deadline = ?, next_review_date = ?,
       window_start_day = ?, window_end_day = ?, next_deadline_day = ?, computed_on = ? where id = ?`,
  ).run(d.status, d.currentTermStart, d.currentTermEnd, d.noticeDeadline, d.nextReviewDate, d.windowStartDay, d.windowEndDay, d.nextDeadlineDay, d.computedOn, id);
}
