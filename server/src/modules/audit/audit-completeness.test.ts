import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import type supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AGREEMENT_TYPES, RELATION_KINDS, ROLES } from '@akkoord/shared/domain/enums';
import { createTestApp, type TestApp } from '../../test/harness.ts';

/**
 * Audit completeness: random sequences of writes through the API. Every
 * accepted write leaves exactly one audit event naming the entity and action
 * (with the request id, the actor and before/after); every refused write
 * leaves none.
 */

interface Expected {
  entityType: string;
  entityId: string | number;
  action: string;
  /** Which snapshots the event must carry. */
  snapshots: 'after' | 'before' | 'both';
}
interface Outcome {
  res: supertest.Response;
  expected: Expected | null;
}
type Command = { label: string; run: (rid: string) => Promise<Outcome> };

let t: TestApp;
const agreementIds: number[] = [];
const userIds: number[] = [];
const relationIds: number[] = [];
const codes = ['IVZ', 'ZVHT', 'KMT', 'RTR'];
const tally = { sequences: 0, writes: 0, accepted: 0, refused: 0, byAction: new Map<string, number>() };

beforeAll(async () => {
  t = await createTestApp();
  agreementIds.push(...(await t.agent.get('/api/agreements').query({ limit: 100 })).body.items.map((a: { id: number }) => a.id));
});
afterAll(() => t.close());

const pick = <T>(list: T[], n: number): T | undefined => (list.length ? list[n % list.length] : undefined);
const send = (method: 'post' | 'patch' | 'put' | 'delete', url: string, rid: string, body?: object) => {
  const req = t.agent[method](url).set(t.headers).set('X-Request-Id', rid);
  return body === undefined ? req : req.send(body);
};
const ok = (res: supertest.Response) => res.status >= 200 && res.status < 300;

const text = fc.string({ minLength: 0, maxLength: 40 });
const index = fc.nat({ max: 1000 });

const commands: fc.Arbitrary<Command>[] = [
  fc.record({ type: fc.constantFrom(...AGREEMENT_TYPES), title: text }).map(({ type, title }) => ({
    label: `create agreement "${title}"`,
    run: async (rid) => {
      const res = await send('post', '/api/agreements', rid, { type, title });
      if (ok(res)) agreementIds.push(res.body.id);
      return { res, expected: { entityType: 'agreement', entityId: res.body.id, action: 'create', snapshots: 'after' } };
    },
  })),
  fc.record({ i: index, notes: text, stale: fc.boolean() }).map(({ i, notes, stale }) => ({
    label: `update agreement #${i}${stale ? ' (stale)' : ''}`,
    run: async (rid) => {
      const id = pick(agreementIds, i)!;
      const current = await t.agent.get(`/api/agreements/${id}`);
      const res = await send('patch', `/api/agreements/${id}`, rid, { version: current.body.version - (stale ? 1 : 0) || 99, notes });
      return { res, expected: { entityType: 'agreement', entityId: id, action: 'update', snapshots: 'both' } };
    },
  })),
  fc.record({ i: index, archive: fc.boolean() }).map(({ i, archive }) => ({
    label: `${archive ? 'archive' : 'restore'} agreement #${i}`,
    run: async (rid) => {
      const id = pick(agreementIds, i)!;
      const res = await send('post', `/api/agreements/${id}/${archive ? 'archive' : 'restore'}`, rid, archive ? { confirm: true } : {});
      return { res, expected: { entityType: 'agreement', entityId: id, action: archive ? 'archive' : 'restore', snapshots: 'both' } };
    },
  })),
  fc.record({ i: index, j: index, kind: fc.constantFrom(...RELATION_KINDS) }).map(({ i, j, kind }) => ({
    label: `relate #${i} ${kind} #${j}`,
    run: async (rid) => {
      const res = await send('post', `/api/agreements/${pick(agreementIds, i)}/relations`, rid, { kind, otherAgreementId: pick(agreementIds, j), allowArchived: true });
      if (ok(res)) relationIds.push(res.body.id);
      return { res, expected: { entityType: 'agreement_relation', entityId: res.body.id, action: 'create', snapshots: 'after' } };
    },
  })),
  index.map((i) => ({
    label: `remove relation #${i}`,
    run: async (rid) => {
      const relationId = pick(relationIds, i) ?? 999999;
      const relation = t.deps.db.$client.prepare('select source_id from agreement_relations where id = ?').get(relationId) as { source_id: number } | undefined;
      const res = await send('delete', `/api/agreements/${relation?.source_id ?? agreementIds[0]}/relations/${relationId}`, rid);
      if (ok(res)) relationIds.splice(relationIds.indexOf(relationId), 1);
      return { res, expected: { entityType: 'agreement_relation', entityId: relationId, action: 'delete', snapshots: 'before' } };
    },
  })),
  fc.record({ code: fc.constantFrom(...codes), parent: fc.constantFrom(null, ...codes) }).map(({ code, parent }) => ({
    label: `house ${code} within ${parent}`,
    run: async (rid) => ({
      res: await send('put', `/api/collaborations/${code}/parent`, rid, { parentCode: parent }),
      expected: { entityType: 'collaboration', entityId: code, action: 'set_parent', snapshots: 'after' },
    }),
  })),
  fc.record({ local: fc.stringMatching(/^[a-z]{1,6}$/), role: fc.constantFrom(...ROLES) }).map(({ local, role }) => ({
    label: `create user ${local}`,
    run: async (rid) => {
      const res = await send('post', '/api/users', rid, { email: `${local}@vrt.example`, role });
      if (ok(res)) userIds.push(res.body.user.id);
      return { res, expected: { entityType: 'user', entityId: res.body.user?.id, action: 'create', snapshots: 'after' } };
    },
  })),
  fc.record({ i: index, role: fc.constantFrom(...ROLES), name: text }).map(({ i, role, name }) => ({
    label: `update user #${i}`,
    run: async (rid) => {
      const id = pick(userIds, i) ?? 999999;
      return { res: await send('patch', `/api/users/${id}`, rid, { role, name }), expected: { entityType: 'user', entityId: id, action: 'update', snapshots: 'both' } };
    },
  })),
  fc.record({ i: index, action: fc.constantFrom('reset-password', 'deactivate', 'reactivate') }).map(({ i, action }) => ({
    label: `${action} user #${i}`,
    run: async (rid) => {
      const id = pick(userIds, i) ?? 999999;
      return { res: await send('post', `/api/users/${id}/${action}`, rid), expected: { entityType: 'user', entityId: id, action: action.replace('-', '_'), snapshots: 'both' } };
    },
  })),
  fc.record({ name: text, locale: fc.constantFrom('nl', 'en') }).map(({ name, locale }) => ({
    label: 'update own profile',
    run: async (rid) => ({
      res: await send('patch', '/api/session/profile', rid, { name, locale }),
      expected: { entityType: 'user', entityId: t.user.id, action: 'update', snapshots: 'both' },
    }),
  })),
  fc.integer({ min: -5, max: 400 }).map((escalationDays) => ({
    label: `set escalation to ${escalationDays} days`,
    run: async (rid) => ({
      res: await send('patch', '/api/reminders/rules', rid, { escalationDays }),
      expected: { entityType: 'settings', entityId: 'reminders.rules', action: 'update', snapshots: 'after' },
    }),
  })),
  fc.stringMatching(/^[a-z]{1,6}$/).map((local) => ({
    label: `add reminder address ${local}`,
    run: async (rid) => {
      const res = await send('post', '/api/reminder-addresses', rid, { email: `${local}@team.example` });
      return { res, expected: { entityType: 'reminder_address', entityId: res.body.id, action: 'create', snapshots: 'after' } };
    },
  })),
];

