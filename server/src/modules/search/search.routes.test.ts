import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchResultSchema, type SearchHit, type SearchResult } from '@akkoord/shared/schemas/search';
import { ReadPool } from '../../db/read-pool.ts';
import { createTestApp, type SignedIn, type TestApp } from '../../test/harness.ts';
import { addDocumentWithText, addVersionWithText, agreementIdByTitle } from './search.testing.ts';

/**
 * GET /api/search over the Twente register plus documents put straight in the
 * tables (as upload and extraction leave them): diacritics and prefixes,
 * snippets with highlight ranges, hostile query text, paging, the triggers
 * that keep the indexes true, and the register's q over document text.
 */

let t: TestApp;
let ids: { ivz: number; zvht: number; rtr: number };
let docs: { ivz: number; zvht: number };

const PAGE_IVZ = [
  'Artikel 1. Deze dienstverleningsovereenkomst treedt in werking op 1 januari 2024.',
  'Artikel 7. De samenwerking wordt jaarlijks geëvalueerd door het bestuur.\n\nDe overeenkomst wordt stilzwijgend verlengd met telkens één jaar.',
];
const PAGE_ZVHT = ['Vertrouwelijk: de zorgcoördinator Wilhelmina Zwartebroek wordt geëvalueerd.'];

async function search(who: SignedIn, query: Record<string, string | number>): Promise<SearchResult> {
  const res = await who.agent.get('/api/search').query(query);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return searchResultSchema.parse(res.body);
}

const highlighted = (h: SearchHit) => h.snippet.highlights.map((r) => h.snippet.text.slice(r.start, r.end));

beforeAll(async () => {
  t = await createTestApp();
  ids = {
    ivz: agreementIdByTitle(t.deps.db, 'Dienstverleningsovereenkomst Platform IVZ'),
    zvht: agreementIdByTitle(t.deps.db, 'Dienstverleningsovereenkomst ZVHT'),
    rtr: agreementIdByTitle(t.deps.db, 'Verwerkersovereenkomst politie en VRT (RTR)'),
  };
  docs = {
    ivz: addDocumentWithText(t.deps.db, ids.ivz, PAGE_IVZ, { userId: t.user.id }).documentId,
    zvht: addDocumentWithText(t.deps.db, ids.zvht, PAGE_ZVHT, { userId: t.user.id }).documentId,
  };
});
afterAll(() => t.close());

