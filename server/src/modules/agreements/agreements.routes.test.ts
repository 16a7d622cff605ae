import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agreementSummarySchema } from '@akkoord/shared/schemas/agreement';
import { createTestApp, type TestApp } from '../../test/harness.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ today: '2026-11-29' });
});
afterAll(() => t.close());

const idOf = async (title: string) => {
  const res = await t.agent.get('/api/agreements').query({ q: title, limit: 1 });
  return res.body.items[0].id as number;
};

describe('GET /api/agreements', () => {
  it('lists the ten agreements of the Twente register with dates and status', async () => {
    const res = await t.agent.get('/api/agreements').query({ limit: 100 });
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(10);
    expect(res.body.nextCursor).toBeNull();
    for (const item of res.body.items) {
      expect(item).toEqual(expect.objectContaining({ id: expect.any(Number), type: expect.any(String), title: expect.any(String), status: expect.any(String) }));
      expect(item.startDate).toMatch(/^\d{4}$/);
    }
  });

  it('answers each item with the same values and types as the agreement itself (booleans, nulls, parties in order)', async () => {
    const created = await t.agent
      .post('/api/agreements')
      .set(t.headers)
      .send({
        type: 'service',
        title: 'Lijstvorm tacit',
        collaborationCode: 'KMT',
        startDate: '2025-02',
        termKind: 'fixed',
        endDate: '2026-01-31',
        tacitRenewal: true,
        renewalPeriod: { value: 1, unit: 'year' },
      });
    expect(created.status).toBe(201);
    const list = await t.agent.get('/api/agreements').query({ limit: 100, archived: 'include' });
    expect(list.headers['content-type']).toMatch(/^application\/json/);
    for (const item of list.body.items) expect(agreementSummarySchema.strict().safeParse(item).error).toBeUndefined();
    expect(list.body.items.some((i: { renewalPeriod: unknown }) => i.renewalPeriod !== null)).toBe(true);
    expect(list.body.items.some((i: { tacitRenewal: unknown }) => i.tacitRenewal === true)).toBe(true);
    for (const item of list.body.items as { id: number; parties: unknown[] }[]) {
      const full = (await t.agent.get(`/api/agreements/${item.id}`)).body as Record<string, unknown> & {
        parties: { organisationId: number; organisationName: string; role: string }[];
      };
      const { parties, ...rest } = item;
      for (const [key, value] of Object.entries(rest)) expect([key, full[key]]).toEqual([key, value]);
      expect(parties).toEqual(full.parties.map((p) => ({ organisationId: p.organisationId, name: p.organisationName, role: p.role })));
    }
    await t.agent.post(`/api/agreements/${created.body.id}/archive`).set(t.headers).send({});
  });

  it('filters by collaboration code, type, party, status and text', async () => {
    const rtr = await t.agent.get('/api/agreements').query({ collaboration: 'rtr' });
    expect(rtr.body.total).toBe(5);
    const proc = await t.agent.get('/api/agreements').query({ type: 'processor,subprocessor' });
    expect(proc.body.items.map((a: { type: string }) => a.type).sort()).toEqual(['processor', 'subprocessor']);
    const orgs = await t.agent.get('/api/organisations');
    const rj = orgs.body.find((o: { key: string }) => o.key === 'rj-security');
    const party = await t.agent.get('/api/agreements').query({ party: rj.id });
    expect(party.body.total).toBe(2);
    const status = await t.agent.get('/api/agreements').query({ status: 'unknown_dates' });
    expect(status.body.total).toBe(10);
    const text = await t.agent.get('/api/agreements').query({ q: 'privacyconvenant' });
    expect(text.body.items.map((a: { title: string }) => a.title)).toEqual(['Samenwerkings- en privacyconvenant ZVHT']);
    const byPartyName = await t.agent.get('/api/agreements').query({ q: 'RJ Security' });
    expect(byPartyName.body.total).toBe(2);
    const literalPercent = await t.agent.get('/api/agreements').query({ q: '%' });
    expect(literalPercent.body.total).toBe(0);
  });

  it('searches title, reference and notes whatever the case or accents, and follows edits', async () => {
    const upper = await t.agent.get('/api/agreements').query({ q: 'VERWERKERSOVEREENKOMST' });
    expect(upper.body.items.map((a: { type: string }) => a.type).sort()).toEqual(['processor', 'subprocessor']);
    const id = (await t.agent.get('/api/agreements').query({ q: 'gemeenten en VRT' })).body.items[0].id as number;
    const current = (await t.agent.get(`/api/agreements/${id}`)).body;
    const edited = await t.agent
      .patch(`/api/agreements/${id}`)
      .set(t.headers)
      .send({ version: current.version, reference: 'BO-IVZ-2019/07', notes: 'Getekend door de coördinator' });
    expect(edited.status).toBe(200);
    expect((await t.agent.get('/api/agreements').query({ q: 'bo-ivz-2019' })).body.items.map((a: { id: number }) => a.id)).toEqual([id]);
    expect((await t.agent.get('/api/agreements').query({ q: 'coordinator' })).body.items.map((a: { id: number }) => a.id)).toEqual([id]);
    expect((await t.agent.get('/api/agreements').query({ q: 'Platform' })).body.total).toBe(2);
    // Shorter than three characters: a plain scan still finds it.
    expect((await t.agent.get('/api/agreements').query({ q: 'BO' })).body.items.map((a: { id: number }) => a.id)).toContain(id);
    await t.agent.patch(`/api/agreements/${id}`).set(t.headers).send({ version: edited.body.version, reference: null, notes: null });
    expect((await t.agent.get('/api/agreements').query({ q: 'coordinator' })).body.total).toBe(0);
  });

  it('filters by a date window, never excluding what may overlap', async () => {
    const before = await t.agent.get('/api/agreements').query({ to: '2018-06-30' });
    expect(before.body.items.every((a: { startDate: string }) => a.startDate <= '2018')).toBe(true);
    expect(before.body.total).toBe(2);
    const after = await t.agent.get('/api/agreements').query({ from: '2030-01-01' });
    expect(after.body.total).toBe(10); // no end dates known: all may still run
  });

  it('paginates with a cursor through every item exactly once, for each sort', async () => {
    for (const sort of ['title', '-title', 'startDate', '-startDate', 'noticeDeadline', 'type', '-status']) {
      const seen: number[] = [];
      let cursor: string | undefined;
      do {
        const res = await t.agent.get('/api/agreements').query({ limit: 3, sort, ...(cursor ? { cursor } : {}) });
        expect(res.status).toBe(200);
        seen.push(...res.body.items.map((a: { id: number }) => a.id));
        cursor = res.body.nextCursor ?? undefined;
      } while (cursor);
      expect(seen).toHaveLength(10);
      expect(new Set(seen).size).toBe(10);
    }
    const sorted = await t.agent.get('/api/agreements').query({ sort: '-startDate', limit: 10 });
    const starts = sorted.body.items.map((a: { startDate: string }) => a.startDate);
    expect(starts).toEqual([...starts].sort().reverse());
  });

  it('answers 400 problem+json naming each bad query field', async () => {
    const res = await t.agent.get('/api/agreements').query({ limit: 0, type: 'lease', from: '2026-02-30', sort: 'colour', bogus: 1 });
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const fields = res.body.errors.map((e: { field: string }) => e.field).sort();
    expect(fields).toEqual(['query.bogus', 'query.from', 'query.limit', 'query.sort', 'query.type.0']);
    expect((await t.agent.get('/api/agreements').query({ limit: 501 })).status).toBe(400);
    const badCursor = await t.agent.get('/api/agreements').query({ cursor: 'nonsense' });
    expect(badCursor.status).toBe(400);
    expect(badCursor.body.errors[0].field).toBe('query.cursor');
  });
});

