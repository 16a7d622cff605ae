/**
 * The comparison side of api.bench.ts: a bare Express handler that runs the
 * same SQL as GET /api/agreements?collaboration=X&limit=50 directly with
 * better-sqlite3 — no validation, policies, presenters or logging.
 */
import Database from 'better-sqlite3';
import express from 'express';
import { SUMMARY_SELECT } from '../../server/src/modules/agreements/agreements.repo.ts';

const [file, port] = [process.argv[2]!, Number(process.argv[3] ?? 0)];
const db = new Database(file, { readonly: true });
db.pragma('journal_mode = WAL');
const page = db.prepare(`select ${SUMMARY_SELECT}, c.code as collaboration_code, a.title as sort_value from agreements a left join collaborations c on c.id = a.collaboration_id
  where a.archived_at is null and a.collaboration_id = (select id from collaborations where code = ?) order by a.title asc, a.id asc limit ?`);
const count = db.prepare(`select count(*) as n from agreements a where a.archived_at is null and a.collaboration_id = (select id from collaborations where code = ?)`);
const partiesOf = db.prepare(`select p.id, p.agreement_id, p.organisation_id, p.role, p.basis, p.signatory_name, p.signatory_title, p.signatory_mandate, p.signed_date, o.name
  from agreement_parties p join organisations o on o.id = p.organisation_id where p.agreement_id in (select value from json_each(?)) order by p.agreement_id, p.id`);
const app = express();
app.get('/api/agreements', (req, res) => {
  const code = String(req.query.collaboration ?? '');
  const limit = Number(req.query.limit ?? 50);
  const rows = page.all(code, limit + 1) as { id: number }[];
  const ids = rows.slice(0, limit).map((r) => r.id);
  const parties = ids.length ? partiesOf.all(JSON.stringify(ids)) : [];
  res.json({ items: rows.slice(0, limit), parties, nextCursor: rows.length > limit ? 'x' : null, total: (count.get(code) as { n: number }).n });
});
const server = app.listen(port, '127.0.0.1', () => {
  const addr = server.address();
  console.log(`bare listening on http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : port}`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