describe('GET /api/search', () => {
  it('finds document text with or without diacritics, naming the document, version and page', async () => {
    for (const q of ['geevalueerd', 'Geëvalueerd', 'GEEVALUEERD']) {
      const r = await search(t, { q, kind: 'document' });
      const hit = r.items.find((h) => h.kind === 'document' && h.agreement.id === ids.ivz);
      expect(hit, q).toMatchObject({ kind: 'document', document: { id: docs.ivz, title: 'getekend.pdf', kind: 'signed_copy' }, version: 1, mediaType: 'application/pdf', page: 2 });
      expect(highlighted(hit!)).toEqual(['geëvalueerd']);
      expect(r.counts.document).toBe(2);
    }
  });

  it('matches prefixes ("overeenk*") and words inside compounds of an agreement', async () => {
    const r = await search(t, { q: 'overeenk*' });
    const page = r.items.find((h) => h.kind === 'document' && h.page === 2);
    expect(page && highlighted(page)).toEqual(['overeenkomst']);
    // "Dienstverleningsovereenkomst Platform IVZ": found inside the compound, only that part highlighted.
    const agreement = r.items.find((h) => h.kind === 'agreement' && h.agreement.id === ids.ivz);
    expect(agreement).toMatchObject({ field: 'title' });
    expect(highlighted(agreement!)).toEqual(['overeenk']);
  });

  it('searches parties and collaborations, and says which field the snippet comes from', async () => {
    const byParty = await search(t, { q: 'RJ Security', kind: 'agreement' });
    expect(byParty.items.map((h) => h.agreement.title).sort()).toEqual([
      'Dienstverleningsovereenkomst VRT en RJ Security (RTR)',
      'Subverwerkersovereenkomst VRT en RJ Security (RTR)',
    ]);
    const byCollaboration = await search(t, { q: 'Regionale Toezicht', kind: 'agreement' });
    expect(byCollaboration.items.length).toBeGreaterThan(0);
    expect(byCollaboration.items.every((h) => h.kind === 'agreement' && h.field === 'collaboration' && h.agreement.collaborationCode === 'RTR')).toBe(true);
  });

  it('ranks a word in the title above the same word in a party name', async () => {
    const r = await search(t, { q: 'politie', kind: 'agreement' });
    expect(r.items[0]).toMatchObject({ field: 'title' });
  });

  it('cuts a snippet from a long page and highlights a phrase', async () => {
    const r = await search(t, { q: '"stilzwijgend verlengd" jaar' });
    expect(r.items).toHaveLength(1);
    const hit = r.items[0]!;
    expect(hit.snippet.text).toContain('De overeenkomst wordt stilzwijgend verlengd met telkens één jaar.');
    expect(highlighted(hit)).toEqual(['stilzwijgend', 'verlengd', 'jaar']);
    // With a star, "jaar*" is also the start of "jaarlijks".
    expect(highlighted((await search(t, { q: '"stilzwijgend verlengd" jaar*' })).items[0]!)).toEqual(['jaarlijks', 'stilzwijgend', 'verlengd', 'jaar']);
    expect(JSON.stringify(r)).not.toMatch(/<mark|<b>|<em/);
  });

  it('reads hostile query syntax as words and never answers 5xx', async () => {
    const hostile = [
      'ab cde',
      'RJ x',
      '"',
      '""',
      '*',
      '**',
      'NEAR(a b)',
      'NEAR',
      '-x',
      'x -y',
      'title:x',
      '{title notes}:x',
      'a OR b',
      'NOT',
      'AND',
      '^x',
      '(((',
      ')',
      "'",
      '\\',
      'x*y',
      '"a" * "b"',
      'col:"x',
      '+',
      ':',
      'rowid',
      'search_pages',
      '%',
      '_',
    ];
    for (const q of hostile) {
      const res = await t.agent.get('/api/search').query({ q });
      expect(res.status, q).toBe(200);
    }
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: 1, maxLength: 60 }), async (q) => {
        const res = await t.agent.get('/api/search').query({ q });
        expect([200, 400]).toContain(res.status);
        if (res.status === 400) expect(res.headers['content-type']).toMatch(/problem\+json/);
      }),
      { numRuns: 60 },
    );
    // Words that FTS5 would read as operators are searched as words.
    const near = await search(t, { q: 'NEAR' });
    expect(near.items).toEqual([]);
  });

  it('refuses a missing query, a bad limit and a forged cursor naming the field', async () => {
    for (const [query, field] of [
      [{}, 'query.q'],
      [{ q: '   ' }, 'query.q'],
      [{ q: 'x', limit: 0 }, 'query.limit'],
      [{ q: 'x', limit: 101 }, 'query.limit'],
      [{ q: 'x', kind: 'users' }, 'query.kind'],
      [{ q: 'x', cursor: 'bm90LWEtY3Vyc29y' }, 'query.cursor'],
    ] as const) {
      const res = await t.agent.get('/api/search').query(query);
      expect(res.status, JSON.stringify(query)).toBe(400);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
  });

  it('pages through every hit once, best first', async () => {
    const all = await search(t, { q: 'vrt', limit: 100 });
    expect(all.items.length).toBeGreaterThan(3);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: SearchResult = await search(t, { q: 'vrt', limit: 2, ...(cursor ? { cursor } : {}) });
      expect(page.counts).toEqual(all.counts);
      seen.push(...page.items.map((h) => `${h.kind}:${h.agreement.id}:${h.kind === 'document' ? `${h.document.id}:${h.page}` : ''}`));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all.items.map((h) => `${h.kind}:${h.agreement.id}:${h.kind === 'document' ? `${h.document.id}:${h.page}` : ''}`));
  });

  it('answers the same through the read worker as on the main connection', async () => {
    const direct = await search(t, { q: 'geevalueerd overeenk*' });
    const reader = new ReadPool(t.deps.config.databaseFile);
    t.deps.reader = reader;
    try {
      expect(await search(t, { q: 'geevalueerd overeenk*' })).toEqual(direct);
      // A change committed on the main connection is found at once.
      addDocumentWithText(t.deps.db, ids.rtr, ['Aanvullende afspraak over kwartaalrapportages.'], { userId: t.user.id });
      expect((await search(t, { q: 'kwartaalrapportage*' })).counts.document).toBe(1);
    } finally {
      delete t.deps.reader;
      await reader.close();
    }
  });
});

