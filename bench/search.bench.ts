/**
 * Search (issue 13, item 6; decision 047): `GET /api/search`'s service over
 * 100,000 synthetic agreements plus 10,000 documents of 10 pages each
 * (generated here, once, into bench/out/search-100000). Target: p95 < 50 ms.
 * Prints the time per query kind (rare and common words, prefixes, diacritics,
 * phrases, several words, party names, a second page, a limited caller,
 * only documents) on the main connection and through the read worker, and
 * the size of the search indexes. Migration 0015 (prefix indexes, scope tokens) rebuilds both indexes when an
 * older dataset is opened: about 15 s here.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { closeDatabase, openDatabase } from '../server/src/db/client.ts';
import { ReadPool } from '../server/src/db/read-pool.ts';
import type { AppDeps } from '../server/src/deps.ts';
import type { RequestContext } from '../server/src/http/context.ts';
import { loadConfig } from '../server/src/config.ts';
import { fixedClock } from '../server/src/lib/clock.ts';
import { createLogger } from '../server/src/lib/logger.ts';
import { searchEverything } from '../server/src/modules/search/search.service.ts';
import { searchQuerySchema } from '../shared/src/schemas/search.ts';
import { BENCH_OUT, syntheticDataDir } from './support/dataset.ts';

const AGREEMENTS = 100_000;
const DOCUMENTS = 10_000;
const PAGES = 10;

/** A small deterministic generator (mulberry32), so every run searches the same text. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Sentences of Dutch contract language; with rare words mixed in so that queries find few to very many pages. */
const SENTENCES = [
  'Deze overeenkomst treedt in werking op 1 januari 2024 en wordt aangegaan voor een periode van drie jaar.',
  'De overeenkomst wordt na afloop stilzwijgend verlengd met telkens één jaar, tenzij een partij tijdig opzegt.',
  'Opzegging geschiedt schriftelijk met inachtneming van een opzegtermijn van drie maanden.',
  'De verwerker verwerkt de persoonsgegevens uitsluitend in opdracht van de verwerkingsverantwoordelijke.',
  'Partijen evalueren de samenwerking jaarlijks; de uitkomst wordt geëvalueerd in het algemeen bestuur.',
  'De kosten worden verdeeld naar rato van het aantal inwoners per deelnemende gemeente.',
  'Geheimhouding geldt ook na het eindigen van deze overeenkomst voor onbepaalde tijd.',
  'Aansprakelijkheid is beperkt tot het bedrag dat in het betreffende jaar is gefactureerd.',
  'Wijzigingen van deze overeenkomst zijn slechts geldig indien schriftelijk overeengekomen.',
  'Op deze overeenkomst is Nederlands recht van toepassing; geschillen worden voorgelegd aan de rechtbank Overijssel.',
  'De subverwerker wordt niet ingeschakeld zonder voorafgaande schriftelijke toestemming.',
  'Beveiligingsincidenten worden binnen 24 uur gemeld bij de functionaris gegevensbescherming.',
];
const RARE = [
  'kentekenherkenning',
  'cameratoezicht',
  'brandweerkazerne',
  'ambulancezorg',
  'crisisbeheersing',
  'zorgcoördinator',
  'mensenhandel',
  'woonoverlast',
  'ondermijning',
  'evenementenvergunning',
];

function pageText(rnd: () => number, doc: number, page: number): string {
  const parts = [`Artikel ${page}. Document ${doc}.`];
  for (let i = 0; i < 12; i++) parts.push(SENTENCES[Math.floor(rnd() * SENTENCES.length)]!);
  // A rare word on about one page in twenty; an extremely rare one (a number-word) on one page in all.
  if (rnd() < 0.05) parts.push(`Bijzondere bepaling over ${RARE[Math.floor(rnd() * RARE.length)]}.`);
  parts.push(`Kenmerk zaak${doc * PAGES + page}.`);
  return parts.join(' ');
}

