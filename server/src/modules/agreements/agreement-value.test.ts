import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asText, readCsv } from '../../test/read-csv.ts';
import { createTestApp, type TestApp } from '../../test/harness.ts';

let t: TestApp;
let orgs: Record<string, number>;
beforeAll(async () => {
  t = await createTestApp({ today: '2026-11-29' });
  orgs = Object.fromEntries(((await t.agent.get('/api/organisations')).body as { key: string; id: number }[]).map((o) => [o.key, o.id]));
});
afterAll(() => t.close());

const create = (body: Record<string, unknown>) =>
  t.agent
    .post('/api/agreements')
    .set(t.headers)
    .send({ type: 'service', collaborationCode: 'ZVHT', ...body });

describe('the value of an agreement', () => {
  it('is stored in whole cents on create, answered on the detail and the list, and unknown stays null', async () => {
    const res = await create({
      title: 'Waarde DVO',
      startDate: '2025-01-01',
      parties: [{ organisationId: orgs.vrt, role: 'provider' }],
      value: { amountCents: 12_345_67, basis: 'per_year', indexation: 'CBS cao-lonen', budgetLine: '6.1 ZVHT', payerOrganisationId: orgs.vrt },
    });
    expect(res.status).toBe(201);
    expect(res.body.value).toEqual({ amountCents: 12_345_67, basis: 'per_year', indexation: 'CBS cao-lonen', budgetLine: '6.1 ZVHT', payerOrganisationId: orgs.vrt });
    const list = await t.agent.get('/api/agreements').query({ q: 'Waarde DVO' });
    expect(list.body.items[0].value).toEqual(res.body.value);
    const seeded = await t.agent.get('/api/agreements').query({ q: 'Bestuursovereenkomst ZVHT' });
    expect(seeded.body.items[0].value).toBeNull();
  });

  it('changes only the parts a PATCH names; null clears it all', async () => {
    const a = (await create({ title: 'Waarde patch', value: { amountCents: 500_00 } })).body;
    expect(a.value).toEqual({ amountCents: 500_00, basis: null, indexation: null, budgetLine: null, payerOrganisationId: null });
    const patched = await t.agent
      .patch(`/api/agreements/${a.id}`)
      .set(t.headers)
      .send({ version: a.version, value: { basis: 'once' } });
    expect(patched.status).toBe(200);
    expect(patched.body.value).toMatchObject({ amountCents: 500_00, basis: 'once' });
    const cleared = await t.agent.patch(`/api/agreements/${a.id}`).set(t.headers).send({ version: patched.body.version, value: null });
    expect(cleared.body.value).toBeNull();
  });

  it('refuses floats, negative amounts and a payer that is not a party, naming the field', async () => {
    for (const [value, field] of [
      [{ amountCents: 10.5 }, 'body.value.amountCents'],
      [{ amountCents: -1 }, 'body.value.amountCents'],
      [{ amountCents: '100' }, 'body.value.amountCents'],
      [{ basis: 'monthly' }, 'body.value.basis'],
      [{ payerOrganisationId: orgs['rj-security'] }, 'body.value.payerOrganisationId'],
    ] as const) {
      const res = await create({ title: 'Fout bedrag', parties: [{ organisationId: orgs.vrt, role: 'provider' }], value });
      expect([400, 422], JSON.stringify(value)).toContain(res.status);
      expect(res.headers['content-type']).toMatch(/problem\+json/);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
  });

  it('filters and sorts the register by value, unknown amounts last either way', async () => {
    await create({ title: 'Waarde klein', value: { amountCents: 1_00 } });
    await create({ title: 'Waarde groot', value: { amountCents: 9_000_000_00 } });
    const asc = await t.agent.get('/api/agreements').query({ sort: 'value', limit: 500 });
    const desc = await t.agent.get('/api/agreements').query({ sort: '-value', limit: 500 });
    const amounts = (r: { body: { items: { value: { amountCents: number | null } | null }[] } }) => r.body.items.map((i) => i.value?.amountCents ?? null);
    const known = (xs: (number | null)[]) => xs.filter((x) => x !== null);
    expect(known(amounts(asc))).toEqual([...known(amounts(asc))].sort((a, b) => a - b));
    expect(known(amounts(desc))).toEqual([...known(amounts(desc))].sort((a, b) => b - a));
    expect(amounts(asc).at(-1)).toBeNull();
    expect(amounts(desc).at(-1)).toBeNull();
    expect(amounts(asc).indexOf(null)).toBe(known(amounts(asc)).length);
    // Paging by keyset across the unknown ones keeps every agreement exactly once.
    const ids: number[] = [];
    let cursor: string | undefined;
    do {
      const page = await t.agent.get('/api/agreements').query({ sort: '-value', limit: 3, ...(cursor ? { cursor } : {}) });
      ids.push(...page.body.items.map((i: { id: number }) => i.id));
      cursor = page.body.nextCursor ?? undefined;
    } while (cursor);
    expect(ids).toEqual(desc.body.items.map((i: { id: number }) => i.id));
    const band = await t.agent.get('/api/agreements').query({ valueMin: 100, valueMax: 500_000_00 });
    expect(band.body.items.every((i: { value: { amountCents: number } | null }) => i.value && i.value.amountCents >= 100 && i.value.amountCents <= 500_000_00)).toBe(true);
    expect(band.body.items.map((i: { title: string }) => i.title)).toContain('Waarde klein');
    expect((await t.agent.get('/api/agreements').query({ valueMin: 'veel' })).status).toBe(400);
  });

  it('is in the CSV export, in euros with a decimal comma, with its basis and payer', async () => {
    const res = await t.agent.get('/api/agreements/export.csv').query({ q: 'Waarde DVO' }).buffer(true).parse(asText);
    const rows = readCsv(res.body as string);
    const header = rows[0]!;
    const row = rows[1]!;
    expect(row[header.indexOf('Bedrag (EUR)')]).toBe('12345,67');
    expect(row[header.indexOf('Bedrag geldt')]).toBe('per jaar');
    expect(row[header.indexOf('Begrotingspost')]).toBe('6.1 ZVHT');
    expect(row[header.indexOf('Betaler')]).toBe('Veiligheidsregio Twente');
  });

  it('sums the ZVHT agreements per year next to the € 837,000 budget, unknown ones counted and listed', async () => {
    const zvht = (await t.agent.get('/api/collaborations/ZVHT')).body;
    expect(zvht.budgetCents).toBe(83_700_000);
    const y2026 = zvht.commitments.find((y: { year: number }) => y.year === 2026);
    // Known: the yearly € 12,345.67 of "Waarde DVO"; the seeded ZVHT agreements have no known amount.
    expect(y2026.counted.map((c: { title: string }) => c.title)).toEqual(['Waarde DVO']);
    expect(y2026.knownCents).toBe(12_345_67);
    expect(y2026.comparison).toBe('under_budget');
    expect(y2026.differenceCents).toBe(12_345_67 - 83_700_000);
    const unknownTitles = y2026.unknown.map((u: { title: string }) => u.title);
    expect(unknownTitles).toEqual(expect.arrayContaining(['Dienstverleningsovereenkomst ZVHT', 'Bestuursovereenkomst ZVHT']));
    expect(unknownTitles).not.toContain('Waarde DVO');
  });
});