describe('prefixes and compounds (decision 047, "Speed")', () => {
  it('finds two- and three-letter prefixes through their own lists; one letter with a star is a word', async () => {
    const zw = await search(t, { q: 'zw*', kind: 'document' });
    expect(zw.items.some((h) => h.kind === 'document' && h.document.id === docs.zvht && highlighted(h).includes('Zwartebroek'))).toBe(true);
    expect((await search(t, { q: 'zwa*', kind: 'document' })).counts.document).toBe(zw.counts.document);
    // "z*" is the word "z", which no page holds.
    expect((await search(t, { q: 'z*', kind: 'document' })).counts.document).toBe(0);
  });

  it('finds a long prefix as the words it starts, and as a prefix when it starts more than 16 words', async () => {
    const words = 'abcdefghijklmnopqrs'.split('').map((c) => `proefwoord${c}`);
    const doc = addDocumentWithText(t.deps.db, ids.ivz, [`Woordenlijst: ${words.join(', ')}.`], { userId: t.user.id });
    const onPage = (r: SearchResult) => r.items.filter((h) => h.kind === 'document' && h.document.id === doc.documentId);
    // 19 words start with "proefwoord": searched as a prefix; one starts with "proefwoordc": searched as that word.
    const many = onPage(await search(t, { q: 'proefwoord*', kind: 'document' }));
    expect(many.length).toBe(1);
    expect(highlighted(many[0]!).length).toBeGreaterThan(10);
    expect(onPage(await search(t, { q: 'proefwoordc*', kind: 'document' })).map(highlighted)).toEqual([['proefwoordc']]);
    // No word starts with it: nothing found, no error.
    expect((await search(t, { q: 'proefwoordz*' })).counts.document).toBe(0);
  });

  it('ranks a word inside a compound in the title above the same inside the notes', async () => {
    const inTitle = await t.agent.post('/api/agreements').set(t.headers).send({ type: 'service', title: 'Zebravinkenbeleid', collaborationCode: 'IVZ', parties: [] });
    const inNotes = await t.agent
      .post('/api/agreements')
      .set(t.headers)
      .send({ type: 'service', title: 'Losse afspraak', notes: 'Volgt het zebravinkenbeleid.', collaborationCode: 'IVZ', parties: [] });
    expect([inTitle.status, inNotes.status]).toEqual([201, 201]);
    const r = await search(t, { q: 'vinkenbeleid', kind: 'agreement' });
    expect(r.items.map((h) => [h.agreement.id, h.kind === 'agreement' && h.field])).toEqual([
      [inTitle.body.id, 'title'],
      [inNotes.body.id, 'notes'],
    ]);
  });
});

