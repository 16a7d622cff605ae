import type { RegisterExportRow } from '@akkoord/shared/csv/register-export-columns';
import type { ExportAgreementsQuery } from '@akkoord/shared/schemas/register-export';
import type { AppDeps } from '../../deps.ts';
import type { RequestContext } from '../../http/context.ts';
import { readRegisterExportRows, registerExportStatement, type Keyset } from '../agreements/agreements.repo.ts';
import { registerFilterOf } from '../agreements/agreements.service.ts';

/** Agreements per page: large enough that 100,000 take ~100 reads, small enough that a page is a few hundred kB. */
export const EXPORT_PAGE_ROWS = 1000;

const bool = (v: unknown): boolean | null => (v === null ? null : v === 1 || v === true);

/** A row of the export statement (`[id, sortValue, ...columns]`) as a {@link RegisterExportRow}. */
function toExportRow(r: unknown[]): RegisterExportRow {
  return {
    id: r[0] as number,
    title: r[2] as string,
    type: r[3] as RegisterExportRow['type'],
    collaborationCode: r[4] as string | null,
    reference: r[5] as string | null,
    legalRegime: r[6] as RegisterExportRow['legalRegime'],
    startDate: r[7] as string | null,
    endDate: r[8] as string | null,
    termKind: r[9] as RegisterExportRow['termKind'],
    noticePeriodValue: r[10] as number | null,
    noticePeriodUnit: r[11] as RegisterExportRow['noticePeriodUnit'],
    tacitRenewal: bool(r[12]),
    renewalPeriodValue: r[13] as number | null,
    renewalPeriodUnit: r[14] as RegisterExportRow['renewalPeriodUnit'],
    currentTermStart: r[15] as string | null,
    currentTermEnd: r[16] as string | null,
    noticeDeadline: r[17] as string | null,
    nextReviewDate: r[18] as string | null,
    status: r[19] as RegisterExportRow['status'],
    parties: r[20] ? (JSON.parse(r[20] as string) as [string, RegisterExportRow['parties'][number]['role']][]).map(([name, role]) => ({ name, role })) : [],
    ownerName: r[21] as string | null,
    ownerEmail: r[22] as string | null,
    archived: r[23] === 1,
    isSynthetic: r[24] === 1,
    valueAmountCents: r[25] as number | null,
    valueBasis: r[26] as RegisterExportRow['valueBasis'],
    valueIndexation: r[27] as string | null,
    valueBudgetLine: r[28] as string | null,
    valuePayer: r[29] as string | null,
  };
}

/**
 * Every agreement the register would list for this query and caller (its
 * filters, its scope, its order), a page at a time. Each page is read on the
 * read worker like the register's pages (decision 018; on the main connection
 * while the worker is down), so the server holds one page, never the register.
 */
export async function* iterateRegisterExport(deps: AppDeps, ctx: RequestContext, q: ExportAgreementsQuery): AsyncGenerator<RegisterExportRow[]> {
  const filter = registerFilterOf(ctx, q);
  let after: Keyset | null = null;
  for (;;) {
    const statement = registerExportStatement(filter, q.sort, EXPORT_PAGE_ROWS, after);
    let rows: unknown[][] | undefined;
    if (deps.reader?.available) {
      try {
        [rows] = (await deps.reader.run([statement])) as [unknown[][]];
      } catch (err) {
        deps.logger.warn({ err }, 'read worker failed; the export page is read on the main connection');
      }
    }
    rows ??= readRegisterExportRows(deps.db, statement);
    if (rows.length) yield rows.map(toExportRow);
    if (rows.length < EXPORT_PAGE_ROWS) return;
    const last = rows[rows.length - 1]!;
    after = { id: last[0] as number, value: last[1] as string | number };
  }
}
