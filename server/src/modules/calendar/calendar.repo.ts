import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { agreements, collaborations } from '../../db/schema/index.ts';

export type FeedAgreementRow = typeof agreements.$inferSelect & { collaborationCode: string | null };

/** Live agreements (not archived) among these ids, with their collaboration code. */
export function findFeedAgreements(db: Db, ids: number[]): FeedAgreementRow[] {
  const out: FeedAgreementRow[] = [];
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    const rows = db
      .select({ row: agreements, collaborationCode: collaborations.code })
      .from(agreements)
      .leftJoin(collaborations, eq(collaborations.id, agreements.collaborationId))
      .where(and(inArray(agreements.id, chunk), isNull(agreements.archivedAt)))
      .all();
    out.push(...rows.map((r) => ({ ...r.row, collaborationCode: r.collaborationCode })));
  }
  return out;
}
