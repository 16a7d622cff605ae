import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness.ts';

// Reference day 1 June 2026: the yearly agreements below have their notice deadline on 30 September.
let t: TestApp;
let orgs: number[];
beforeAll(async () => {
  t = await createTestApp({ today: '2026-06-01' });
  orgs = ((await t.agent.get('/api/organisations')).body as { id: number }[]).slice(0, 2).map((o) => o.id);
});
afterAll(() => t.close());

const yearly = {
  type: 'service',
  startDate: '2024-01-01',
  endDate: '2026-12-31',
  termKind: 'fixed',
  noticePeriod: { value: 3, unit: 'month' },
  tacitRenewal: true,
  renewalPeriod: { value: 1, unit: 'year' },
  ownerName: 'J. Jansen',
};

async function create(fields: Record<string, unknown> = {}): Promise<number> {
  const res = await t.agent
    .post('/api/agreements')
    .set(t.headers)
    .send({
      ...yearly,
      title: `Test ${Math.random()}`,
      parties: [
        { organisationId: orgs[0], role: 'client' },
        { organisationId: orgs[1], role: 'provider' },
      ],
      ...fields,
    });
  expect(res.status).toBe(201);
  return res.body.id as number;
}

const post = (path: string, body?: object) => t.agent.post(path).set(t.headers).send(body);
const auditActions = (id: number) =>
  (t.deps.db.$client.prepare("select action from audit_events where entity_type = 'agreement' and entity_id = ? order by id").all(String(id)) as { action: string }[]).map(
    (r) => r.action,
  );

function expectRefused(res: { status: number; body: { code: string; refusal: string } }, refusal: string) {
  expect(res.status).toBe(409);
  expect(res.body).toMatchObject({ code: 'invalid_transition', refusal });
}

describe('renewal workflow', () => {
  it('starts a renewal: a draft successor that renews the agreement, which goes in renewal', async () => {
    const id = await create();
    const res = await post(`/api/agreements/${id}/renewal`);
    expect(res.status).toBe(201);
    const { predecessor, successor } = res.body;
    expect(predecessor).toMatchObject({ id, workflowState: 'in_renewal', status: 'in_renewal', noticeDeadline: '2026-09-30' });
    // Its own title and one renewal period (a year), not the initial three-year term.
    expect(successor).toMatchObject({
      workflowState: 'draft',
      status: 'draft',
      startDate: '2027-01-01',
      endDate: '2027-12-31',
      title: `${predecessor.title} — verlenging 2027`,
      ownerName: 'J. Jansen',
    });
    expect(successor.parties.map((p: { organisationId: number }) => p.organisationId)).toEqual(orgs);
    expect(successor.relations).toEqual([expect.objectContaining({ kind: 'renews', direction: 'outgoing', otherAgreementId: id })]);
    expect(res.headers.location).toBe(`/api/agreements/${successor.id}`);
    expect(auditActions(id)).toEqual(['create', 'start_renewal']);
    expect(auditActions(successor.id)).toEqual(['create_successor']);
  });

  it('records the decision, then activating the successor renews the predecessor', async () => {
    const id = await create();
    const { successor } = (await post(`/api/agreements/${id}/renewal`)).body;
    const decided = await post(`/api/agreements/${id}/renewal/decision`, { decision: 'renegotiate', noticeGivenDate: '2026-05-20' });
    expect(decided.status).toBe(200);
    expect(decided.body).toMatchObject({ decision: 'renegotiate', noticeGivenDate: '2026-05-20', workflowState: 'in_renewal', noticeDeadline: null, currentTermEnd: '2026-12-31' });
    const edited = await t.agent.patch(`/api/agreements/${successor.id}`).set(t.headers).send({ endDate: '2029-12-31', version: successor.version });
    expect(edited.status).toBe(200);
    const activated = await post(`/api/agreements/${successor.id}/activate`);
    expect(activated.status).toBe(200);
    expect(activated.body.agreement).toMatchObject({ id: successor.id, workflowState: 'active', status: 'active' });
    expect(activated.body.predecessor).toMatchObject({ id, workflowState: 'renewed', status: 'renewed', decision: 'renegotiate' });
    expect(auditActions(id)).toEqual(['create', 'start_renewal', 'record_decision', 'renewed_by_successor']);
    expect(auditActions(successor.id)).toEqual(['create_successor', 'update', 'activate']);
  });

  it('refuses steps that do not fit the state, saying why', async () => {
    const id = await create();
    expectRefused(await post(`/api/agreements/${id}/renewal/decision`, { decision: 'renew' }), 'not_in_renewal');
    expectRefused(await post(`/api/agreements/${id}/activate`), 'not_draft');
    const { successor } = (await post(`/api/agreements/${id}/renewal`)).body;
    expectRefused(await post(`/api/agreements/${id}/renewal`), 'already_in_renewal');
    expectRefused(await post(`/api/agreements/${successor.id}/renewal`), 'not_active');
    expectRefused(await post(`/api/agreements/${successor.id}/terminate`, { noticeGivenDate: '2026-05-01' }), 'not_active');
    expectRefused(await post(`/api/agreements/${successor.id}/renewal/decision`, { decision: 'renew' }), 'not_in_renewal');
    await post(`/api/agreements/${successor.id}/activate`);
    expectRefused(await post(`/api/agreements/${successor.id}/activate`), 'not_draft');
    expectRefused(await post(`/api/agreements/${id}/renewal/decision`, { decision: 'renew' }), 'ended');
    expectRefused(await post(`/api/agreements/${id}/terminate`, { noticeGivenDate: '2026-05-01' }), 'ended');
    const refused = await post(`/api/agreements/${id}/renewal`);
    expect(refused.body.detail).toBe('De overeenkomst is al verlengd of opgezegd.');
    expect(auditActions(id)).toEqual(['create', 'start_renewal', 'renewed_by_successor']);
  });

  it('refuses to activate a successor whose predecessor is no longer in renewal', async () => {
    const id = await create();
    const { successor } = (await post(`/api/agreements/${id}/renewal`)).body;
    expect((await post(`/api/agreements/${id}/renewal/decision`, { decision: 'terminate', noticeGivenDate: '2026-05-15' })).body).toMatchObject({
      workflowState: 'terminated',
      status: 'active',
      decision: 'terminate',
      terminationDate: '2026-12-31',
    });
    expectRefused(await post(`/api/agreements/${successor.id}/activate`), 'predecessor_not_in_renewal');
  });

  it('refuses archived agreements', async () => {
    const id = await create();
    expect((await post(`/api/agreements/${id}/archive`, { confirm: true })).status).toBe(200);
    expectRefused(await post(`/api/agreements/${id}/terminate`, { noticeGivenDate: '2026-05-01' }), 'archived');
  });
});

