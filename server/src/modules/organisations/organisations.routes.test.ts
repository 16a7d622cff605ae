import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organisationDetailSchema, organisationSchema } from '@akkoord/shared/schemas/organisation';
import { createTestApp, type SignedIn, type TestApp } from '../../test/harness.ts';

let t: TestApp;
let legal: SignedIn;
let manager: SignedIn;
let rtrLegal: SignedIn;

beforeAll(async () => {
  t = await createTestApp();
  legal = await t.signIn({ role: 'legal' });
  manager = await t.signIn({ role: 'manager' });
  rtrLegal = await t.signIn({ role: 'legal', email: 'rtr-legal@akkoord.test', scope: ['RTR'] });
});
afterAll(() => t.close());

const create = (who: SignedIn, body: object) => who.agent.post('/api/organisations').set(who.headers).send(body);
const auditOf = async (id: number) =>
  (await t.agent.get('/api/audit').query({ entityType: 'organisation', entityId: String(id) })).body.items as {
    action: string;
    actorLabel: string;
    before: unknown;
    after: { name: string };
  }[];

describe('POST /api/organisations', () => {
  it('adds a counterparty for legal, with its audit event, and lists it', async () => {
    const res = await create(legal, { name: 'Datakluis Oost B.V.', kind: 'private_company', kvkNumber: '1234 5678' });
    expect(res.status).toBe(201);
    expect(organisationSchema.parse(res.body)).toMatchObject({
      name: 'Datakluis Oost B.V.',
      kind: 'private_company',
      kvkNumber: '12345678',
      oin: null,
      parentId: null,
      version: 1,
    });
    expect(res.headers.location).toBe(`/api/organisations/${res.body.id}`);
    const list = (await manager.agent.get('/api/organisations')).body as { id: number }[];
    expect(list.map((o) => o.id)).toContain(res.body.id);
    const audit = await auditOf(res.body.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'create', actorLabel: 'legal@akkoord.test', after: { name: 'Datakluis Oost B.V.' } });
  });

  it('refuses a duplicate by normalised name with 409 and offers the existing one', async () => {
    const first = await create(legal, { name: 'Coöperatie Zorgnet Twente U.A.', kind: 'care' });
    expect(first.status).toBe(201);
    for (const name of ['zorgnet twente', '  ZORGNET-Twente ', 'Cooperatie Zorgnet Twente']) {
      const again = await create(legal, { name, kind: 'care' });
      expect(again.status, name).toBe(409);
      expect(again.headers['content-type']).toContain('application/problem+json');
      expect(again.body).toMatchObject({ code: 'conflict', existing: { id: first.body.id, name: 'Coöperatie Zorgnet Twente U.A.' } });
      expect(again.body.errors[0].field).toBe('body.name');
    }
    // A seeded organisation counts too.
    const seeded = ((await t.agent.get('/api/organisations')).body as { id: number; name: string }[]).find((o) => o.name === 'Gemeente Enschede')!;
    const dup = await create(legal, { name: 'gemeente  enschede', kind: 'municipality' });
    expect(dup.status).toBe(409);
    expect(dup.body.existing.id).toBe(seeded.id);
  });

  it('refuses a KvK number or OIN that another organisation has', async () => {
    const a = await create(legal, { name: 'Leverancier Een', kind: 'private_company', oin: '00000001234567890000' });
    expect(a.status).toBe(201);
    const b = await create(legal, { name: 'Leverancier Twee', kind: 'private_company', oin: '00000001234567890000' });
    expect(b.status).toBe(409);
    expect(b.body).toMatchObject({ existing: { id: a.body.id }, errors: [{ field: 'body.oin' }] });
  });

  it('validates the input, naming the field (422)', async () => {
    const cases: [object, string][] = [
      [{ kind: 'care' }, 'body.name'],
      [{ name: '   ', kind: 'care' }, 'body.name'],
      [{ name: 'X', kind: 'bakery' }, 'body.kind'],
      [{ name: 'X', kind: 'care', kvkNumber: '1234567' }, 'body.kvkNumber'],
      [{ name: 'X', kind: 'care', kvkNumber: '1234567a' }, 'body.kvkNumber'],
      [{ name: 'X', kind: 'care', oin: '1234' }, 'body.oin'],
      [{ name: 'X', kind: 'care', parentId: 999999 }, 'body.parentId'],
      [{ name: 'X', kind: 'care', id: 3 }, 'body.id'],
    ];
    for (const [body, field] of cases) {
      const res = await create(legal, body);
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect(
        res.body.errors.map((e: { field: string }) => e.field),
        JSON.stringify(body),
      ).toContain(field);
    }
    const notJson = await legal.agent.post('/api/organisations').set(legal.headers).set('Content-Type', 'application/json').send('{"name":');
    expect(notJson.status).toBe(400);
  });

  it('is for legal and admin only', async () => {
    expect((await create(manager, { name: 'Manager BV', kind: 'other' })).status).toBe(403);
    const viewer = await t.signIn({ role: 'viewer' });
    expect((await create(viewer, { name: 'Viewer BV', kind: 'other' })).status).toBe(403);
    expect((await create(t, { name: 'Beheerder Leverancier', kind: 'other' })).status).toBe(201);
  });
});