/** The dataset: the synthetic register plus the documents, generated once into bench/out/search-100000. */
function searchDataDir(): string {
  const dir = path.join(BENCH_OUT, `search-${AGREEMENTS}`);
  const marker = path.join(dir, 'ready');
  if (fs.existsSync(marker)) return dir;
  const source = syntheticDataDir(AGREEMENTS);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  fs.copyFileSync(path.join(source, 'akkoord.db'), path.join(dir, 'akkoord.db'));
  let started = performance.now();
  const db = openDatabase(path.join(dir, 'akkoord.db'));
  console.log(`migrated (agreements indexed) in ${Math.round(performance.now() - started)} ms`);
  const c = db.$client;
  const userId = Number(
    c.prepare("insert into users (email, name, password_hash, role, created_at) values ('bench@akkoord.test', 'Bench', 'x', 'admin', '2026-12-07T00:00:00Z')").run()
      .lastInsertRowid,
  );
  const agreementIds = c.prepare('select id from agreements where archived_at is null order by id').pluck().all() as number[];
  // Bulk load: the page trigger is set aside and the index built once at the end, as migrations 0013 and 0015 build it for
  // existing pages (row by row it costs the same work plus an index merge per transaction).
  const pageTrigger = c.prepare("select sql from sqlite_master where type = 'trigger' and name = 'search_pages_after_insert'").pluck().get() as string;
  c.exec('drop trigger search_pages_after_insert');
  const rnd = random(47);
  started = performance.now();
  const insertDocument = c.prepare("insert into documents (agreement_id, kind, title, created_by) values (?, 'signed_copy', ?, ?)");
  const insertVersion = c.prepare(
    "insert into document_versions (document_id, version, sha256, size_bytes, media_type, file_name, uploaded_by, text_status) values (?, 1, ?, 100000, 'application/pdf', ?, ?, 'done')",
  );
  const insertPage = c.prepare('insert into document_pages (version_id, page, text) values (?, ?, ?)');
  let bytes = 0;
  for (let batch = 0; batch < DOCUMENTS; batch += 1000) {
    c.transaction(() => {
      for (let d = batch; d < Math.min(DOCUMENTS, batch + 1000); d++) {
        const agreementId = agreementIds[Math.floor(rnd() * agreementIds.length)]!;
        const documentId = Number(insertDocument.run(agreementId, `getekend-${d}.pdf`, userId).lastInsertRowid);
        const versionId = Number(insertVersion.run(documentId, d.toString(16).padStart(64, '0'), `getekend-${d}.pdf`, userId).lastInsertRowid);
        for (let p = 1; p <= PAGES; p++) {
          const text = pageText(rnd, d, p);
          bytes += Buffer.byteLength(text);
          insertPage.run(versionId, p, text);
        }
      }
    })();
  }
  console.log(`generated ${DOCUMENTS} documents × ${PAGES} pages (${(bytes / 1048576).toFixed(1)} MiB of text) in ${Math.round(performance.now() - started)} ms`);
  started = performance.now();
  c.exec('insert into search_pages(rowid, text, scope) select page_rowid, text, scope from search_page_text');
  c.exec(pageTrigger);
  console.log(`indexed the pages in ${Math.round(performance.now() - started)} ms`);
  c.pragma('wal_checkpoint(TRUNCATE)');
  closeDatabase(db);
  fs.writeFileSync(marker, new Date().toISOString());
  return dir;
}

const dir = searchDataDir();
const config = loadConfig({ DATA_DIR: dir, LOG_LEVEL: 'silent' });
const db = openDatabase(config.databaseFile);
const deps: AppDeps = { db, config, clock: fixedClock('2026-12-07'), logger: createLogger('silent') };

// Index sizes from SQLite's page statistics: the FTS5 shadow tables of each index.
const sizeOf = (prefix: string) => (db.$client.prepare("select coalesce(sum(pgsize), 0) from dbstat where name like ? || '%'").pluck().get(prefix) as number) / 1048576;
const counts = db.$client.prepare('select (select count(*) from agreements), (select count(*) from documents), (select count(*) from document_pages)').raw().get() as number[];
console.log(`dataset: ${counts[0]} agreements, ${counts[1]} documents, ${counts[2]} pages; database ${(fs.statSync(config.databaseFile).size / 1048576).toFixed(0)} MiB`);
console.log(
  `index size: search_pages ${sizeOf('search_pages').toFixed(1)} MiB, search_agreements ${sizeOf('search_agreements').toFixed(1)} MiB (document_pages text itself ${sizeOf('document_pages').toFixed(1)} MiB; the register's trigram agreements_fts ${sizeOf('agreements_fts').toFixed(1)} MiB)`,
);

