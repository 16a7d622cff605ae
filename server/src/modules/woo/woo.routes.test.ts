import { SaxesParser } from 'saxes';
import supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdf } from '../documents/document-fixtures.testing.ts';
import { createTestApp, type TestApp } from '../../test/harness.ts';
import { DIWOO_NS, SITEMAP_NS } from './woo-sitemap.ts';

let t: TestApp;
let orgs: Record<string, number>;
const SECRETS = ['GEHEIME-NOTITIE-7', 'geheim.eigenaar@vrt.example', 'Geheime Ondertekenaar', 'KENMERK-GEHEIM', 'BEGROTINGSPOST-GEHEIM', '4242424'];
beforeAll(async () => {
  t = await createTestApp({ today: '2026-11-29', env: { WOO_PUBLISHER_URI: 'https://identifier.overheid.nl/tooi/id/oorg/oorg10000' } });
  orgs = Object.fromEntries(((await t.agent.get('/api/organisations')).body as { key: string; id: number }[]).map((o) => [o.key, o.id]));
});
afterAll(() => t.close());

const anonymous = () => supertest(t.app);
const patch = async (id: number, body: Record<string, unknown>) => {
  const current = (await t.agent.get(`/api/agreements/${id}`)).body;
  return t.agent
    .patch(`/api/agreements/${id}`)
    .set(t.headers)
    .send({ version: current.version, ...body });
};
const idOf = async (title: string) => (await t.agent.get('/api/agreements').query({ q: title, limit: 1 })).body.items[0].id as number;
const wooAlerts = async () => (await t.agent.get('/api/alerts').query({ kind: 'woo_publication', limit: 100 })).body.items as { agreementId: number; key: string }[];

/** Every agreement id of the register, archived included. */
const allIds = async () => (await t.agent.get('/api/agreements').query({ limit: 500, archived: 'include' })).body.items.map((i: { id: number }) => i.id) as number[];
/** The published set as the register itself knows it. */
async function publishedSet(): Promise<number[]> {
  const ids: number[] = [];
  for (const id of await allIds()) {
    const a = (await t.agent.get(`/api/agreements/${id}`)).body;
    if (['published', 'partly_published'].includes(a.wooPublication.state)) ids.push(id);
  }
  return ids.sort((a, b) => a - b);
}

describe('Woo category and publication state', () => {
  it('files the cooperation agreement and the privacy covenant under covenants, to publish; a service agreement has no duty', async () => {
    const coop = (await t.agent.get(`/api/agreements/${await idOf('Samenwerkingsovereenkomst politie')}`)).body;
    expect(coop.wooCategory).toBe('convenanten');
    expect(coop.wooPublication).toEqual({ state: 'to_publish', publishedOn: null, url: null, grounds: [], documentVersionId: null });
    const dvo = (await t.agent.get(`/api/agreements/${await idOf('Dienstverleningsovereenkomst ZVHT')}`)).body;
    expect(dvo.wooCategory).toBe('none');
    expect(dvo.wooPublication.state).toBe('not_required');
  });

  it('alerts the owner for every covenant still to publish, and stops for each state that settles it', async () => {
    const coop = await idOf('Samenwerkingsovereenkomst politie');
    const convenant = await idOf('privacyconvenant ZVHT');
    expect((await wooAlerts()).map((a) => a.agreementId).sort()).toEqual([coop, convenant].sort());
    const mine = await t.agent.get('/api/alerts').query({ kind: 'woo_publication', agreement: coop });
    expect(mine.body.items[0].explanation[0].nl).toContain('Convenanten');

    const withheld = await patch(convenant, { wooPublication: { state: 'withheld', grounds: ['5.1.2.e', '5.1.1.d'] } });
    expect(withheld.status).toBe(200);
    expect(withheld.body.wooPublication).toMatchObject({ state: 'withheld', grounds: ['5.1.2.e', '5.1.1.d'] });
    expect((await wooAlerts()).map((a) => a.agreementId)).toEqual([coop]);

    const notRequired = await patch(coop, { wooPublication: { state: 'not_required' } });
    expect(notRequired.status).toBe(200);
    expect(await wooAlerts()).toEqual([]);
    const back = await patch(coop, { wooPublication: { state: null } });
    expect(back.body.wooPublication.state).toBe('to_publish');
    expect((await wooAlerts()).map((a) => a.agreementId)).toEqual([coop]);
    // Another category than the default, and "none": no duty, no alert.
    await patch(coop, { wooCategory: 'none' });
    expect(await wooAlerts()).toEqual([]);
    await patch(coop, { wooCategory: null });
    expect((await wooAlerts()).map((a) => a.agreementId)).toEqual([coop]);
  });

  it('refuses a state without what it needs, naming the field, and writes nothing', async () => {
    const coop = await idOf('Samenwerkingsovereenkomst politie');
    const before = (await t.agent.get(`/api/agreements/${coop}`)).body;
    for (const [body, field] of [
      [{ wooPublication: { state: 'published' } }, 'body.wooPublication.publishedOn'],
      [{ wooPublication: { state: 'partly_published', publishedOn: '2026-11-01' } }, 'body.wooPublication.grounds'],
      [{ wooPublication: { state: 'withheld' } }, 'body.wooPublication.grounds'],
      [{ wooPublication: { state: 'withheld', grounds: ['5.3'] } }, 'body.wooPublication.grounds.0'],
      [{ wooPublication: { state: 'to_publish', grounds: ['5.1.1.a'] } }, 'body.wooPublication.grounds'],
      [{ wooPublication: { state: 'published', publishedOn: '2026-11-01', url: 'javascript:alert(1)' } }, 'body.wooPublication.url'],
      [{ wooPublication: { documentVersionId: 999999 } }, 'body.wooPublication.documentVersionId'],
      [{ wooCategory: 'geheim' }, 'body.wooCategory'],
    ] as const) {
      const res = await patch(coop, body);
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect(
        res.body.errors.map((e: { field: string }) => e.field),
        JSON.stringify(body),
      ).toContain(field);
    }
    expect((await t.agent.get(`/api/agreements/${coop}`)).body.version).toBe(before.version);
  });
});