describe('terminate with notice', () => {
  it('ends the current term when notice was given before the deadline', async () => {
    const id = await create();
    const res = await post(`/api/agreements/${id}/terminate`, { noticeGivenDate: '2026-05-15' });
    expect(res.status).toBe(200);
    // In force until its last day ("opgezegd per 31-12-2026").
    expect(res.body).toMatchObject({
      workflowState: 'terminated',
      status: 'active',
      decision: 'terminate',
      noticeGivenDate: '2026-05-15',
      terminationDate: '2026-12-31',
      currentTermEnd: '2026-12-31',
      noticeDeadline: null,
    });
    expect(auditActions(id)).toEqual(['create', 'terminate']);
  });

  it('ends the next term when the deadline had passed', async () => {
    const id = await create({ endDate: '2026-06-30' });
    const res = await post(`/api/agreements/${id}/terminate`, { noticeGivenDate: '2026-05-15' });
    // Notice on 15 May missed the 31 March deadline: the agreement renews once more, then ends.
    expect(res.body).toMatchObject({ terminationDate: '2027-06-30', currentTermEnd: '2026-06-30', status: 'active' });
  });

  it('ends an indefinite agreement one notice period after notice', async () => {
    const id = await create({ endDate: null, termKind: 'indefinite', tacitRenewal: null, renewalPeriod: null });
    const res = await post(`/api/agreements/${id}/terminate`, { noticeGivenDate: '2026-05-15' });
    expect(res.body).toMatchObject({ terminationDate: '2026-08-15', status: 'active' });
  });

  it('asks for the last day when the facts do not determine it, and refuses notice in the future', async () => {
    const id = await create({ endDate: null, termKind: 'indefinite', noticePeriod: null, tacitRenewal: null, renewalPeriod: null });
    const missing = await post(`/api/agreements/${id}/terminate`, { noticeGivenDate: '2026-05-15' });
    expect(missing.status).toBe(422);
    expect(missing.body.errors).toEqual([expect.objectContaining({ field: 'body.terminationDate' })]);
    const future = await post(`/api/agreements/${id}/terminate`, { noticeGivenDate: '2026-06-02', terminationDate: '2026-12-31' });
    expect(future.status).toBe(422);
    expect(future.body.errors).toEqual([expect.objectContaining({ field: 'body.noticeGivenDate' })]);
    const given = await post(`/api/agreements/${id}/terminate`, { noticeGivenDate: '2026-05-15', terminationDate: '2026-12-31' });
    expect(given.body).toMatchObject({ terminationDate: '2026-12-31', status: 'active' });
    expect(auditActions(id)).toEqual(['create', 'terminate']);
  });

  it('validates the decision body and lets only legal advisors and admins move the workflow', async () => {
    const id = await create();
    await post(`/api/agreements/${id}/renewal`);
    const noDate = await post(`/api/agreements/${id}/renewal/decision`, { decision: 'terminate' });
    expect(noDate.status).toBe(422);
    expect(noDate.body.errors).toEqual([expect.objectContaining({ field: 'body.noticeGivenDate' })]);
    const viewer = await t.signIn({ role: 'viewer' });
    const res = await viewer.agent.post(`/api/agreements/${id}/terminate`).set(viewer.headers).send({ noticeGivenDate: '2026-05-01' });
    expect(res.status).toBe(403);
  });

  it('documents the workflow routes in OpenAPI', async () => {
    const paths = (await t.agent.get('/api/openapi.json')).body.paths as Record<string, unknown>;
    for (const p of ['/api/agreements/{id}/renewal', '/api/agreements/{id}/renewal/decision', '/api/agreements/{id}/activate', '/api/agreements/{id}/terminate']) {
      expect(paths[p]).toBeDefined();
    }
  });
});
