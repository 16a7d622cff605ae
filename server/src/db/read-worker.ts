/**
 * A worker thread with its own read-only connection to the database file:
 * runs the read statements the main thread sends (the register page and its
 * count) so that SQLite's work and the JSON it builds happen beside the main
 * thread, not on it (decision 018). It never writes. Answers are kept in a
 * {@link ReadCache} until another connection commits (decision 024).
 */
import { parentPort, workerData } from 'node:worker_threads';
import Database, { type Statement } from 'better-sqlite3';
import type { CloseRequest, JoinedRows, ReadRequest, ReadResponse, ReadStatement, StatsRequest } from './read-pool.ts';
import { ReadCache } from './read-cache.ts';

const { file, cacheBytes } = workerData as { file: string; cacheBytes: number };
const db = new Database(file, { readonly: true, fileMustExist: true });
db.pragma('busy_timeout = 5000');
db.pragma('cache_size = -2000');
const statements = new Map<string, Statement>();
const encoder = new TextEncoder();
const cache = new ReadCache<unknown>(cacheBytes);
const dataVersion = db.prepare('pragma data_version').pluck(true);

function prepared(sql: string): Statement {
  let stmt = statements.get(sql);
  if (!stmt) {
    if (statements.size >= 200) statements.clear();
    statements.set(sql, (stmt = db.prepare(sql)));
  }
  return stmt;
}

const cacheKey = (s: ReadStatement) => `${s.mode} ${'take' in s ? s.take : ''} ${JSON.stringify(s.params)} ${s.sql}`;

function readJoined(s: Extract<ReadStatement, { mode: 'joined' }>): JoinedRows {
  const rows = prepared(s.sql)
    .raw(true)
    .all(...s.params) as unknown[][];
  const taken = rows.length > s.take ? rows.slice(0, s.take) : rows;
  const last = taken[taken.length - 1];
  return { text: encoder.encode(taken.map((r) => r[r.length - 1]).join(',')), lastKey: last ? last.slice(0, -1) : null, rowCount: rows.length };
}

parentPort!.on('message', (request: ReadRequest | CloseRequest | StatsRequest) => {
  if ('close' in request) {
    db.close();
    parentPort!.close();
    return;
  }
  if ('stats' in request) {
    parentPort!.postMessage({ id: request.id, stats: { hits: cache.hits, misses: cache.misses, entries: cache.count, bytes: cache.bytes } } satisfies ReadResponse);
    return;
  }
  let response: ReadResponse;
  const transfer: ArrayBuffer[] = [];
  try {
    // One read transaction for the whole batch: the page and its count see the same snapshot.
    const results = db.transaction(() => {
      // The snapshot's version, read inside the transaction: a commit elsewhere since the last batch empties the cache.
      cache.seeVersion(dataVersion.get() as number);
      return request.statements.map((s) => {
        if (s.mode === 'rows')
          return prepared(s.sql)
            .raw(true)
            .all(...s.params);
        const key = cacheKey(s);
        if (s.mode === 'value') {
          const cached = cache.get(key);
          if (cached !== undefined) return cached;
          const value = prepared(s.sql)
            .pluck(true)
            .get(...s.params);
          cache.set(key, value, 64 + key.length);
          return value;
        }
        let joined = cache.get(key) as JoinedRows | undefined;
        if (!joined) {
          joined = readJoined(s);
          cache.set(key, joined, joined.text.byteLength + 256 + key.length);
        }
        // The cached bytes stay here; the main thread gets its own copy, moved rather than copied again.
        const text = joined.text.slice();
        transfer.push(text.buffer);
        return { ...joined, text } satisfies JoinedRows;
      });
    })();
    response = { id: request.id, results };
  } catch (err) {
    transfer.length = 0;
    response = { id: request.id, error: err instanceof Error ? err.message : String(err) };
  }
  // Bytes are moved, not copied: the main thread gets one small object per result instead of a
  // string per row, which it would otherwise keep long enough to promote to its old generation.
  parentPort!.postMessage(response, transfer);
});
