/**
 * The comparison side of api.bench.ts: a bare Express handler that runs the
 * same SQL as GET /api/agreements?collaboration=X&limit=50 directly with
 * better-sqlite3 — no validation, sessions, policies, presenters or logging.
 */
import Database from 'better-sqlite3';
import express from 'express';
import { registerPageSql } from '../../server/src/modules/agreements/agreements.repo.ts';

const [file, port] = [process.argv[2]!, Number(process.argv[3] ?? 0)];
const db = new Database(file, { readonly: true });
db.pragma('journal_mode = WAL');
const where = 'where a.collaboration_id = (select id from collaborations where code = ?) and a.archived_at is null';
const pages = new Map<number, Database.Statement>();
const count = db.prepare(`select count(*) as n from agreements a ${where}`).pluck();
const app = express();
app.get('/api/agreements', (req, res) => {
  const code = String(req.query.collaboration ?? '');
  const limit = Number(req.query.limit ?? 50);
  let page = pages.get(limit);
  if (!page) pages.set(limit, (page = db.prepare(registerPageSql(where, 'title', false, limit + 1)).raw(true)));
  const rows = page.all(code) as [number, string, string][];
  const items = rows.slice(0, limit).map((r) => r[2]);
  res.type('application/json').send(`{"items":[${items.join(',')}],"nextCursor":${rows.length > limit ? '"x"' : 'null'},"total":${count.get(code) as number}}`);
});
const server = app.listen(port, '127.0.0.1', () => {
  const addr = server.address();
  console.log(`bare listening on http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : port}`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
