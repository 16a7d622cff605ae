import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test/harness.ts';
import { loadTwenteRegister } from './load-register.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ today: '2026-11-29' });
});
afterAll(() => t.close());

const countAll = () =>
  ['organisations', 'collaborations', 'collaboration_members', 'funding_lines', 'agreements', 'agreement_parties', 'agreement_relations'].map(
    (table) => t.deps.db.get<{ n: number }>(sql.raw(`select count(*) as n from ${table}`))!.n,
  );

describe('the Twente register', () => {
  it('has the four collaborations with every figure of the source', async () => {
    const res = await t.agent.get('/api/collaborations');
    const byCode = Object.fromEntries(res.body.map((c: { code: string }) => [c.code, c]));
    expect(Object.keys(byCode)).toEqual(['IVZ', 'ZVHT', 'KMT', 'RTR']);
    expect(byCode.IVZ).toMatchObject({ foundedYear: 2008, hostedByVrtSince: 2011, capacityFte: 1.33, budgetCents: 20_200_000, agreementCount: 2 });
    expect(byCode.ZVHT).toMatchObject({ foundedYear: 2010, hostedByVrtSince: 2018, capacityFte: 7.7, budgetCents: 83_700_000, agreementCount: 3 });
    expect(byCode.KMT).toMatchObject({ foundedYear: 2021, hostedByVrtSince: 2021, capacityFte: 3.8, budgetCents: 37_300_000, agreementCount: 0, parentCode: 'ZVHT' });
    expect(byCode.RTR).toMatchObject({ foundedYear: 2011, hostedByVrtSince: 2016, capacityFte: null, budgetCents: 29_000_000, agreementCount: 5 });
  });

  it('keeps the notes the source gives with its figures', async () => {
    const ivz = (await t.agent.get('/api/collaborations/IVZ')).body;
    expect(ivz.foundedNote).toBe('voorheen bij gemeente Enschede');
    expect(ivz.purpose).toContain('1 stem vanuit Twente');
    expect(ivz.legalBasis).toContain('werkprocesbeschrijving');
    expect(ivz.funding).toEqual([expect.objectContaining({ kind: 'municipal_contribution', amountCents: null, ratePerInhabitantCents: 30 })]);
    expect(ivz.members.filter((m: { role: string }) => m.role === 'member')).toHaveLength(14);
    expect(
      ivz.members
        .filter((m: { role: string }) => m.role === 'partner')
        .map((m: { name: string }) => m.name)
        .sort(),
    ).toEqual([
      'Brandweer',
      'Openbaar Ministerie',
      'Politie',
      'Regionaal Informatie en Expertisecentrum Oost-Nederland',
      'Veiligheidsregio Twente',
      'Zorg en Veiligheidshuis Twente',
      'Zorgkolom (OZJT)',
    ]);
    const zvht = (await t.agent.get('/api/collaborations/ZVHT')).body;
    expect(zvht.foundedNote).toBe('voorheen 3 veiligheidshuizen in gemeenten Almelo, Hengelo en Enschede');
    expect(zvht.legalBasis).toContain('In 2013 besloot het Rijk');
    const rtr = (await t.agent.get('/api/collaborations/RTR')).body;
    expect(rtr.capacityNote).toBe('n.v.t. (camera observanten worden ingehuurd door VRT via een private partij voor uitkijken van camerabeelden)');
    expect(
      rtr.members
        .filter((m: { role: string }) => m.role === 'member')
        .map((m: { name: string }) => m.name)
        .sort(),
    ).toEqual(['Gemeente Almelo', 'Gemeente Borne', 'Gemeente Enschede', 'Gemeente Hengelo (O.)']);
    expect(rtr.legalBasis).toContain('artikel 151c Gemeentewet');
    const kmt = (await t.agent.get('/api/collaborations/KMT')).body;
    expect(kmt.agreementsNote).toBe('Ondergebracht als onderdeel van ZVHT');
    expect(kmt.funding[0].source).toBe('Gelden centrumgemeente Enschede');
    expect(kmt.coveredBy).toEqual([{ code: 'ZVHT', agreements: expect.any(Array) }]);
    expect(kmt.coveredBy[0].agreements).toHaveLength(3);
  });

  it("keeps ZVHT's funding as the source states it and flags that it differs from the budget", async () => {
    const zvht = (await t.agent.get('/api/collaborations/ZVHT')).body;
    expect(zvht.funding.map((f: { source: string; amountCents: number; ratePerInhabitantCents: number | null }) => [f.source, f.amountCents, f.ratePerInhabitantCents])).toEqual([
      ['Rijksbijdrage', 63_700_000, null],
      ['Gemeentelijke bijdrage', 26_000_000, 38],
    ]);
    expect(zvht.budgetCents).toBe(83_700_000);
    expect(zvht.contradictions).toEqual([{ code: 'funding_sum_differs_from_budget', expectedCents: 83_700_000, actualCents: 89_700_000, differenceCents: 6_000_000 }]);
  });

  it('lists every agreement of the source with its year, type and parties', async () => {
    const res = await t.agent.get('/api/agreements').query({ limit: 100, sort: 'id' });
    const rows = res.body.items.map((a: { collaborationCode: string; type: string; startDate: string; parties: { name: string; role: string }[] }) => [
      a.collaborationCode,
      a.type,
      a.startDate,
      a.parties.map((p) => `${p.name}:${p.role}`).join(', '),
    ]);
    expect(rows).toEqual([
      ['IVZ', 'service', '2019', 'Veiligheidsregio Twente:provider'],
      ['IVZ', 'governance', '2019', ''],
      ['ZVHT', 'service', '2018', 'Veiligheidsregio Twente:provider'],
      ['ZVHT', 'governance', '2018', ''],
      ['ZVHT', 'privacy', '2023', ''],
      ['RTR', 'service', '2022', 'Gemeente Almelo:client, Gemeente Borne:client, Gemeente Enschede:client, Gemeente Hengelo (O.):client, Veiligheidsregio Twente:provider'],
      ['RTR', 'cooperation', '2023', 'Politie:party, Veiligheidsregio Twente:party'],
      ['RTR', 'processor', '2023', 'Politie:controller, Veiligheidsregio Twente:processor'],
      ['RTR', 'service', '2023', 'Veiligheidsregio Twente:client, RJ Security:provider'],
      ['RTR', 'subprocessor', '2023', 'Veiligheidsregio Twente:processor, RJ Security:subprocessor'],
    ]);
    // Nothing the source does not say: no end dates, terms, notice periods or owners.
    for (const a of res.body.items) {
      const full = (await t.agent.get(`/api/agreements/${a.id}`)).body;
      expect(full).toMatchObject({ endDate: null, termKind: null, noticePeriod: null, renewalPeriod: null, ownerName: null, reviewDate: null });
      expect(full.source).toContain('000_c9af441b99a45410.txt');
    }
  });

  it('has the 14 municipalities with CBS codes and no invented population', async () => {
    const orgs = (await t.agent.get('/api/organisations')).body as { kind: string; cbsCode: string; population: unknown }[];
    const municipalities = orgs.filter((o) => o.kind === 'municipality');
    expect(municipalities).toHaveLength(14);
    expect(municipalities.map((m) => m.cbsCode).sort()).toEqual([
      'GM0141',
      'GM0147',
      'GM0153',
      'GM0158',
      'GM0163',
      'GM0164',
      'GM0168',
      'GM0173',
      'GM0183',
      'GM0189',
      'GM1700',
      'GM1735',
      'GM1742',
      'GM1774',
    ]);
    expect(orgs.every((o) => o.population === null)).toBe(true);
  });

  it('loads once: running it again changes nothing, even when forced, and keeps user edits', async () => {
    const before = countAll();
    expect(loadTwenteRegister(t.deps.db, { now: new Date().toISOString(), today: '2026-11-29' }).loaded).toBe(false);
    const id = (await t.agent.get('/api/agreements').query({ q: 'Bestuursovereenkomst ZVHT' })).body.items[0].id;
    const edited = await t.agent.patch(`/api/agreements/${id}`).set(t.headers).send({ version: 1, title: 'BO ZVHT (hernoemd)' });
    expect(edited.status).toBe(200);
    const forced = loadTwenteRegister(t.deps.db, { now: new Date().toISOString(), today: '2026-11-29', force: true });
    expect(forced.inserted).toEqual({ organisations: 0, collaborations: 0, agreements: 0, relations: 0 });
    expect(countAll()).toEqual(before);
    expect((await t.agent.get(`/api/agreements/${id}`)).body.title).toBe('BO ZVHT (hernoemd)');
  });
});

