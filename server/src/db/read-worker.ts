/**
 * A worker thread with its own read-only connection to the database file:
 * runs the read statements the main thread sends (the register page and its
 * count) so that SQLite's work and the JSON it builds happen beside the main
 * thread, not on it (decision 018). It never writes.
 */
import { parentPort, workerData } from 'node:worker_threads';
import Database, { type Statement } from 'better-sqlite3';
import type { CloseRequest, JoinedRows, ReadRequest, ReadResponse } from './read-pool.ts';

const { file } = workerData as { file: string };
const db = new Database(file, { readonly: true, fileMustExist: true });
db.pragma('busy_timeout = 5000');
db.pragma('cache_size = -8000');
const statements = new Map<string, Statement>();
const encoder = new TextEncoder();

function prepared(sql: string): Statement {
  let stmt = statements.get(sql);
  if (!stmt) {
    if (statements.size >= 200) statements.clear();
    statements.set(sql, (stmt = db.prepare(sql)));
  }
  return stmt;
}

parentPort!.on('message', (request: ReadRequest | CloseRequest) => {
  if ('close' in request) {
    db.close();
    parentPort!.close();
    return;
  }
  let response: ReadResponse;
  const transfer: ArrayBuffer[] = [];
  try {
    // One read transaction for the whole batch: the page and its count see the same snapshot.
    const results = db.transaction(() =>
      request.statements.map((s) => {
        const stmt = prepared(s.sql);
        if (s.mode === 'value') return stmt.pluck(true).get(...s.params);
        const rows = stmt.raw(true).all(...s.params) as unknown[][];
        if (s.mode === 'rows') return rows;
        const taken = rows.length > s.take ? rows.slice(0, s.take) : rows;
        const last = taken[taken.length - 1];
        const text = encoder.encode(taken.map((r) => r[r.length - 1]).join(','));
        transfer.push(text.buffer as ArrayBuffer);
        return { text, lastKey: last ? last.slice(0, -1) : null, rowCount: rows.length } satisfies JoinedRows;
      }),
    )();
    response = { id: request.id, results };
  } catch (err) {
    transfer.length = 0;
    response = { id: request.id, error: err instanceof Error ? err.message : String(err) };
  }
  // Bytes are moved, not copied: the main thread gets one small object per result instead of a
  // string per row, which it would otherwise keep long enough to promote to its old generation.
  parentPort!.postMessage(response, transfer);
});
