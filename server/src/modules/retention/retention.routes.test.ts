import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type SignedIn, type TestApp } from '../../test/harness.ts';
import { pdf } from '../documents/document-fixtures.testing.ts';
import { filesOf } from '../documents/document-access.ts';

/**
 * Archiefwet retention through the API (issue 17 item 3; decisions 061–063): the selection list, destruction
 * dates at month ends and with partial dates, the legal hold, and the two-person destruction with the
 * minimal record that remains while files and personal data are gone.
 */

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

let t: TestApp;
let second: SignedIn;
let legal: SignedIn;

const rules = async () =>
  (await t.agent.get('/api/retention-rules')).body as { id: number; code: string; action: string; years: number | null; defaultForTypes: string[]; agreementCount: number }[];
const ruleId = async (code: string) => (await rules()).find((r) => r.code === code)!.id;

async function createAgreement(body: Record<string, unknown>) {
  const res = await t.agent
    .post('/api/agreements')
    .set(t.headers)
    .send({ type: 'service', title: `Bewaren ${Math.random()}`, collaborationCode: 'IVZ', ...body });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: number; version: number; retentionRuleId: number | null; retention: Record<string, unknown> };
}
const getAgreement = async (id: number) => (await t.agent.get(`/api/agreements/${id}`)).body;
const upload = (id: number, bytes: Buffer, name: string) =>
  t.agent.post(`/api/agreements/${id}/documents`).set(t.headers).field('kind', 'signed_copy').field('note', 'Getekend door J. Jansen').attach('file', bytes, name);
const propose = (agreementIds: number[], who: SignedIn = t) => who.agent.post('/api/destruction-lists').set(who.headers).send({ agreementIds, note: 'Jaarlijkse vernietiging' });

beforeAll(async () => {
  t = await createTestApp({ today: '2026-11-29' });
  second = await t.signIn({ role: 'admin', email: 'tweede-beheerder@akkoord.test' });
  legal = await t.signIn({ role: 'legal' });
});
afterAll(() => t.close());

describe('the selection list', () => {
  it('ships categories of the Selectielijst 2020 with defaults per type, and seeded agreements have their type’s default', async () => {
    const list = await rules();
    expect(list.map((r) => [r.code, r.action, r.years])).toEqual([
      ['16.1', 'destroy', 10],
      ['16.1.2', 'keep', null],
      ['16.1.5', 'destroy', 7],
    ]);
    expect(list.find((r) => r.code === '16.1.2')!.defaultForTypes.sort()).toEqual(['cooperation', 'governance', 'privacy']);
    expect(list.find((r) => r.code === '16.1')!.defaultForTypes.sort()).toEqual(['processor', 'service', 'subprocessor']);
    const seeded = (await t.agent.get('/api/agreements').query({ limit: 200 })).body.items as { id: number; type: string }[];
    expect(seeded.length).toBeGreaterThan(0);
    for (const s of seeded.slice(0, 10)) {
      const a = await getAgreement(s.id);
      expect(a.retention.rule.code).toBe(['cooperation', 'governance', 'privacy'].includes(s.type) ? '16.1.2' : '16.1');
    }
  });

  it('is maintained by admins: years must fit the action, codes are unique, a rule in use is never deleted', async () => {
    const bad = await t.agent.post('/api/retention-rules').set(t.headers).send({ code: 'X.1', description: 'Proef', action: 'destroy', legalBasis: 'Proef' });
    expect(bad.status).toBe(422);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'body.years' })]);
    const keepWithYears = await t.agent.post('/api/retention-rules').set(t.headers).send({ code: 'X.1', description: 'Proef', action: 'keep', years: 3, legalBasis: 'Proef' });
    expect(keepWithYears.body.errors).toEqual([expect.objectContaining({ field: 'body.years' })]);
    const taken = await t.agent.post('/api/retention-rules').set(t.headers).send({ code: '16.1', description: 'Dubbel', action: 'keep', legalBasis: 'Proef' });
    expect([taken.status, taken.body.errors[0].field]).toEqual([409, 'body.code']);

    const made = await t.agent.post('/api/retention-rules').set(t.headers).send({ code: 'X.4', description: 'Vier jaar', action: 'destroy', years: 4, legalBasis: 'Proef' });
    expect(made.status).toBe(201);
    const changed = await t.agent.patch(`/api/retention-rules/${made.body.id}`).set(t.headers).send({ action: 'keep' });
    expect(changed.body).toMatchObject({ action: 'keep', years: null });
    await t.agent.patch(`/api/retention-rules/${made.body.id}`).set(t.headers).send({ action: 'destroy', years: 4 });

    const inUse = await t.agent.delete(`/api/retention-rules/${await ruleId('16.1')}`).set(t.headers);
    expect(inUse.status).toBe(409);
    expect(await ruleId('16.1')).toBeGreaterThan(0);
    const spare = await t.agent.post('/api/retention-rules').set(t.headers).send({ code: 'X.weg', description: 'Ongebruikt', action: 'keep', legalBasis: 'Proef' });
    expect((await t.agent.delete(`/api/retention-rules/${spare.body.id}`).set(t.headers)).status).toBe(204);
    const events = t.deps.db.$client.prepare("select action from audit_events where entity_type = 'retention_rule' order by id").pluck().all();
    expect(events).toEqual(['create', 'update', 'update', 'create', 'delete']);
    expect((await legal.agent.post('/api/retention-rules').set(legal.headers).send({ code: 'L', description: 'L', action: 'keep', legalBasis: 'L' })).status).toBe(403);
  });
});

