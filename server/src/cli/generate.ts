/**
 * Synthetic-data generator for benchmarks and demos:
 *   npm run generate -- --agreements 100000 --out FILE [--relations N] [--seed S] [--no-register] [--force]
 * Writes a separate SQLite file (never the real register's) with the real
 * migrations, the Twente register (unless --no-register) and N synthetic
 * agreements, every synthetic row flagged `is_synthetic` and titled
 * "[Synthetisch] …". Every block of ten agreements is a ten-deep chain
 * (the first covers the second, each next one is based on the one before);
 * the other relations stay within clusters of 50 agreements, as related
 * agreements do in a real register. A newer agreement always rests on an
 * older one (a `covers` relation runs from the older, covering agreement), so
 * the dependency graph has no cycles (see docs/decisions/001-agreement-chains.md).
 */
import '../check-node.ts';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { AgreementType, PartyRole } from '@akkoord/shared/domain/enums';
import { closeDatabase, openDatabase, type Db } from '../db/client.ts';
import { deriveColumns } from '../modules/agreements/lifecycle-columns.ts';
import type { AgreementRow } from '../modules/agreements/agreements.repo.ts';
import { loadTwenteRegister } from '../seed/load-register.ts';

export interface GenerateOptions {
  agreements: number;
  relations?: number;
  seed?: number;
  today?: string;
}