describe('GET /api/agreements/counts', () => {
  it('totals the register by status with the same filters', async () => {
    const all = await t.agent.get('/api/agreements/counts');
    expect(all.status).toBe(200);
    expect(all.body.total).toBe((await t.agent.get('/api/agreements')).body.total);
    expect(Object.values(all.body.byStatus as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(all.body.total);
    const rtr = await t.agent.get('/api/agreements/counts').query({ collaboration: 'RTR' });
    expect(rtr.body).toMatchObject({ total: 5, byStatus: { unknown_dates: 5, active: 0 } });
    expect((await t.agent.get('/api/agreements/counts').query({ sort: 'title' })).status).toBe(400);
  });
});

describe('GET /api/agreements/:id', () => {
  it('returns parties with roles and relations, and an ETag', async () => {
    const id = await idOf('Verwerkersovereenkomst politie');
    const res = await t.agent.get(`/api/agreements/${id}`);
    expect(res.status).toBe(200);
    expect(res.headers.etag).toBe(`"${id}-1"`);
    expect(res.body.legalRegime).toBe('wpg');
    expect(res.body.parties.map((p: { organisationName: string; role: string }) => [p.organisationName, p.role])).toEqual([
      ['Politie', 'controller'],
      ['Veiligheidsregio Twente', 'processor'],
    ]);
    expect(res.body.relations).toHaveLength(2);
    expect(res.body.relations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'covers', direction: 'outgoing', otherTitle: 'Subverwerkersovereenkomst VRT en RJ Security (RTR)' }),
        expect.objectContaining({ kind: 'based_on', direction: 'outgoing', otherTitle: 'Samenwerkingsovereenkomst politie en VRT (RTR)' }),
      ]),
    );
  });

  it('answers 404 for an unknown id and 400 for a malformed one', async () => {
    expect((await t.agent.get('/api/agreements/999999')).status).toBe(404);
    const bad = await t.agent.get('/api/agreements/abc');
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('params.id');
  });
});