describe('destruction dates through the API', () => {
  it('count from the latest day of a partial end, keep month ends, and say why there is none', async () => {
    const fourYears = await ruleId('X.4');
    const cases: [Record<string, unknown>, string | null, string | null][] = [
      [{ startDate: '2010', endDate: '2015' }, '2025-12-31', null],
      [{ startDate: '2010', endDate: '2016-02' }, '2026-02-28', null],
      [{ startDate: '2010', endDate: '2016-02-29', retentionRuleId: fourYears }, '2020-02-29', null],
      [{ startDate: '2010', endDate: '2019-04-30', retentionRuleId: fourYears }, '2023-04-30', null],
      [{ startDate: '2010', endDate: '2024-02-29', retentionRuleId: fourYears }, '2028-02-29', null],
      [{ startDate: '2010', termKind: 'indefinite' }, null, 'end_unknown'],
      [{ type: 'cooperation', startDate: '2010', endDate: '2011' }, null, 'keep_permanently'],
    ];
    for (const [body, date, reason] of cases) {
      const a = await createAgreement(body);
      expect({ body, date: a.retention.destructionDate, reason: a.retention.noDateReason }).toEqual({ body, date, reason });
    }
  });

  it('lets legal choose another rule or none, and refuses one that does not exist naming the field', async () => {
    const a = await createAgreement({ startDate: '2010', endDate: '2012' });
    const none = await legal.agent.patch(`/api/agreements/${a.id}`).set(legal.headers).send({ version: a.version, retentionRuleId: null });
    expect(none.body.retention).toMatchObject({ rule: null, destructionDate: null, noDateReason: 'no_rule' });
    const missing = await legal.agent.patch(`/api/agreements/${a.id}`).set(legal.headers).send({ version: none.body.version, retentionRuleId: 999999 });
    expect([missing.status, missing.body.errors[0].field]).toEqual([422, 'body.retentionRuleId']);
  });
});