/** A small deterministic PRNG (mulberry32), so runs are repeatable. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
    chance: (p: number) => next() < p,
  };
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const TYPE_WEIGHTS: [AgreementType, number][] = [
  ['service', 35],
  ['cooperation', 15],
  ['governance', 10],
  ['privacy', 10],
  ['processor', 18],
  ['subprocessor', 12],
];
const ROLES: Record<AgreementType, [PartyRole, PartyRole]> = {
  service: ['client', 'provider'],
  governance: ['party', 'party'],
  cooperation: ['party', 'party'],
  privacy: ['party', 'party'],
  processor: ['controller', 'processor'],
  subprocessor: ['processor', 'subprocessor'],
};
const TITLES: Record<AgreementType, string> = {
  service: 'Dienstverleningsovereenkomst',
  governance: 'Bestuursovereenkomst',
  cooperation: 'Samenwerkingsovereenkomst',
  privacy: 'Privacyconvenant',
  processor: 'Verwerkersovereenkomst',
  subprocessor: 'Subverwerkersovereenkomst',
};

/** Fills an open database with synthetic organisations, collaborations, agreements, parties and relations. */
export function generateSynthetic(db: Db, opts: GenerateOptions): { agreements: number; relations: number; parties: number } {
  const rnd = prng(opts.seed ?? 42);
  const today = opts.today ?? new Date().toISOString().slice(0, 10);
  const now = new Date().toISOString();
  const relationsWanted = opts.relations ?? opts.agreements * 3;
  const sqlite = db.$client;
  const totalWeight = TYPE_WEIGHTS.reduce((s, [, w]) => s + w, 0);
  const pickType = (): AgreementType => {
    let r = rnd.next() * totalWeight;
    for (const [t, w] of TYPE_WEIGHTS) if ((r -= w) < 0) return t;
    return 'service';
  };

  const insertOrg = sqlite.prepare('insert into organisations (key, name, kind, is_synthetic, created_at, updated_at) values (?, ?, ?, 1, ?, ?)');
  const insertCollab = sqlite.prepare('insert into collaborations (code, name, is_synthetic, created_at, updated_at) values (?, ?, 1, ?, ?)');
  const insertAgreement = sqlite.prepare(`insert into agreements (type, title, collaboration_id, reference, legal_regime, start_date, end_date, term_kind,
    notice_period_value, notice_period_unit, tacit_renewal, renewal_period_value, renewal_period_unit, owner_name, owner_email, workflow_state,
    is_synthetic, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)`);
  const insertParty = sqlite.prepare('insert or ignore into agreement_parties (agreement_id, organisation_id, role, basis) values (?, ?, ?, ?)');
  const insertRelation = sqlite.prepare('insert or ignore into agreement_relations (source_id, kind, target_id, created_at) values (?, ?, ?, ?)');
  const selectRow = sqlite.prepare('select * from agreements where id = ?');
  const updateDerived = sqlite.prepare(`update agreements set status = @status, current_term_start = @currentTermStart, current_term_end = @currentTermEnd,
    notice_deadline = @noticeDeadline, next_review_date = @nextReviewDate, window_start_day = @windowStartDay, window_end_day = @windowEndDay,
    next_deadline_day = @nextDeadlineDay, computed_on = @computedOn where id = @id`);

  let parties = 0;
  let relations = 0;
  const ids: number[] = [];
  sqlite.transaction(() => {
    // Rows written here, not by a whole refresh: the next start counts stale rows again (refresh-derived.ts).
    sqlite.prepare("delete from settings where key = 'derived.day'").run();
    const orgIds: number[] = [];
    const orgCount = Math.max(20, Math.min(2000, Math.round(opts.agreements / 50)));
    for (let i = 1; i <= orgCount; i++) {
      const kind = i % 10 === 0 ? 'private_company' : i % 7 === 0 ? 'police' : 'municipality';
      orgIds.push(Number(insertOrg.run(`syn-org-${i}`, `[Synthetisch] Organisatie ${pad(i, 4)}`, kind, now, now).lastInsertRowid));
    }
    const collabIds: number[] = [];
    for (let i = 1; i <= 20; i++) collabIds.push(Number(insertCollab.run(`SYN${i}`, `[Synthetisch] Samenwerking ${i}`, now, now).lastInsertRowid));

    for (let i = 0; i < opts.agreements; i++) {
      const type = pickType();
      const year = rnd.int(2012, 2027);
      const month = rnd.int(1, 12);
      const day = rnd.int(1, 28);
      const precision = rnd.next();
      const start = precision < 0.7 ? `${year}-${pad(month)}-${pad(day)}` : precision < 0.85 ? `${year}-${pad(month)}` : `${year}`;
      const termRoll = rnd.next();
      const termKind = termRoll < 0.6 ? 'fixed' : termRoll < 0.85 ? 'indefinite' : null;
      let end: string | null = null;
      if (termKind === 'fixed') {
        const months = rnd.pick([12, 24, 36, 48, 60]);
        const endYear = year + Math.floor((month - 1 + months) / 12);
        const endMonth = ((month - 1 + months) % 12) + 1;
        end = start.length === 4 ? `${endYear}` : start.length === 7 ? `${endYear}-${pad(endMonth)}` : `${endYear}-${pad(endMonth)}-${pad(Math.max(1, day - 1))}`;
      }
      const hasNotice = rnd.chance(0.75);
      const tacit = termKind === 'fixed' && rnd.chance(0.45);
      const noticeUnit = rnd.pick(['month', 'month', 'month', 'day', 'week'] as const);
      const noticeValue = noticeUnit === 'month' ? rnd.pick([1, 2, 3, 6]) : noticeUnit === 'week' ? rnd.pick([4, 8]) : rnd.pick([30, 60, 90]);
      const regime = type === 'processor' || type === 'subprocessor' ? rnd.pick(['avg', 'avg', 'wpg']) : rnd.chance(0.5) ? 'none' : null;
      const owner = rnd.chance(0.8) ? rnd.int(1, 40) : null;
      const id = Number(
        insertAgreement.run(
          type,
          `[Synthetisch] ${TITLES[type]} ${pad(i + 1, 6)}`,
          rnd.pick(collabIds),
          `SYN-${year}-${pad(i + 1, 6)}`,
          regime,
          start,
          end,
          termKind,
          hasNotice ? noticeValue : null,
          hasNotice ? noticeUnit : null,
          termKind === null ? null : tacit ? 1 : 0,
          tacit ? 12 : null,
          tacit ? 'month' : null,
          owner ? `Adviseur ${owner}` : null,
          owner ? `adviseur${owner}@synthetisch.invalid` : null,
          rnd.chance(0.03) ? 'draft' : 'active',
          now,
          now,
        ).lastInsertRowid,
      );
      ids.push(id);
      const [roleA, roleB] = ROLES[type];
      const a = rnd.pick(orgIds);
      let b = rnd.pick(orgIds);
      if (b === a) b = orgIds[(orgIds.indexOf(a) + 1) % orgIds.length]!;
      parties += insertParty.run(id, a, roleA, 'stated').changes + insertParty.run(id, b, roleB, 'stated').changes;
      if (rnd.chance(0.2)) parties += insertParty.run(id, rnd.pick(orgIds), roleA, 'stated').changes;
      const row = selectRow.get(id) as Record<string, unknown>;
      const camel = toCamel(row) as unknown as AgreementRow;
      updateDerived.run({ id, ...deriveColumns(camel, today) });
    }

    const kinds = ['based_on', 'amends', 'supersedes', 'covers', 'renews'] as const;
    // Newer rests on older: `covers` runs from the older (covering) agreement, every other kind from the newer one.
    const relate = (newer: number, kind: (typeof kinds)[number], older: number) =>
      kind === 'covers' ? insertRelation.run(older, kind, newer, now).changes : insertRelation.run(newer, kind, older, now).changes;
    // Ten-deep chains: in each block of ten the first covers the second, then each rests on the one before it.
    for (let i = 1; i < ids.length && relations < relationsWanted; i++) {
      if (i % 10 === 0) continue;
      relations += relate(ids[i]!, i % 10 === 1 ? 'covers' : 'based_on', ids[i - 1]!);
    }
    // Then random relations between agreements of the same cluster of 50.
    const CLUSTER = 50;
    let guard = 0;
    while (relations < relationsWanted && ids.length > 1 && guard++ < relationsWanted * 3) {
      const s = rnd.int(1, ids.length - 1);
      const clusterStart = s - (s % CLUSTER);
      if (s === clusterStart) continue;
      relations += relate(ids[s]!, rnd.pick(kinds), ids[rnd.int(clusterStart, s - 1)]!);
    }
  })();
  return { agreements: ids.length, relations, parties };
}

