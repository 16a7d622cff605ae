import type { Statement } from 'better-sqlite3';
import type { Db } from './client.ts';

const statements = new WeakMap<Db, Map<string, Statement>>();

/**
 * A prepared statement from a per-database cache, for repositories' hot
 * queries written as SQL (docs/decisions/004). Statements run on the one
 * connection, so inside a drizzle transaction they are part of it.
 */
export function prepared(db: Db, text: string): Statement {
  let cache = statements.get(db);
  if (!cache) statements.set(db, (cache = new Map()));
  let stmt = cache.get(text);
  if (!stmt) {
    stmt = db.$client.prepare(text);
    // Statement texts come from a small set of shapes; the bound keeps a bug from growing it without end.
    if (cache.size >= 1000) cache.clear();
    cache.set(text, stmt);
  }
  return stmt;
}
