import { SaxesParser } from 'saxes';
import supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdf } from '../documents/document-fixtures.testing.ts';
import { createTestApp, type TestApp } from '../../test/harness.ts';
import { DIWOO_NS, SITEMAP_NS } from './woo-sitemap.ts';

/** Veiligheidsregio Twente in the DiWoo 0.9.8 organisation list (samenwerkingsorganisaties, so0679). */
const VRT_TOOI = 'https://identifier.overheid.nl/tooi/id/so/so0679';
let t: TestApp;
let orgs: Record<string, number>;
const SECRETS = ['GEHEIME-NOTITIE-7', 'geheim.eigenaar@vrt.example', 'Geheime Ondertekenaar', 'KENMERK-GEHEIM', 'BEGROTINGSPOST-GEHEIM', '4242424'];
beforeAll(async () => {
  t = await createTestApp({ today: '2026-11-29', env: { WOO_PUBLISHER_URI: VRT_TOOI } });
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
    answers.push(sitemap.text, (await anonymous().get('/robots.txt')).text, (await anonymous().get('/woo/sitemapindex-diwoo-infocat011.xml')).text);
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

  it('is a sitemap with DiWoo metadata (0.9.8) in the elements, order and value lists the XSDs require', async () => {
    const res = await anonymous().get('/woo/sitemap.xml');
    expect(res.headers['content-type']).toMatch(/^application\/xml/);
    // The document as a tree of namespaced elements.
    interface El {
      name: string;
      attrs: Record<string, string>;
      text: string;
      children: El[];
    }
    const parser = new SaxesParser({ xmlns: true });
    const stack: El[] = [{ name: '', attrs: {}, text: '', children: [] }];
    parser.on('opentag', (tag) => {
      const el: El = { name: `${tag.uri}|${tag.local}`, attrs: Object.fromEntries(Object.values(tag.attributes).map((a) => [a.local, a.value])), text: '', children: [] };
      stack.at(-1)!.children.push(el);
      stack.push(el);
    });
    parser.on('text', (text) => void (stack.at(-1)!.text += text));
    parser.on('closetag', () => void stack.pop());
    parser.write(res.text as string).close();
    const s = (local: string) => `${SITEMAP_NS}|${local}`;
    const d = (local: string) => `${DIWOO_NS}|${local}`;
    const names = (el: El) => el.children.map((c) => c.name);
    const one = (el: El, name: string) => {
      const found = el.children.filter((c) => c.name === name);
      expect(found, `${el.name} > ${name}`).toHaveLength(1);
      return found[0]!;
    };
    const [urlset, ...rest] = stack[0]!.children;
    expect(rest).toEqual([]);
    expect(urlset!.name).toBe(s('urlset'));
    expect(urlset!.children.every((c) => c.name === s('url'))).toBe(true);
    expect(urlset!.children).toHaveLength(2);
    const xsDate = /^\d{4}-\d{2}-\d{2}$/;
    const xsDateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/;
    for (const url of urlset!.children) {
      // sitemaps.org tUrl is a sequence: loc, lastmod, then the extension (diwoo:Document).
      expect(names(url)).toEqual([s('loc'), s('lastmod'), d('Document')]);
      expect(one(url, s('loc')).text).toMatch(/^http:\/\/localhost(:\d+)?\/openbaar\/\d+/);
      expect(one(url, s('lastmod')).text).toMatch(xsDate);
      // diwoo:DocumentType: a sequence of DiWoo (then optional extraMetadata, not used).
      const doc = one(url, d('Document'));
      expect(names(doc)).toEqual([d('DiWoo')]);
      // diwoo:DiWooType is xs:all: each child at most once, from the declared set, the required ones present.
      const diwoo = one(doc, d('DiWoo'));
      expect(names(diwoo)).toEqual([
        d('publisher'),
        d('verantwoordelijke'),
        d('titelcollectie'),
        d('classificatiecollectie'),
        d('creatiedatum'),
        d('language'),
        d('format'),
        d('documenthandelingen'),
      ]);
      for (const org of ['publisher', 'verantwoordelijke'])
        expect(one(diwoo, d(org))).toMatchObject({ text: 'Veiligheidsregio Twente', attrs: { resource: VRT_TOOI }, children: [] });
      expect(names(one(diwoo, d('titelcollectie')))).toEqual([d('officieleTitel')]);
      const categories = one(one(diwoo, d('classificatiecollectie')), d('informatiecategorieen'));
      expect(names(categories)).toEqual([d('informatiecategorie')]);
      // "convenanten" in the value list informatiecategorielijst of diwoo-metadata-lijsten.xsd 0.9.8.
      expect(categories.children[0]).toMatchObject({ text: 'Convenanten', attrs: { resource: 'https://identifier.overheid.nl/tooi/def/thes/kern/c_8fc2335c' } });
      expect(one(diwoo, d('creatiedatum')).text).toMatch(/^2026-11-2[01]$/);
      expect(one(diwoo, d('language')).attrs).toEqual({ resource: 'http://publications.europa.eu/resource/authority/language/NLD' });
      const handelingen = one(diwoo, d('documenthandelingen'));
      expect(names(handelingen)).toEqual([d('documenthandeling')]);
      const handeling = one(handelingen, d('documenthandeling'));
      expect(names(handeling)).toEqual([d('soortHandeling'), d('atTime')]);
      // soorthandelinglijst: ondertekening, ontvangst or vaststelling.
      expect(one(handeling, d('soortHandeling')).attrs.resource).toBe('https://identifier.overheid.nl/tooi/def/thes/kern/c_641ecd76');
      expect(one(handeling, d('atTime')).text).toMatch(xsDateTime);
    }
    const byTitle = new Map(urlset!.children.map((u) => [one(one(one(one(u, d('Document')), d('DiWoo')), d('titelcollectie')), d('officieleTitel')).text, u]));
    // The covenant with a PDF: its file, as the PDF of the formatlijst. The other has no file: its public page, as HTML.
    const withFile = byTitle.get('Convenant openbaar <script>')!;
    expect(one(withFile, s('loc')).text).toMatch(/\/openbaar\/\d+\/bestand$/);
    expect(one(one(one(withFile, d('Document')), d('DiWoo')), d('format'))).toMatchObject({
      text: 'PDF',
      attrs: { resource: 'http://publications.europa.eu/resource/authority/file-type/PDF' },
    });
    const withoutFile = [...byTitle.values()].find((u) => u !== withFile)!;
    expect(one(withoutFile, s('loc')).text).toMatch(/\/openbaar\/\d+$/);
    expect(one(one(one(withoutFile, d('Document')), d('DiWoo')), d('format')).attrs.resource).toBe('http://publications.europa.eu/resource/authority/file-type/HTML');
  });

  it("leads the Woo-index from robots.txt to the sitemap index of each published category (infocatNNN) and from there to that category's sitemap", async () => {
    const robots = await anonymous().get('/robots.txt');
    expect(robots.status).toBe(200);
    expect(robots.headers['content-type']).toMatch(/^text\/plain/);
    // Only covenants are published: one index, for category 011 (art. 3.3, second paragraph, under f).
    expect(robots.text).toMatch(/^User-agent: \*\nAllow: \/openbaar\nAllow: \/woo\/\nDisallow: \/\n/);
    expect([...(robots.text as string).matchAll(/^Sitemap: (.+)$/gm)].map((m) => m[1])).toEqual([
      expect.stringMatching(/^http:\/\/localhost(:\d+)?\/woo\/sitemapindex-diwoo-infocat011\.xml$/),
    ]);

    const index = await anonymous().get('/woo/sitemapindex-diwoo-infocat011.xml');
    expect(index.status).toBe(200);
    expect(index.headers['content-type']).toMatch(/^application\/xml/);
    const locs = [...(index.text as string).matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]!);
    expect(index.text).toContain(`<sitemapindex xmlns="${SITEMAP_NS}">`);
    expect(locs).toHaveLength(1);
    const sitemapPath = new URL(locs[0]!).pathname + new URL(locs[0]!).search;
    expect(sitemapPath).toBe('/woo/sitemap.xml?infocat=011');
    const covenants = await anonymous().get(sitemapPath);
    expect([...(covenants.text as string).matchAll(/<loc>[^<]*\/openbaar\/(\d+)/g)].map((m) => Number(m[1])).sort((a, b) => a - b)).toEqual(
      [published, partly].sort((a, b) => a - b),
    );
    // Another category has nothing published: its sitemap lists nothing.
    const advice = await anonymous().get('/woo/sitemap.xml').query({ infocat: '010' });
    expect(advice.status).toBe(200);
    expect(advice.text).not.toContain('<url>');
    for (const bad of ['000', '018', '11', 'abc']) {
      const res = await anonymous().get(`/woo/sitemapindex-diwoo-infocat${bad}.xml`);
      expect(res.status, bad).toBe(400);
      expect(res.headers['content-type'], bad).toMatch(/^application\/problem\+json/);
      expect((await anonymous().get('/woo/sitemap.xml').query({ infocat: bad })).status, bad).toBe(400);
    }
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