const admin: RequestContext = {
  requestId: 'bench',
  user: { id: 1, email: 'bench@akkoord.test', name: 'Bench', role: 'admin', collaborationScope: null, locale: 'nl', mustChangePassword: false },
};
const limited: RequestContext = { requestId: 'bench', user: { ...admin.user!, role: 'viewer', collaborationScope: ['RTR'] } };

const QUERIES: { label: string; q: Record<string, string>; ctx?: RequestContext; second?: true }[] = [
  { label: 'rare word', q: { q: 'kentekenherkenning' } },
  { label: 'rare word, diacritics folded', q: { q: 'zorgcoordinator' } },
  { label: 'one page only', q: { q: 'zaak12345' } },
  { label: 'common word (every page)', q: { q: 'overeenkomst' } },
  { label: 'prefix', q: { q: 'overeenk*' } },
  { label: 'short prefix', q: { q: 'ge*' } },
  { label: 'diacritics', q: { q: 'geëvalueerd' } },
  { label: 'phrase', q: { q: '"stilzwijgend verlengd"' } },
  { label: 'several words', q: { q: 'opzegtermijn drie maanden' } },
  { label: 'party name', q: { q: 'Enschede' } },
  { label: 'title words', q: { q: 'Synthetisch verwerkersovereenkomst' } },
  { label: 'only documents', q: { q: 'persoonsgegevens', kind: 'document' } },
  { label: 'only agreements', q: { q: 'dienstverlening', kind: 'agreement' } },
  { label: 'second page', q: { q: 'crisisbeheersing' }, second: true },
  { label: 'limited to RTR', q: { q: 'geheimhouding' }, ctx: limited },
  { label: 'nothing found', q: { q: 'xylofoonbouwer' } },
];

const ROUNDS = Number(process.env.SEARCH_ROUNDS ?? 10);
const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)]!;

async function measure(label: string): Promise<void> {
  const all: number[] = [];
  const allCpu: number[] = [];
  // The machine is shared: the load average goes with the figures (compare runs only under similar load), and the
  // CPU time of the process (all threads: the read worker's too) per query, which waiting for a core does not inflate.
  const load = () =>
    os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ');
  const ms = (x: number) => x.toFixed(1).padStart(8);
  console.log(`\n${label} (${ROUNDS} rounds of ${QUERIES.length} queries, limit 20; load average ${load()} on ${os.availableParallelism()} cores)`);
  console.log(`${'query'.padEnd(32)} ${'hits'.padStart(16)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'cpu p50'.padStart(8)} ${'cpu p95'.padStart(8)}`);
  for (const { label: name, q, ctx = admin, second } of QUERIES) {
    const query = searchQuerySchema.parse(q);
    const first = await searchEverything(deps, ctx, query);
    const cursor = second ? (first.nextCursor ?? undefined) : undefined;
    const times: number[] = [];
    const cpu: number[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      const started = performance.now();
      const startedCpu = process.cpuUsage();
      await searchEverything(deps, ctx, { ...query, cursor });
      const used = process.cpuUsage(startedCpu);
      times.push(performance.now() - started);
      cpu.push((used.user + used.system) / 1000);
    }
    all.push(...times);
    allCpu.push(...cpu);
    const hits = `${first.counts.agreement} + ${first.counts.document}`;
    console.log(`${name.padEnd(32)} ${hits.padStart(16)} ${ms(percentile(times, 50))} ${ms(percentile(times, 95))} ${ms(percentile(cpu, 50))} ${ms(percentile(cpu, 95))}`);
  }
  console.log(
    `${'all queries'.padEnd(32)} ${''.padStart(16)} ${ms(percentile(all, 50))} ${ms(percentile(all, 95))} ${ms(percentile(allCpu, 50))} ${ms(percentile(allCpu, 95))}   (target: p95 < 50 ms; load average ${load()})`,
  );
}

await measure('main connection');
const reader = new ReadPool(config.databaseFile, { cacheBytes: 0 });
deps.reader = reader;
await measure('read worker (as the server runs it)');
await reader.close();
closeDatabase(db);