describe('POST /api/agreements', () => {
  it('creates an agreement with parties and computes its status', async () => {
    const orgs = (await t.agent.get('/api/organisations')).body as { id: number; key: string }[];
    const vrt = orgs.find((o) => o.key === 'vrt')!.id;
    const res = await t.agent
      .post('/api/agreements')
      .set(t.headers)
      .send({
        type: 'service',
        title: 'DVO testdienst',
        collaborationCode: 'IVZ',
        startDate: '2025-01-01',
        endDate: '2027-12-31',
        termKind: 'fixed',
        noticePeriod: { value: 3, unit: 'month' },
        parties: [{ organisationId: vrt, role: 'provider' }],
      });
    expect(res.status).toBe(201);
    expect(res.headers.location).toBe(`/api/agreements/${res.body.id}`);
    expect(res.body).toMatchObject({ title: 'DVO testdienst', collaborationCode: 'IVZ', version: 1, currentTermEnd: '2027-12-31' });
    expect(res.body.status).not.toBe('unknown_dates');
    expect(res.body.parties[0]).toMatchObject({ organisationId: vrt, role: 'provider', basis: 'stated' });
  });

  it('refuses bad input with 422 naming each field, and stores nothing', async () => {
    const before = (await t.agent.get('/api/agreements').query({ limit: 1 })).body.total;
    const res = await t.agent.post('/api/agreements').set(t.headers).send({ type: 'lease', title: '', startDate: '2023-02-29', ownerEmail: 'nope', extra: true });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('validation_failed');
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['body.extra', 'body.ownerEmail', 'body.startDate', 'body.title', 'body.type']);
    const unknownRefs = await t.agent
      .post('/api/agreements')
      .set(t.headers)
      .send({ type: 'service', title: 'x', collaborationCode: 'XYZ', parties: [{ organisationId: 99999, role: 'client' }] });
    expect(unknownRefs.status).toBe(422);
    expect(unknownRefs.body.errors.map((e: { field: string }) => e.field)).toEqual(['body.collaborationCode', 'body.parties.0.organisationId']);
    const endBeforeStart = await t.agent.post('/api/agreements').set(t.headers).send({ type: 'service', title: 'x', startDate: '2024-05', endDate: '2024-04-30' });
    expect(endBeforeStart.status).toBe(422);
    expect(endBeforeStart.body.errors[0].field).toBe('body.endDate');
    expect((await t.agent.get('/api/agreements').query({ limit: 1 })).body.total).toBe(before);
  });

  it('answers 400 for malformed JSON, 415 for a non-JSON body and 413 over 1 MB', async () => {
    const malformed = await t.agent.post('/api/agreements').set(t.headers).set('Content-Type', 'application/json').send('{"type":');
    expect(malformed.status).toBe(400);
    expect(malformed.headers['content-type']).toContain('application/problem+json');
    const text = await t.agent.post('/api/agreements').set(t.headers).set('Content-Type', 'text/plain').send('type=service');
    expect(text.status).toBe(415);
    const huge = await t.agent
      .post('/api/agreements')
      .set(t.headers)
      .send({ type: 'service', title: 'x', notes: 'a'.repeat(1_100_000) });
    expect(huge.status).toBe(413);
  });
});

