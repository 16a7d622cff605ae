/**
 * Chains (issue 4): on 100,000 synthetic agreements with 300,000 relations
 * (server/src/cli/generate.ts: every block of ten agreements is a ten-deep chain,
 * plus random relations from newer to older agreements), times the chain view
 * of the deepest agreement of a chain and the impact analysis of a chain's
 * basis, in process (service function + JSON encoding, as the route answers).
 * Targets: chain < 20 ms, impact < 50 ms. Also prints the cycle check of a new
 * relation and the whole-register chain alerts, without targets.
 */
import { getImpact } from '../server/src/modules/chains/analyse-impact.ts';
import { collectChainAlerts } from '../server/src/modules/chains/collect-chain-alerts.ts';
import { findRelationsAboveBasis } from '../server/src/modules/chains/chains.repo.ts';
import { getChain } from '../server/src/modules/chains/get-chain.ts';
import { wouldCreateCycle } from '../shared/src/chains/cycles.ts';
import type { ChainRelation } from '../shared/src/chains/chain-graph.ts';
import { closeDatabase, openDatabase } from '../server/src/db/client.ts';
import type { AppDeps } from '../server/src/deps.ts';
import type { RequestContext } from '../server/src/http/context.ts';
import { systemClock } from '../server/src/lib/clock.ts';
import { generateSynthetic } from '../server/src/cli/generate.ts';
import { loadTwenteRegister } from '../server/src/seed/load-register.ts';
import { BENCH_OUT } from './support/dataset.ts';
import fs from 'node:fs';
import path from 'node:path';

const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 200);

function stats(ms: number[]) {
  const s = [...ms].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
  return `median ${at(0.5).toFixed(2)} ms, p95 ${at(0.95).toFixed(2)} ms, max ${s[s.length - 1]!.toFixed(2)} ms`;
}

function time<T>(fn: () => T): { ms: number; value: T } {
  const started = performance.now();
  const value = fn();
  return { ms: performance.now() - started, value };
}

/** Its own copy of the synthetic register (generated once, kept in bench/out), so other benches' files stay untouched. */
function chainsDataset(n: number): string {
  const file = path.join(BENCH_OUT, `chains-dataset-${n}`, 'akkoord.db');
  const marker = `${file}.ready`;
  if (!fs.existsSync(marker)) {
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
    const started = performance.now();
    const db = openDatabase(file);
    loadTwenteRegister(db, { now: new Date().toISOString(), today: systemClock.today() });
    generateSynthetic(db, { agreements: n, today: systemClock.today() });
    closeDatabase(db);
    fs.writeFileSync(marker, new Date().toISOString());
    console.log(`generated ${n} synthetic agreements in ${Math.round(performance.now() - started)} ms`);
  }
  return file;
}

function main() {
  const db = openDatabase(chainsDataset(100_000));
  const deps = { db, clock: systemClock } as unknown as AppDeps;
  const ctx: RequestContext = { requestId: 'bench', user: null };
  const sqlite = db.$client;
  const counts = sqlite.prepare('SELECT (SELECT count(*) FROM agreements WHERE is_synthetic = 1) AS agreements, (SELECT count(*) FROM agreement_relations) AS relations').get() as {
    agreements: number;
    relations: number;
  };
  const ids = (sqlite.prepare('SELECT id FROM agreements WHERE is_synthetic = 1 ORDER BY id').all() as { id: number }[]).map((r) => r.id);
  // Blocks of ten: the first agreement of a block is the basis, the second is covered by it, 3..10 rest on the one before.
  const blocks = Array.from({ length: SAMPLES }, (_, i) => Math.floor(((i * 7919) % Math.floor(ids.length / 10)) * 10));
  const deepest = ids[blocks[0]! + 9]!;
  const basisDepth = getImpact(deps, ctx, ids[blocks[0]!]!, '2000-01-01').items.find((i) => i.agreement.id === deepest)?.depth;
  console.log(`dataset: ${counts.agreements} synthetic agreements, ${counts.relations} relations; ${SAMPLES} samples each`);
  console.log(
    `each block of ten is a chain of 9 relations; in this sample the deepest agreement reaches its basis in ${basisDepth} (other relations of its cluster of 50 give shortcuts)`,
  );

  const today = systemClock.today();
  for (const b of blocks.slice(0, 20)) {
    JSON.stringify(getChain(deps, ctx, ids[b + 9]!));
    JSON.stringify(getImpact(deps, ctx, ids[b]!, today));
  }

  const chainMs: number[] = [];
  let nodes = 0;
  let truncated = 0;
  for (const b of blocks) {
    const { ms, value } = time(() => {
      const chain = getChain(deps, ctx, ids[b + 9]!);
      JSON.stringify(chain);
      return chain;
    });
    chainMs.push(ms);
    nodes += value.nodes.length;
    if (value.truncated) truncated++;
  }
  console.log(
    `GET /api/agreements/:id/chain (deepest of a 10-deep chain): ${stats(chainMs)} (target < 20 ms); ${Math.round(nodes / blocks.length)} nodes on average, ${truncated} of ${blocks.length} cut off at the node limit`,
  );

  const impactMs: number[] = [];
  let items = 0;
  let maxItems = 0;
  for (const b of blocks) {
    const { ms, value } = time(() => {
      const impact = getImpact(deps, ctx, ids[b]!, today);
      JSON.stringify(impact);
      return impact;
    });
    impactMs.push(ms);
    items += value.items.length;
    maxItems = Math.max(maxItems, value.items.length);
  }
  console.log(
    `GET /api/agreements/:id/impact?on=${today} (basis of a 10-deep chain): ${stats(impactMs)} (target < 50 ms); ${Math.round(items / blocks.length)} affected on average, at most ${maxItems}`,
  );

  const cycleMs: number[] = [];
  for (const b of blocks) {
    // Would the chain's basis resting on its deepest agreement close a cycle? (It would.)
    const relation: ChainRelation = { sourceId: ids[b]!, kind: 'based_on', targetId: ids[b + 9]! };
    const { ms } = time(() =>
      wouldCreateCycle(
        findRelationsAboveBasis(db, relation.targetId).map((r) => ({ ...r, kind: r.kind as ChainRelation['kind'] })),
        relation,
      ),
    );
    cycleMs.push(ms);
  }
  console.log(`cycle check of a new relation (recursive SQL + shared check): ${stats(cycleMs)}`);

  const alerts = time(() => collectChainAlerts(db, { on: today }));
  console.log(`chain alerts for the whole register: ${alerts.value.length} alerts in ${Math.round(alerts.ms)} ms`);
  closeDatabase(db);
}

main();