describe('keeping the index true', () => {
  it('follows a new title, a renamed party and the newest version with text', async () => {
    const before = await t.agent.get(`/api/agreements/${ids.rtr}`);
    const patched = await t.agent.patch(`/api/agreements/${ids.rtr}`).set(t.headers).send({ version: before.body.version, title: 'Kentekenherkenning camerabeelden' });
    expect(patched.status).toBe(200);
    expect((await search(t, { q: 'kentekenherkenning' })).items.map((h) => h.agreement.id)).toEqual([ids.rtr]);
    expect((await search(t, { q: 'Verwerkersovereenkomst', kind: 'agreement' })).items.map((h) => h.agreement.id)).not.toContain(ids.rtr);

    const orgs = (await t.agent.get('/api/organisations')).body as { id: number; name: string; version: number }[];
    const rj = orgs.find((o) => o.name.startsWith('RJ Security'))!;
    expect((await t.agent.patch(`/api/organisations/${rj.id}`).set(t.headers).send({ version: rj.version, name: 'Waakhond Beveiliging' })).status).toBe(200);
    const renamed = await search(t, { q: 'waakhond', kind: 'agreement' });
    expect(renamed.items.map((h) => h.kind === 'agreement' && h.field)).toEqual(['parties', 'parties']);

    const doc = addDocumentWithText(t.deps.db, ids.ivz, ['Oude tekst: opzegtermijn van zes maanden.'], { userId: t.user.id });
    expect((await search(t, { q: 'zes maanden' })).counts.document).toBe(1);
    // A new version without text yet: the old text stays findable until the new one has text.
    addVersionWithText(t.deps.db, doc.documentId, null, { userId: t.user.id });
    expect((await search(t, { q: 'zes maanden' })).counts.document).toBe(1);
    addVersionWithText(t.deps.db, doc.documentId, ['Nieuwe tekst: opzegtermijn van drie maanden.'], { userId: t.user.id });
    expect((await search(t, { q: 'zes maanden' })).counts.document).toBe(0);
    const now = await search(t, { q: 'drie maanden' });
    expect(now.items).toMatchObject([{ kind: 'document', document: { id: doc.documentId }, version: 3, page: 1 }]);
  });

  it('leaves out archived documents and archived agreements', async () => {
    const doc = addDocumentWithText(t.deps.db, ids.ivz, ['Bijlage met het woord zeldzaamheidswaarde.'], { userId: t.user.id });
    expect((await search(t, { q: 'zeldzaamheidswaarde' })).counts.document).toBe(1);
    t.deps.db.$client.prepare("update documents set archived_at = '2026-11-29T10:00:00Z' where id = ?").run(doc.documentId);
    expect((await search(t, { q: 'zeldzaamheidswaarde' })).counts.document).toBe(0);

    const own = await t.agent.post('/api/agreements').set(t.headers).send({ type: 'service', title: 'Overeenkomst Pelikaanvoer', collaborationCode: 'IVZ', parties: [] });
    expect(own.status, JSON.stringify(own.body)).toBe(201);
    addDocumentWithText(t.deps.db, own.body.id, ['Levering van pelikaanvoer.'], { userId: t.user.id });
    expect((await search(t, { q: 'pelikaanvoer' })).counts).toEqual({ agreement: 1, document: 1 });
    expect((await t.agent.post(`/api/agreements/${own.body.id}/archive`).set(t.headers).send({ confirm: true })).status).toBe(200);
    expect((await search(t, { q: 'pelikaanvoer' })).counts).toEqual({ agreement: 0, document: 0 });
  });
});

