import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ChainRelation } from '@akkoord/shared/chains/chain-graph';
import { findCycle } from '@akkoord/shared/chains/cycles';
import { closeDatabase, openDatabase } from '../db/client.ts';
import { loadTwenteRegister } from '../seed/load-register.ts';
import { generateSynthetic } from './generate.ts';

describe('synthetic-data generator', () => {
  it('adds clearly marked synthetic agreements with parties and an acyclic relation graph, beside the real register', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'akkoord-gen-'));
    const db = openDatabase(path.join(dir, 'akkoord.db'));
    loadTwenteRegister(db, { now: '2026-11-29T10:00:00Z', today: '2026-11-29' });
    const result = generateSynthetic(db, { agreements: 500, seed: 7, today: '2026-11-29' });
    expect(result.agreements).toBe(500);
    expect(result.relations).toBe(1500);
    const q = <T>(sql: string) => db.$client.prepare(sql).get() as T;
    expect(q<{ n: number }>("select count(*) n from agreements where is_synthetic = 1 and title like '[Synthetisch]%'").n).toBe(500);
    expect(q<{ n: number }>('select count(*) n from agreements where is_synthetic = 0').n).toBe(10);
    // Newer rests on older: `covers` runs from the older agreement, every other kind from the newer one.
    expect(
      q<{ n: number }>(
        "select count(*) n from agreement_relations r join agreements s on s.id = r.source_id where s.is_synthetic = 1 and r.kind <> 'covers' and r.source_id <= r.target_id",
      ).n,
    ).toBe(0);
    expect(
      q<{ n: number }>(
        "select count(*) n from agreement_relations r join agreements s on s.id = r.source_id where s.is_synthetic = 1 and r.kind = 'covers' and r.source_id >= r.target_id",
      ).n,
    ).toBe(0);
    const relations = db.$client.prepare('select source_id sourceId, kind, target_id targetId from agreement_relations').all() as ChainRelation[];
    expect(findCycle(relations)).toBeNull();
    expect(q<{ n: number }>('select count(distinct type) n from agreements where is_synthetic = 1').n).toBe(6);
    expect(q<{ n: number }>('select count(*) n from agreements a where is_synthetic = 1 and not exists (select 1 from agreement_parties p where p.agreement_id = a.id)').n).toBe(0);
    expect(q<{ n: number }>("select count(*) n from agreements where is_synthetic = 1 and computed_on = '2026-11-29'").n).toBe(500);
    // The same seed gives the same data.
    const first = db.$client.prepare('select title, start_date, end_date from agreements where is_synthetic = 1 order by id limit 20').all();
    closeDatabase(db);
    const db2 = openDatabase(path.join(dir, 'again.db'));
    generateSynthetic(db2, { agreements: 500, seed: 7, today: '2026-11-29' });
    expect(db2.$client.prepare('select title, start_date, end_date from agreements where is_synthetic = 1 order by id limit 20').all()).toEqual(first);
    closeDatabase(db2);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