interface EventRow {
  entity_type: string;
  entity_id: string;
  action: string;
  actor_label: string;
  before: string | null;
  after: string | null;
}

describe('audit completeness', () => {
  it('leaves exactly one matching audit event per accepted write, and none per refused one', async () => {
    const events = t.deps.db.$client.prepare('select entity_type, entity_id, action, actor_label, before, after from audit_events where request_id = ?');
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(...commands), { minLength: 1, maxLength: 12 }), async (sequence) => {
        tally.sequences++;
        for (const command of sequence) {
          const rid = `audit-${randomUUID()}`;
          const { res, expected } = await command.run(rid);
          tally.writes++;
          const rows = events.all(rid) as EventRow[];
          expect(res.status, `${command.label}: ${JSON.stringify(res.body)}`).toBeLessThan(500);
          if (!ok(res)) {
            tally.refused++;
            expect(rows, `${command.label} was refused (${res.status}) but left audit events`).toEqual([]);
            continue;
          }
          tally.accepted++;
          const e = expected!;
          tally.byAction.set(`${e.entityType}.${e.action}`, (tally.byAction.get(`${e.entityType}.${e.action}`) ?? 0) + 1);
          const matching = rows.filter((r) => r.entity_type === e.entityType && r.entity_id === String(e.entityId) && r.action === e.action);
          expect(matching, `${command.label}: events ${JSON.stringify(rows.map((r) => [r.entity_type, r.entity_id, r.action]))}`).toHaveLength(1);
          const [event] = matching;
          expect(event!.actor_label).toBe(t.user.email);
          if (e.snapshots !== 'before') expect(event!.after, `${command.label}: after`).not.toBeNull();
          if (e.snapshots !== 'after') expect(event!.before, `${command.label}: before`).not.toBeNull();
          expect(`${event!.before}${event!.after}`).not.toMatch(/argon2|passwordHash/);
        }
      }),
      { numRuns: 40 },
    );
    console.log(
      `audit completeness: ${tally.sequences} sequences, ${tally.writes} writes (${tally.accepted} accepted, ${tally.refused} refused), ${tally.byAction.size} kinds of change: ${[...tally.byAction.keys()].sort().join(', ')}`,
    );
    expect(tally.byAction.size).toBeGreaterThanOrEqual(12);
  }, 120_000);
});