describe('scope (decisions 023 and 033)', () => {
  it('never finds agreements or documents outside the caller’s collaborations, nor counts them', async () => {
    const rtrViewer = await t.signIn({ role: 'viewer', email: 'rtr-lezer@vrt.nl', scope: ['RTR'] });
    // ZVHT's document and agreement exist (an unlimited caller finds them) …
    expect((await search(t, { q: 'Zwartebroek' })).counts.document).toBe(1);
    expect((await search(t, { q: 'zvht' })).counts.agreement).toBeGreaterThan(0);
    // … but not for an account limited to RTR: no hit, no count, no snippet.
    const hidden = await rtrViewer.agent.get('/api/search').query({ q: 'Zwartebroek' });
    expect(hidden.body).toEqual({ items: [], nextCursor: null, counts: { agreement: 0, document: 0 }, countLimit: 500 });
    const wide = await search(rtrViewer, { q: 'overeenkomst', limit: 100 });
    expect(wide.items.length).toBeGreaterThan(0);
    expect(wide.items.every((h) => h.agreement.collaborationCode === 'RTR')).toBe(true);
    expect(JSON.stringify(wide)).not.toMatch(/ZVHT|IVZ|Zwartebroek|zorgco/);
  });

  it('finds the pages of an agreement moved into the caller’s collaboration, and no longer once it moves out', async () => {
    const own = await t.agent.post('/api/agreements').set(t.headers).send({ type: 'service', title: 'Afspraak Kwakkelweer', collaborationCode: 'IVZ', parties: [] });
    expect(own.status).toBe(201);
    addDocumentWithText(t.deps.db, own.body.id, ['Bij kwakkelweer geldt het winterrooster.'], { userId: t.user.id });
    const rtrViewer = await t.signIn({ role: 'viewer', email: 'rtr-lezer@vrt.nl', scope: ['RTR'] });
    expect((await search(rtrViewer, { q: 'kwakkelweer' })).counts).toEqual({ agreement: 0, document: 0 });
    const move = async (collaborationCode: string) => {
      const current = await t.agent.get(`/api/agreements/${own.body.id}`);
      expect((await t.agent.patch(`/api/agreements/${own.body.id}`).set(t.headers).send({ version: current.body.version, collaborationCode })).status).toBe(200);
    };
    await move('RTR');
    const found = await search(rtrViewer, { q: 'winterrooster' });
    expect(found.items).toMatchObject([{ kind: 'document', agreement: { id: own.body.id, collaborationCode: 'RTR' }, page: 1 }]);
    expect((await search(rtrViewer, { q: 'kwakkelweer' })).counts).toEqual({ agreement: 1, document: 1 });
    await move('ZVHT');
    expect((await search(rtrViewer, { q: 'kwakkelweer' })).counts).toEqual({ agreement: 0, document: 0 });
    expect((await search(t, { q: 'kwakkelweer' })).counts).toEqual({ agreement: 1, document: 1 });
  });

  it('ranks a limited caller’s hits as it ranks them for everyone (the scope token weighs nothing)', async () => {
    const filler = (n: number) => Array.from({ length: n }, (_, i) => `woord${i}`).join(' ');
    const pages = [1, 2, 3, 4, 5, 6].map((tf, i) => `${Array(tf).fill('roerdompgeluid').join(' ')} ${filler(3 + ((i * 37) % 11) * 9)}`);
    addDocumentWithText(t.deps.db, ids.rtr, pages, { userId: t.user.id });
    addDocumentWithText(t.deps.db, ids.ivz, pages.slice(0, 3), { userId: t.user.id });
    const key = (h: SearchHit) => (h.kind === 'document' ? `${h.document.id}:${h.page}` : `a${h.agreement.id}`);
    const everyone = (await search(t, { q: 'roerdompgeluid', kind: 'document' })).items.filter((h) => h.agreement.collaborationCode === 'RTR').map(key);
    const rtrViewer = await t.signIn({ role: 'viewer', email: 'rtr-lezer@vrt.nl', scope: ['RTR'] });
    const limited = (await search(rtrViewer, { q: 'roerdompgeluid', kind: 'document' })).items.map(key);
    expect(limited).toHaveLength(6);
    expect(limited).toEqual(everyone);
  });

  it('does not search the scope tokens the indexes hold beside the text', async () => {
    const token = `k${t.deps.db.$client.prepare("select id from collaborations where code = 'IVZ'").pluck().get() as number}`;
    for (const q of [token, `${token}*`, 'k1*', `"${token}"`]) expect((await search(t, { q })).counts, q).toEqual({ agreement: 0, document: 0 });
    expect((await t.agent.get('/api/agreements').query({ q: token })).body.total).toBe(0);
  });

  it('leaves out agreements without a collaboration for a limited caller, as the register does', async () => {
    const loose = await t.agent.post('/api/agreements').set(t.headers).send({ type: 'service', title: 'Losse afspraak Kraanvogeltelling', collaborationCode: null, parties: [] });
    expect(loose.status).toBe(201);
    addDocumentWithText(t.deps.db, loose.body.id, ['Kraanvogeltelling in het voorjaar.'], { userId: t.user.id });
    expect((await search(t, { q: 'kraanvogeltelling' })).counts).toEqual({ agreement: 1, document: 1 });
    const rtrLegal = await t.signIn({ role: 'legal', email: 'rtr-jurist@vrt.nl', scope: ['RTR'] });
    expect((await search(rtrLegal, { q: 'kraanvogeltelling' })).counts).toEqual({ agreement: 0, document: 0 });
  });
});

describe("the register's q", () => {
  it('finds an agreement by its documents’ text, within the caller’s scope only', async () => {
    const all = await t.agent.get('/api/agreements').query({ q: 'zorgcoordinator' });
    expect(all.body.items.map((a: { id: number }) => a.id)).toEqual([ids.zvht]);
    expect(all.body.total).toBe(1);
    const rtrViewer = await t.signIn({ role: 'viewer', email: 'rtr-lezer@vrt.nl', scope: ['RTR'] });
    const limited = await rtrViewer.agent.get('/api/agreements').query({ q: 'zorgcoordinator' });
    expect(limited.body).toMatchObject({ items: [], total: 0 });
    // Query syntax in q stays harmless there too.
    for (const q of ['"', 'NEAR(a b)', '-x', 'title:x', '*']) expect((await t.agent.get('/api/agreements').query({ q })).status, q).toBe(200);
  });
});