function toCamel(row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) out[k.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase())] = v;
  out.tacitRenewal = row.tacit_renewal === null ? null : row.tacit_renewal === 1;
  out.isSynthetic = true;
  out.alertLeadDays = null;
  return out;
}

function main(): void {
  const { values } = parseArgs({
    options: {
      agreements: { type: 'string', default: '1000' },
      relations: { type: 'string' },
      out: { type: 'string' },
      seed: { type: 'string', default: '42' },
      'no-register': { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  const usage = 'Gebruik: npm run generate -- --agreements 100000 --out FILE [--relations N] [--seed S] [--no-register] [--force]';
  if (values.help) {
    console.log(usage);
    return;
  }
  const n = Number(values.agreements);
  if (!values.out || !Number.isInteger(n) || n < 0 || n > 5_000_000) {
    console.error(`${usage}\n--out is verplicht en --agreements een geheel getal tussen 0 en 5.000.000.`);
    process.exit(2);
  }
  const out = path.resolve(values.out);
  if (fs.existsSync(out)) {
    if (!values.force) {
      console.error(`${out} bestaat al; kies een ander bestand of gebruik --force.`);
      process.exit(2);
    }
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(out + suffix, { force: true });
  }
  const started = performance.now();
  const db = openDatabase(out);
  const today = new Date().toISOString().slice(0, 10);
  if (!values['no-register']) loadTwenteRegister(db, { now: new Date().toISOString(), today });
  const result = generateSynthetic(db, { agreements: n, seed: Number(values.seed), today, ...(values.relations ? { relations: Number(values.relations) } : {}) });
  db.$client.pragma('wal_checkpoint(TRUNCATE)');
  closeDatabase(db);
  console.log(
    `Synthetische gegevens geschreven naar ${out}: ${result.agreements} overeenkomsten, ${result.parties} partijrollen, ${result.relations} relaties (${Math.round(performance.now() - started)} ms).\n` +
      `Start de server erop met: DATA_DIR=${path.dirname(out)} (het bestand moet dan akkoord.db heten).`,
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) main();
