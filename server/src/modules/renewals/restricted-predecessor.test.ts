import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type SignedIn, type TestApp } from '../../test/harness.ts';

/*
 * A draft successor in RTR renews an agreement of ZVHT (an admin moved the
 * draft). A legal advisor limited to RTR may see and edit the draft, but not
 * the predecessor: activating must be refused before anything is written,
 * with the answer the API gives for any agreement outside the scope (404),
 * and without telling anything about the predecessor but its id.
 */

let t: TestApp;
let rtrLegal: SignedIn;

const PREDECESSOR_TITLE = 'Vertrouwelijke dienstverlening casusregie (ZVHT)';
const PREDECESSOR_NOTES = 'Alleen voor het ZVHT-bestuur';

beforeAll(async () => {
  t = await createTestApp({ today: '2026-06-01' });
  rtrLegal = await t.signIn({ role: 'legal', email: 'rtr-legal@akkoord.test', scope: ['RTR'] });
});
afterAll(() => t.close());

const post = (who: SignedIn, path: string, body?: object) => who.agent.post(path).set(who.headers).send(body);

/** A ZVHT agreement in renewal with its draft successor moved to RTR. */
async function renewalAcrossScopes(): Promise<{ predecessorId: number; successorId: number }> {
  const created = await post(t, '/api/agreements', {
    type: 'service',
    title: PREDECESSOR_TITLE,
    notes: PREDECESSOR_NOTES,
    collaborationCode: 'ZVHT',
    startDate: '2024-01-01',
    endDate: '2026-12-31',
    termKind: 'fixed',
    noticePeriod: { value: 3, unit: 'month' },
    tacitRenewal: true,
    renewalPeriod: { value: 1, unit: 'year' },
  });
  expect(created.status).toBe(201);
  const renewal = await post(t, `/api/agreements/${created.body.id}/renewal`, { title: 'Dienstverlening cameratoezicht (RTR)' });
  expect(renewal.status).toBe(201);
  const successor = renewal.body.successor as { id: number; version: number };
  const moved = await t.agent.patch(`/api/agreements/${successor.id}`).set(t.headers).send({ version: successor.version, collaborationCode: 'RTR' });
  expect(moved.status).toBe(200);
  return { predecessorId: created.body.id as number, successorId: successor.id };
}

/** What activation could change: both agreements' version and state, and the audit trail. */
function snapshot(ids: number[]) {
  const db = t.deps.db.$client;
  return {
    agreements: ids.map((id) => db.prepare('select id, version, workflow_state, decision, updated_at from agreements where id = ?').get(id)),
    auditEvents: db.prepare('select count(*) as n, max(id) as last from audit_events').get(),
  };
}

describe('activating a successor whose predecessor lies outside the caller’s collaborations', () => {
  it('is refused with 404 before anything is written, naming the predecessor by id only', async () => {
    const { predecessorId, successorId } = await renewalAcrossScopes();
    expect((await rtrLegal.agent.get(`/api/agreements/${successorId}`)).status).toBe(200);
    const before = snapshot([predecessorId, successorId]);

    const res = await post(rtrLegal, `/api/agreements/${successorId}/activate`);
    expect(res.status).toBe(404);
    expect(snapshot([predecessorId, successorId])).toEqual(before);
    expect((before.agreements as { workflow_state: string }[]).map((a) => a.workflow_state)).toEqual(['in_renewal', 'draft']);
    expect(res.body.code).toBe('not_found');
    expect(res.body.detail).toContain(`overeenkomst ${predecessorId}`);
    expect(res.text).not.toContain(PREDECESSOR_TITLE);
    expect(res.text).not.toContain(PREDECESSOR_NOTES);
  });

  it('does not reveal the predecessor’s state either (no invalid_transition about it)', async () => {
    const { predecessorId, successorId } = await renewalAcrossScopes();
    expect((await post(t, `/api/agreements/${predecessorId}/renewal/decision`, { decision: 'terminate', noticeGivenDate: '2026-05-15' })).status).toBe(200);
    const before = snapshot([predecessorId, successorId]);
    const res = await post(rtrLegal, `/api/agreements/${successorId}/activate`);
    expect(res.status).toBe(404);
    expect(res.body).not.toHaveProperty('refusal');
    expect(snapshot([predecessorId, successorId])).toEqual(before);
  });

  it('goes ahead for someone who may see both', async () => {
    const { predecessorId, successorId } = await renewalAcrossScopes();
    const res = await post(t, `/api/agreements/${successorId}/activate`);
    expect(res.status).toBe(200);
    expect(res.body.agreement).toMatchObject({ id: successorId, workflowState: 'active' });
    expect(res.body.predecessor).toMatchObject({ id: predecessorId, workflowState: 'renewed' });
  });
});