describe('destruction', () => {
  let target: number;
  let bytes: Buffer;
  let shared: Buffer;
  let keeperId: number;

  beforeAll(async () => {
    const a = await createAgreement({
      startDate: '2008-01-01',
      endDate: '2014-06-30',
      ownerName: 'Piet Eigenaar',
      ownerEmail: 'piet@vrt.test',
      notes: 'Contactpersoon: mevrouw De Vries, 06-12345678',
      parties: [{ organisationId: (await t.agent.get('/api/organisations')).body[0].id, role: 'client', signatoryName: 'A. Ondertekenaar', signatoryTitle: 'Burgemeester' }],
    });
    target = a.id;
    bytes = pdf([`Vernietigbaar ${Date.now()}`]);
    shared = pdf([`Gedeeld ${Date.now()}`]);
    expect((await upload(target, bytes, 'Getekend contract.pdf')).status).toBe(201);
    expect((await upload(target, shared, 'Bijlage.pdf')).status).toBe(201);
    // The same bytes on an agreement that stays: content addressing shares the file, so it must stay.
    const versionIds = t.deps.db.$client
      .prepare('select v.id from document_versions v join documents d on d.id = v.document_id where d.agreement_id = ?')
      .pluck()
      .all(target) as number[];
    for (const id of versionIds)
      t.deps.db.$client.prepare("insert or replace into document_pages (version_id, page, text) values (?, 1, 'Getekend door A. Ondertekenaar')").run(id);
    const keeper = await createAgreement({ startDate: '2020', endDate: '2030', ownerName: 'Karel Blijft', notes: 'Blijvende notitie van Karel' });
    keeperId = keeper.id;
    expect((await upload(keeper.id, shared, 'Bijlage elders.pdf')).status).toBe(201);
    // An update (before/after both hold personal data) and a relation to the agreement that stays, with a note.
    const current = await getAgreement(target);
    const edited = await t.agent
      .patch(`/api/agreements/${target}`)
      .set({ ...t.headers, 'If-Match': `"${target}-${current.version}"` })
      .send({ ownerEmail: 'piet.eigenaar@vrt.test', notes: 'Contactpersoon: mevrouw De Vries, 06-12345678 (bijgewerkt)' });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    const related = await t.agent
      .post(`/api/agreements/${target}/relations`)
      .set(t.headers)
      .send({ kind: 'based_on', otherAgreementId: keeper.id, note: 'Afgesproken met Piet Eigenaar' });
    expect(related.status, JSON.stringify(related.body)).toBe(201);
    // An import batch that updated both agreements: its undo data holds their owner and notes as they were.
    const db = t.deps.db.$client;
    const batch = db
      .prepare("insert into import_batches (created_by, file_name, format, columns, state, total, created_at) values (?, 'lijst.csv', 'csv', '[]', 'done', 2, ?)")
      .run(t.user.id, '2026-11-01T08:00:00Z').lastInsertRowid;
    for (const [agreementId, owner, notes] of [
      [target, 'Piet Eigenaar', 'Contactpersoon: mevrouw De Vries'],
      [keeperId, 'Karel Blijft', 'Blijvende notitie van Karel'],
    ] as const) {
      db.prepare("insert into import_changes (batch_id, agreement_id, kind, row_number, before, version_after) values (?, ?, 'updated', 1, ?, 1)").run(
        batch,
        agreementId,
        JSON.stringify({ columns: { title: 'Oude titel', ownerName: owner, notes }, parties: [{ organisationId: 1, signatoryName: 'A. Ondertekenaar' }] }),
      );
    }
  });

  const fileOnDisk = (b: Buffer) => {
    return fs.existsSync(filesOf(t.deps).path(sha(b)));
  };

  it('lists agreements past retention for admins only', async () => {
    const due = (await t.agent.get('/api/retention/due')).body as { id: number; destructionDate: string; documentCount: number; legalHold: boolean }[];
    expect(due.find((d) => d.id === target)).toMatchObject({ destructionDate: '2024-06-30', documentCount: 2, legalHold: false });
    expect(due.every((d) => d.destructionDate <= '2026-11-29')).toBe(true);
    expect((await legal.agent.get('/api/retention/due')).status).toBe(403);
  });

  it('refuses an agreement whose retention has not passed, naming it', async () => {
    const young = await createAgreement({ startDate: '2020', endDate: '2024' });
    const res = await propose([target, young.id]);
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([{ field: 'body.agreementIds.1', message: expect.stringContaining('nog niet verstreken') }]);
  });

  it('a legal hold blocks proposing, and a hold set after the proposal blocks approving', async () => {
    const hold = await legal.agent.put(`/api/agreements/${target}/legal-hold`).set(legal.headers).send({ reason: 'WOO-verzoek 2026-14 loopt' });
    expect(hold.status).toBe(200);
    expect(hold.body.retention.legalHold).toMatchObject({ reason: 'WOO-verzoek 2026-14 loopt', by: { label: 'legal@akkoord.test' } });
    const blocked = await propose([target]);
    expect([blocked.status, blocked.body.errors[0].field]).toEqual([422, 'body.agreementIds.0']);
    expect(blocked.body.errors[0].message).toContain('bewaarplicht');

    expect((await legal.agent.delete(`/api/agreements/${target}/legal-hold`).set(legal.headers)).status).toBe(200);
    const list = await propose([target]);
    expect(list.status).toBe(201);
    await legal.agent.put(`/api/agreements/${target}/legal-hold`).set(legal.headers).send({ reason: 'Rechtszaak' });
    const refused = await second.agent.post(`/api/destruction-lists/${list.body.id}/approve`).set(second.headers);
    expect([refused.status, refused.body.errors[0].field]).toEqual([409, 'items.0.agreementId']);
    expect(fileOnDisk(bytes)).toBe(true);
    expect((await getAgreement(target)).notes).toContain('De Vries');
    await legal.agent.delete(`/api/agreements/${target}/legal-hold`).set(legal.headers);
    expect((await second.agent.post(`/api/destruction-lists/${list.body.id}/reject`).set(second.headers).send({ reason: 'Opnieuw na de rechtszaak' })).body.state).toBe('rejected');
  });

  it('needs two people: the proposer can neither approve nor reject their own list; a second admin approves', async () => {
    const list = await propose([target]);
    expect(list.status).toBe(201);
    expect(list.body).toMatchObject({ state: 'proposed', isOwn: true, proposedBy: { label: 'admin@akkoord.test' } });
    const own = await t.agent.post(`/api/destruction-lists/${list.body.id}/approve`).set(t.headers);
    expect([own.status, own.body.code]).toEqual([403, 'forbidden']);
    expect(own.body.detail).toContain('tweede beheerder');
    expect((await t.agent.post(`/api/destruction-lists/${list.body.id}/reject`).set(t.headers).send({ reason: 'x' })).status).toBe(403);
    expect((await second.agent.post(`/api/destruction-lists/${list.body.id}/cancel`).set(second.headers)).status).toBe(403);
    expect((await second.agent.get(`/api/destruction-lists/${list.body.id}`)).body.isOwn).toBe(false);
    expect(fileOnDisk(bytes)).toBe(true);

    const approved = await second.agent.post(`/api/destruction-lists/${list.body.id}/approve`).set(second.headers);
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    expect(approved.body).toMatchObject({ state: 'approved', decidedBy: { label: 'tweede-beheerder@akkoord.test' }, items: [{ agreementId: target, destroyed: true }] });
    expect((await second.agent.post(`/api/destruction-lists/${list.body.id}/approve`).set(second.headers)).status).toBe(409);
  });

  it('removes the files and the personal data, and keeps the minimal record: what, when, on whose decision, under which rule', async () => {
    expect(fileOnDisk(bytes)).toBe(false);
    expect(fileOnDisk(shared)).toBe(true);
    const a = await getAgreement(target);
    expect(a).toMatchObject({ destroyed: true, archived: true, ownerName: null, ownerEmail: null, notes: null });
    expect(a.parties[0]).toMatchObject({ signatoryName: null, signatoryTitle: null });
    expect(a.retention.destruction).toMatchObject({
      destroyedAt: expect.stringMatching(/^2026-11-29T/),
      proposedBy: { label: 'admin@akkoord.test' },
      approvedBy: { label: 'tweede-beheerder@akkoord.test' },
      rule: { code: '16.1', years: 10, legalBasis: expect.stringContaining('Selectielijst gemeenten en intergemeentelijke organen 2020') },
      agreement: { title: a.title, type: 'service', collaborationCode: 'IVZ', end: '2014-06-30', destructionDate: '2024-06-30' },
      documents: [
        { title: 'Getekend contract.pdf', versions: 1, sha256: [sha(bytes)] },
        { title: 'Bijlage.pdf', versions: 1, sha256: [sha(shared)] },
      ],
      clearedFields: expect.arrayContaining(['agreement.notes', 'parties.signatoryName', 'documents.files']),
    });
    const pages = t.deps.db.$client.prepare(
      'select count(*) from document_pages p join document_versions v on v.id = p.version_id join documents d on d.id = v.document_id where d.agreement_id = ?',
    );
    expect(pages.pluck().get(target)).toBe(0);
    const docs = (await t.agent.get(`/api/agreements/${target}/documents`)).body;
    const first = (Array.isArray(docs) ? docs : docs.items)[0];
    expect(first.note).toBeNull();
    const download = await t.agent.get(`/api/documents/${first.id}/versions/1/content`);
    expect(download.status).toBe(404);
    expect(download.body.detail).toContain('vernietigd');
    const raw = JSON.stringify(
      t.deps.db.$client.prepare("select * from audit_events where entity_type = 'agreement' and entity_id = ? and action = 'destroy'").get(String(target)),
    );
    expect(raw).not.toContain('De Vries');
    // The stored snapshots lost the old values at the destruction (redacted once), and no answer shows them.
    const created = t.deps.db.$client.prepare("select after from audit_events where entity_type = 'agreement' and entity_id = ? and action = 'create'").pluck().get(String(target));
    expect(created).not.toContain('De Vries');
    const history = await t.agent.get(`/api/agreements/${target}/history`).query({ limit: 100 });
    expect(history.body.items.map((e: { action: string }) => e.action)).toEqual(expect.arrayContaining(['destroy', 'create']));
    const audit = await t.agent.get('/api/audit').query({ entityType: 'agreement', entityId: String(target) });
    expect(audit.body.items.length).toBeGreaterThan(1);
    const csv = await t.agent.get('/api/audit.csv').query({ entityType: 'agreement', entityId: String(target) });
    for (const shown of [JSON.stringify(history.body), JSON.stringify(audit.body), csv.text]) {
      for (const personal of ['De Vries', 'Piet Eigenaar', 'piet@vrt.test', 'A. Ondertekenaar']) expect(shown).not.toContain(personal);
    }
    expect((await t.agent.post(`/api/agreements/${target}/restore`).set(t.headers)).status).toBe(409);
    expect((await legal.agent.put(`/api/agreements/${target}/legal-hold`).set(legal.headers).send({ reason: 'Te laat' })).status).toBe(409);
    expect(((await t.agent.get('/api/retention/due')).body as { id: number }[]).some((d) => d.id === target)).toBe(false);
    expect((await propose([target])).body.errors[0].message).toContain('al vernietigd');
  });

  it('also removes that personal data from the undo data of an import batch that updated the agreement', () => {
    const before = (id: number) =>
      JSON.parse(t.deps.db.$client.prepare('select before from import_changes where agreement_id = ?').pluck().get(id) as string) as {
        columns: Record<string, unknown>;
        parties: Record<string, unknown>[];
      };
    expect(before(target)).toEqual({ columns: { title: 'Oude titel', ownerName: null, notes: null }, parties: [{ organisationId: 1, signatoryName: null }] });
    expect(before(keeperId).columns).toMatchObject({ ownerName: 'Karel Blijft', notes: 'Blijvende notitie van Karel' });
  });

  it('also removes that personal data from the agreement’s audit history, once, and keeps every other event as written', async () => {
    const db = t.deps.db.$client;
    const personal = ['Piet Eigenaar', 'piet@vrt.test', 'piet.eigenaar@vrt.test', 'De Vries', 'A. Ondertekenaar', 'Burgemeester'];
    const all = (db.prepare('select * from audit_events').all() as Record<string, unknown>[]).map((r) => JSON.stringify(r));
    for (const value of personal)
      expect(
        all.filter((r) => r.includes(value)),
        value,
      ).toEqual([]);
    // The destroyed agreement's events: its own, its documents', its relation's — redacted; none still holds a note.
    const ofTarget = db
      .prepare(
        "select * from audit_events where (entity_type = 'agreement' and entity_id = ?) or (entity_type <> 'agreement' and (json_extract(after, '$.agreementId') = ? or json_extract(after, '$.sourceId') = ?))",
      )
      .all(String(target), target, target) as { action: string; entity_type: string; after: string; redacted_at: string | null }[];
    expect(ofTarget.filter((e) => e.redacted_at).map((e) => `${e.entity_type}.${e.action}`)).toEqual(
      expect.arrayContaining(['agreement.create', 'agreement.update', 'document.upload', 'agreement_relation.create']),
    );
    expect(ofTarget.some((e) => e.after?.includes('Getekend door J. Jansen'))).toBe(false);
    // What was destroyed stays readable: the create event keeps the title, the destroy event and the record are as written.
    const created = ofTarget.find((e) => e.action === 'create' && e.entity_type === 'agreement')!;
    expect(JSON.parse(created.after)).toMatchObject({
      title: (await getAgreement(target)).title,
      ownerName: null,
      notes: null,
      parties: [{ signatoryName: null, signatoryTitle: null }],
    });
    expect(created.redacted_at).toMatch(/^2026-11-29T/);
    const destroy = ofTarget.find((e) => e.action === 'destroy')!;
    expect(destroy.redacted_at).toBeNull();
    expect(JSON.parse(destroy.after)).toMatchObject({ agreementId: target, approvedByLabel: 'tweede-beheerder@akkoord.test', ruleCode: '16.1' });
    expect(db.prepare('select count(*) from destruction_records where agreement_id = ?').pluck().get(target)).toBe(1);
    // Another agreement's events keep their personal data.
    const keeperRows = all.filter((r) => r.includes('Karel Blijft'));
    expect(keeperRows.length).toBeGreaterThan(0);
    expect(all.some((r) => r.includes('Blijvende notitie van Karel'))).toBe(true);
    const keeperUpload = db.prepare("select after, redacted_at from audit_events where entity_type = 'document' and json_extract(after, '$.agreementId') = ?").get(keeperId) as {
      after: string;
      redacted_at: string | null;
    };
    expect([JSON.parse(keeperUpload.after).note, keeperUpload.redacted_at]).toEqual(['Getekend door J. Jansen', null]);

    // The history and the audit page say the event was redacted; the CSV holds no personal value either.
    const history = (await t.agent.get(`/api/agreements/${target}/history`)).body.items as { action: string; redactedAt: string | null }[];
    expect(history.find((e) => e.action === 'create')!.redactedAt).toMatch(/^2026-11-29T/);
    expect(history.find((e) => e.action === 'destroy')!.redactedAt).toBeNull();
    const csv = await t.agent.get('/api/audit.csv');
    expect(csv.status).toBe(200);
    for (const value of personal) expect(csv.text).not.toContain(value);
    expect(csv.text.split('\n')[0]).toContain('redactedAt');

    // The trail stays append-only: no other update, no second redaction, no delete.
    const redactedId = db.prepare('select id from audit_events where redacted_at is not null limit 1').pluck().get() as number;
    const plainId = db.prepare('select id from audit_events where redacted_at is null limit 1').pluck().get() as number;
    expect(() => db.prepare("update audit_events set action = 'update' where id = ?").run(redactedId)).toThrow(/append-only/);
    expect(() => db.prepare("update audit_events set redacted_at = '2027-01-01T00:00:00Z', before = null where id = ?").run(redactedId)).toThrow(/append-only/);
    expect(() => db.prepare("update audit_events set redacted_at = '2027-01-01T00:00:00Z', actor_label = 'iemand' where id = ?").run(plainId)).toThrow(/append-only/);
    expect(() => db.prepare('update audit_events set after = null where id = ?').run(plainId)).toThrow(/append-only/);
    expect(() => db.prepare('delete from audit_events where id = ?').run(redactedId)).toThrow(/append-only/);
  });
});