describe('GET /api/overview', () => {
  it("regenerates the source's comparison table from the database", async () => {
    const res = await t.agent.get('/api/overview');
    expect(res.status).toBe(200);
    expect(res.body.columns.map((c: { code: string }) => c.code)).toEqual(['IVZ', 'ZVHT', 'KMT', 'RTR']);
    expect(res.body.rows).toEqual(['purpose', 'founded', 'hostedByVrtSince', 'capacity', 'budget', 'funding', 'agreements', 'legalBasis']);
    expect(res.body.cells.RTR.agreements).toHaveLength(5);
    expect(res.body.cells.KMT.agreements).toHaveLength(0);
    expect(res.body.cells.KMT.agreementsNote).toBe('Ondergebracht als onderdeel van ZVHT');
    expect(res.body.cells.ZVHT.contradictions).toHaveLength(1);
    expect(res.body.cells.IVZ.fundingNote).toBe('Gemeentelijke bijdrage € 0,30 per inwoner');
    expect(res.body.cells.RTR.capacityFte).toBeNull();
  });
});

describe('organisations', () => {
  it('shows the agreements an organisation is party to, by role', async () => {
    const orgs = (await t.agent.get('/api/organisations')).body as { id: number; key: string }[];
    const politie = orgs.find((o) => o.key === 'politie')!;
    const res = await t.agent.get(`/api/organisations/${politie.id}`);
    expect(res.status).toBe(200);
    expect(res.body.agreements.map((a: { role: string; title: string }) => `${a.role}:${a.title}`)).toEqual([
      'controller:Verwerkersovereenkomst politie en VRT (RTR)',
      'party:Samenwerkingsovereenkomst politie en VRT (RTR)',
    ]);
    expect(res.body.collaborations).toEqual([{ code: 'IVZ', name: 'Platform Integrale Veiligheidszorg', role: 'partner', restricted: false }]);
    expect((await t.agent.get('/api/organisations/424242')).status).toBe(404);
    expect((await t.agent.get('/api/collaborations/NOPE')).status).toBe(404);
    expect((await t.agent.get('/api/collaborations/bad code!')).status).toBe(400);
  });
});