describe('PATCH /api/agreements/:id', () => {
  it('updates with the version read and bumps it', async () => {
    const id = await idOf('Bestuursovereenkomst ZVHT');
    const res = await t.agent.patch(`/api/agreements/${id}`).set(t.headers).send({ version: 1, ownerName: 'Juridisch adviseur VRT', endDate: '2028' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ version: 2, ownerName: 'Juridisch adviseur VRT', endDate: '2028', startDate: '2018' });
  });

  it('refuses a stale write with 409 and the current record, losing nothing', async () => {
    const id = await idOf('Bestuursovereenkomst Platform IVZ');
    const first = await t.agent.patch(`/api/agreements/${id}`).set(t.headers).send({ version: 1, notes: 'eerste' });
    expect(first.status).toBe(200);
    const stale = await t.agent.patch(`/api/agreements/${id}`).set(t.headers).send({ version: 1, notes: 'tweede' });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('stale_write');
    expect(stale.body.current).toMatchObject({ version: 2, notes: 'eerste' });
    const stored = await t.agent.get(`/api/agreements/${id}`);
    expect(stored.body.notes).toBe('eerste');
  });

  it('accepts If-Match instead of a body version, and 412 on a foreign ETag', async () => {
    const id = await idOf('Dienstverleningsovereenkomst ZVHT');
    const etag = (await t.agent.get(`/api/agreements/${id}`)).headers.etag!;
    const ok = await t.agent.patch(`/api/agreements/${id}`).set(t.headers).set('If-Match', etag).send({ reference: 'ZVHT-DVO-2018' });
    expect(ok.status).toBe(200);
    const stale = await t.agent.patch(`/api/agreements/${id}`).set(t.headers).set('If-Match', etag).send({ reference: 'x' });
    expect(stale.status).toBe(409);
    const foreign = await t.agent.patch(`/api/agreements/${id}`).set(t.headers).set('If-Match', '"1-1"').send({ reference: 'x' });
    expect(foreign.status).toBe(412);
  });

  it('requires a version and checks dates against the stored ones', async () => {
    const id = await idOf('Dienstverleningsovereenkomst Platform IVZ');
    const noVersion = await t.agent.patch(`/api/agreements/${id}`).set(t.headers).send({ notes: 'x' });
    expect(noVersion.status).toBe(422);
    expect(noVersion.body.errors[0].field).toBe('body.version');
    const endBeforeStart = await t.agent.patch(`/api/agreements/${id}`).set(t.headers).send({ version: 1, endDate: '2017-12-31' });
    expect(endBeforeStart.status).toBe(422);
    expect(endBeforeStart.body.errors[0].field).toBe('body.endDate');
  });
});

describe('archive and restore', () => {
  it('archives (hidden from the register by default) and restores', async () => {
    // Nothing rests on the ZVHT covenant (the police–VRT cooperation agreement is the basis of the processor agreement).
    const id = await idOf('Samenwerkings- en privacyconvenant ZVHT');
    const archived = await t.agent.post(`/api/agreements/${id}/archive`).set(t.headers).send({});
    expect(archived.status).toBe(200);
    expect(archived.body.archived).toBe(true);
    expect((await t.agent.get('/api/agreements').query({ q: 'privacyconvenant' })).body.total).toBe(0);
    expect((await t.agent.get('/api/agreements').query({ q: 'privacyconvenant', archived: 'only' })).body.total).toBe(1);
    expect((await t.agent.post(`/api/agreements/${id}/archive`).set(t.headers).send({})).status).toBe(409);
    const patchArchived = await t.agent.patch(`/api/agreements/${id}`).set(t.headers).send({ version: archived.body.version, notes: 'x' });
    expect(patchArchived.status).toBe(409);
    const restored = await t.agent.post(`/api/agreements/${id}/restore`).set(t.headers);
    expect(restored.status).toBe(200);
    expect(restored.body.archived).toBe(false);
  });

  it('refuses to archive what others depend on unless confirmed', async () => {
    const id = await idOf('Verwerkersovereenkomst politie');
    const refused = await t.agent.post(`/api/agreements/${id}/archive`).set(t.headers).send({});
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('dependents_exist');
    expect(refused.body.impact.map((d: { title: string }) => d.title)).toContain('Subverwerkersovereenkomst VRT en RJ Security (RTR)');
    const confirmed = await t.agent.post(`/api/agreements/${id}/archive`).set(t.headers).send({ confirm: true });
    expect(confirmed.status).toBe(200);
    await t.agent.post(`/api/agreements/${id}/restore`).set(t.headers);
  });
});

describe('the API surface', () => {
  it('answers unknown API paths with 404 problem+json', async () => {
    const res = await t.agent.get('/api/nothing-here');
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
  });

  it('documents every route in OpenAPI 3.1', async () => {
    const res = await t.agent.get('/api/openapi.json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toBe('3.1.0');
    for (const p of [
      '/api/health',
      '/api/agreements',
      '/api/agreements/{id}',
      '/api/agreements/{id}/archive',
      '/api/agreements/{id}/restore',
      '/api/collaborations',
      '/api/collaborations/{code}',
      '/api/organisations',
      '/api/organisations/{id}',
      '/api/overview',
    ]) {
      expect(res.body.paths[p], p).toBeDefined();
    }
    const list = res.body.paths['/api/agreements'].get;
    expect(list.parameters.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(['collaboration', 'type', 'party', 'status', 'q', 'from', 'to', 'sort', 'limit', 'cursor']),
    );
  });
});