describe('the public pages and the sitemap', () => {
  let published: number;
  let partly: number;
  let bytes: Buffer;

  beforeAll(async () => {
    // A published covenant full of things that must never be public.
    const created = await t.agent
      .post('/api/agreements')
      .set(t.headers)
      .send({
        type: 'cooperation',
        title: 'Convenant openbaar <script>',
        collaborationCode: 'ZVHT',
        startDate: '2025-03-01',
        endDate: '2027-02-28',
        reference: SECRETS[3],
        notes: SECRETS[0],
        ownerName: 'Eigenaar',
        ownerEmail: SECRETS[1],
        parties: [{ organisationId: orgs.vrt, role: 'party', signatoryName: SECRETS[2] }],
        value: { amountCents: 4242424, budgetLine: SECRETS[4] },
      });
    expect(created.status).toBe(201);
    published = created.body.id;
    bytes = pdf(['Convenant', 'Artikel 1']);
    const doc = await t.agent.post(`/api/agreements/${published}/documents`).set(t.headers).field('kind', 'signed_copy').attach('file', bytes, 'convenant.pdf');
    expect(doc.status).toBe(201);
    const res = await patch(published, { wooPublication: { state: 'published', publishedOn: '2026-11-20', documentVersionId: doc.body.versions[0].versionId } });
    expect(res.status).toBe(200);
    partly = await idOf('privacyconvenant ZVHT');
    expect((await patch(partly, { wooPublication: { state: 'partly_published', publishedOn: '2026-11-21', grounds: ['5.1.2.e'] } })).status).toBe(200);
  });

  it('shows exactly the published set, to anyone, and nothing restricted (checked over every public answer)', async () => {
    const set = await publishedSet();
    expect(set).toEqual([published, partly].sort((a, b) => a - b));
    const list = await anonymous().get('/openbaar');
    expect(list.status).toBe(200);
    expect(list.headers['content-type']).toMatch(/^text\/html/);
    const listed = [...new Set([...(list.text as string).matchAll(/href="\/openbaar\/(\d+)"/g)].map((m) => Number(m[1])))].sort((a, b) => a - b);
    expect(listed).toEqual(set);
    const answers: string[] = [list.text, (await anonymous().get('/openbaar').query({ lang: 'en' })).text];
    for (const id of await allIds()) {
      const page = await anonymous().get(`/openbaar/${id}`);
      expect(page.status, `agreement ${id}`).toBe(set.includes(id) ? 200 : 404);
      answers.push(page.text);
      const file = await anonymous().get(`/openbaar/${id}/bestand`);
      expect(file.status).toBe(id === published ? 200 : 404);
    }
    expect((await anonymous().get('/openbaar/999999')).status).toBe(404);
    const sitemap = await anonymous().get('/woo/sitemap.xml');
    answers.push(sitemap.text);
    const locs = [...(sitemap.text as string).matchAll(/<loc>[^<]*\/openbaar\/(\d+)(?:\/bestand)?<\/loc>/g)].map((m) => Number(m[1])).sort((a, b) => a - b);
    expect(locs).toEqual(set);
    for (const text of answers) for (const secret of SECRETS) expect(text).not.toContain(secret);
    // Titles are text, never markup.
    expect(answers.join('')).not.toContain('<script>');
    expect(answers[2]).toBeDefined();
  });

  it('serves the published file as it was uploaded', async () => {
    const res = await anonymous()
      .get(`/openbaar/${published}/bestand`)
      .buffer(true)
      .parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      });
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(Buffer.compare(res.body as Buffer, bytes)).toBe(0);
  });

  it('is a sitemap with DiWoo metadata that parses as XML, in both namespaces, with the required elements per URL', async () => {
    const res = await anonymous().get('/woo/sitemap.xml');
    expect(res.headers['content-type']).toMatch(/^application\/xml/);
    const parser = new SaxesParser({ xmlns: true });
    const stack: string[] = [];
    const urls: Map<string, { text: string; attrs: Record<string, string> }[]>[] = [];
    let root = '';
    parser.on('opentag', (tag) => {
      const name = `${tag.uri}|${tag.local}`;
      if (!stack.length) root = name;
      stack.push(name);
      if (name === `${SITEMAP_NS}|url`) urls.push(new Map());
      const attrs = Object.fromEntries(Object.values(tag.attributes).map((a) => [a.local, a.value]));
      urls.at(-1)?.set(name, [...(urls.at(-1)?.get(name) ?? []), { text: '', attrs }]);
    });
    parser.on('text', (text) => {
      const entries = urls.at(-1)?.get(stack.at(-1)!);
      if (entries?.length) entries.at(-1)!.text += text;
    });
    parser.on('closetag', () => void stack.pop());
    parser.write(res.text as string).close();
    expect(root).toBe(`${SITEMAP_NS}|urlset`);
    expect(urls).toHaveLength(2);
    const d = (local: string) => `${DIWOO_NS}|${local}`;
    for (const url of urls) {
      expect(url.get(`${SITEMAP_NS}|loc`)?.[0]?.text).toMatch(/^http:\/\/localhost(:\d+)?\/openbaar\/\d+/);
      for (const el of [
        'Document',
        'DiWoo',
        'publisher',
        'titelcollectie',
        'officieleTitel',
        'classificatiecollectie',
        'informatiecategorie',
        'creatiedatum',
        'format',
        'documenthandeling',
        'soortHandeling',
        'atTime',
      ]) {
        expect(url.has(d(el)), el).toBe(true);
      }
      expect(url.get(d('publisher'))![0]!.attrs.resource).toBe('https://identifier.overheid.nl/tooi/id/oorg/oorg10000');
      expect(url.get(d('informatiecategorie'))![0]).toEqual({ text: 'Convenanten', attrs: { resource: 'https://identifier.overheid.nl/tooi/def/thes/kern/c_9fe65c9f' } });
      expect(url.get(d('creatiedatum'))![0]!.text).toMatch(/^2026-11-2[01]$/);
    }
    expect(urls.map((u) => u.get(d('officieleTitel'))![0]!.text)).toContain('Convenant openbaar <script>');
    expect(urls.some((u) => u.get(d('format'))![0]!.text === 'pdf')).toBe(true);
  });

  it('drops an agreement from every public answer as soon as it is no longer published', async () => {
    await patch(partly, { wooPublication: { state: 'withheld', publishedOn: null } });
    expect((await anonymous().get(`/openbaar/${partly}`)).status).toBe(404);
    expect((await anonymous().get('/woo/sitemap.xml')).text).not.toContain(`/openbaar/${partly}<`);
    expect((await anonymous().get('/openbaar')).text).not.toContain(`/openbaar/${partly}"`);
  });

  it('answers a path under /openbaar or /woo that no route takes with the one 404 problem, never an HTML page', async () => {
    // A client turns `/openbaar/\` into `/openbaar//` (the fuzz test found it): no route, and once Express's own page.
    for (const path of ['/openbaar/\\', '/openbaar//', '/openbaar/1/anders', '/woo/', '/woo/sitemap.json', '/OPENBAAR/x/y']) {
      const res = await anonymous().get(path);
      expect(res.status, path).toBe(404);
      expect(res.headers['content-type'], path).toMatch(/^application\/problem\+json/);
    }
  });

  it('limits each address: past 120 requests a minute it answers 429', async () => {
    const app = anonymous();
    let last = 0;
    for (let i = 0; i < 125 && last !== 429; i++) last = (await app.get('/woo/sitemap.xml').set('X-Forwarded-For', '203.0.113.9')).status;
    expect(last).toBe(429);
  });
});