describe('PATCH /api/organisations/:id', () => {
  it('corrects fields with optimistic concurrency, audited with before and after', async () => {
    const made = (await create(legal, { name: 'Tolken Noord', kind: 'other' })).body;
    const res = await legal.agent.patch(`/api/organisations/${made.id}`).set(legal.headers).send({ version: 1, name: 'Tolkencentrum Noord', kvkNumber: '87654321' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ name: 'Tolkencentrum Noord', kvkNumber: '87654321', kind: 'other', version: 2 });
    const stale = await legal.agent.patch(`/api/organisations/${made.id}`).set(legal.headers).send({ version: 1, name: 'Oud' });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ code: 'stale_write', current: { name: 'Tolkencentrum Noord', version: 2 } });
    const audit = await auditOf(made.id);
    expect(audit.map((e) => e.action)).toEqual(['update', 'create']);
    expect(audit[0]).toMatchObject({ before: { name: 'Tolken Noord' }, after: { name: 'Tolkencentrum Noord' } });
  });

  it('sets a parent and refuses a cycle or a duplicate name', async () => {
    const parent = (await create(legal, { name: 'Holding Oost', kind: 'private_company' })).body;
    const child = (await create(legal, { name: 'Oost Dochter', kind: 'private_company', parentId: parent.id })).body;
    expect(child.parentId).toBe(parent.id);
    const detail = await t.agent.get(`/api/organisations/${child.id}`);
    expect(organisationDetailSchema.parse(detail.body).parent).toEqual({ id: parent.id, name: 'Holding Oost' });
    const cycle = await legal.agent.patch(`/api/organisations/${parent.id}`).set(legal.headers).send({ version: parent.version, parentId: child.id });
    expect(cycle.status).toBe(422);
    expect(cycle.body.errors[0].field).toBe('body.parentId');
    const self = await legal.agent.patch(`/api/organisations/${parent.id}`).set(legal.headers).send({ version: parent.version, parentId: parent.id });
    expect(self.status).toBe(422);
    const dup = await legal.agent.patch(`/api/organisations/${child.id}`).set(legal.headers).send({ version: child.version, name: 'holding oost' });
    expect(dup.status).toBe(409);
    expect(dup.body.existing.id).toBe(parent.id);
    // Its own name in another spelling is no duplicate of itself.
    const own = await legal.agent.patch(`/api/organisations/${child.id}`).set(legal.headers).send({ version: child.version, name: 'OOST DOCHTER' });
    expect(own.status).toBe(200);
  });

  it('answers 404 for an unknown organisation, 422 without a version, 403 for a manager', async () => {
    expect((await legal.agent.patch('/api/organisations/999999').set(legal.headers).send({ version: 1, name: 'X' })).status).toBe(404);
    const any = ((await t.agent.get('/api/organisations')).body as { id: number }[])[0]!;
    const noVersion = await legal.agent.patch(`/api/organisations/${any.id}`).set(legal.headers).send({ name: 'X' });
    expect(noVersion.status).toBe(422);
    expect(noVersion.body.errors[0].field).toBe('body.version');
    expect((await manager.agent.patch(`/api/organisations/${any.id}`).set(manager.headers).send({ version: 1, name: 'X' })).status).toBe(403);
  });
});

describe('collaboration scope', () => {
  it('lets a limited legal advisor add an organisation and correct one used only within their scope', async () => {
    const made = await create(rtrLegal, { name: 'Bodemlab RTR', kind: 'private_company' });
    expect(made.status).toBe(201);
    const res = await rtrLegal.agent.patch(`/api/organisations/${made.body.id}`).set(rtrLegal.headers).send({ version: 1, notes: 'Bodemonderzoek' });
    expect(res.status).toBe(200);
  });

  /** A seeded organisation that is party to agreements an RTR-only advisor may not see. */
  async function sharedOrganisation() {
    const orgs = (await t.agent.get('/api/organisations')).body as { id: number; name: string; version: number }[];
    for (const o of orgs) {
      const all = (await t.agent.get(`/api/organisations/${o.id}`)).body as { agreements: { title: string; agreementId: number }[] };
      const visible = (await rtrLegal.agent.get(`/api/organisations/${o.id}`)).body as { agreements: { agreementId: number }[] };
      const hidden = all.agreements.filter((a) => !visible.agreements.some((v) => v.agreementId === a.agreementId));
      if (hidden.length) return { ...o, hidden };
    }
    throw new Error('no organisation is party outside RTR');
  }

  it('refuses a limited advisor to change an organisation that is party outside their scope, without naming what', async () => {
    const shared = await sharedOrganisation();
    const res = await rtrLegal.agent
      .patch(`/api/organisations/${shared.id}`)
      .set(rtrLegal.headers)
      .send({ version: shared.version, name: `${shared.name} (gewijzigd)` });
    expect(res.status).toBe(403);
    for (const a of shared.hidden) expect(res.text).not.toContain(a.title);
    expect((await t.agent.get(`/api/organisations/${shared.id}`)).body.name).toBe(shared.name);
  });

  it('never reveals other collaborations’ agreements through a duplicate refusal', async () => {
    const shared = await sharedOrganisation();
    const dup = await create(rtrLegal, { name: shared.name.toUpperCase(), kind: 'other' });
    expect(dup.status).toBe(409);
    expect(dup.body.existing.id).toBe(shared.id);
    expect(Object.keys(dup.body.existing).sort()).toEqual(Object.keys(organisationSchema.shape).sort());
    for (const a of shared.hidden) expect(dup.text).not.toContain(a.title);
  });
});
