import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { setCsrfToken } from '../../../lib/api-client.ts';
import { mockUploads } from '../../../testing/fake-xhr.ts';
import { mockApi, renderWithApp } from '../../../testing/render.tsx';
import type { AgreementDocument, DocumentVersion } from '@akkoord/shared/schemas/document';
import { DocumentsPanel } from './documents-panel.tsx';

const HASH = 'a3f5c0de12b4' + '9'.repeat(52);
const version = (over: Partial<DocumentVersion> = {}): DocumentVersion => ({
  versionId: 50,
  version: 1,
  fileName: 'overeenkomst-getekend.pdf',
  sizeBytes: 48_300,
  mediaType: 'application/pdf',
  sha256: HASH,
  uploadedAt: '2026-12-01T09:30:00.000Z',
  uploadedBy: { id: 2, name: 'Jurist Twente' },
  textStatus: 'done',
  textReason: null,
  textExtractedAt: null,
  contentUrl: '/api/documents/5/versions/1/content',
  ...over,
});
const doc = (over: Partial<AgreementDocument> = {}): AgreementDocument => ({
  id: 5,
  agreementId: 8,
  kind: 'signed_copy',
  title: 'overeenkomst-getekend.pdf',
  documentDate: '2024-01',
  note: null,
  archived: false,
  archivedAt: null,
  archivedBy: null,
  createdBy: { id: 2, name: 'Jurist Twente' },
  createdAt: '2026-12-01T09:30:00.000Z',
  versions: [version()],
  ...over,
});
const list = (...items: AgreementDocument[]) => ({ body: { items } });
const problem = (status: number, code: string, detail: string, extra: object = {}) => ({
  status,
  body: { type: 'about:blank', title: 'Refused', status, code, detail, ...extra },
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

async function chooseFile(name = 'brief.pdf', bytes = 'x'.repeat(2000)) {
  const file = new File([bytes], name, { type: 'application/pdf' });
  fireEvent.change(await screen.findByLabelText(/^Bestand/), { target: { files: [file] } });
  return file;
}

/** The message block (not the toasts' live region) whose title is this text. */
async function findMessage(title: string): Promise<HTMLElement> {
  const found = (await screen.findByText(title)).closest<HTMLElement>('.app-alert');
  expect(found?.getAttribute('role')).toBe('alert');
  return found!;
}

describe('documents panel', () => {
  it('lists each document with its versions: number, uploader, time, size, type, short hash and text status in words', async () => {
    mockApi({
      'GET /api/agreements/8/documents': () =>
        list(
          doc({
            versions: [
              version(),
              version({
                version: 2,
                fileName: 'scan.pdf',
                sizeBytes: 2_100_000,
                sha256: 'b'.repeat(64),
                textStatus: 'no_text_layer',
                uploadedBy: { id: 3, name: 'Beheerder VRT' },
              }),
            ],
          }),
        ),
    });
    renderWithApp(<DocumentsPanel agreementId={8} canManage={false} />);
    const table = await screen.findByRole('table', { name: 'Versies van overeenkomst-getekend.pdf' });
    const rows = within(table).getAllByRole('row').slice(1);
    // Newest version first.
    expect(within(rows[0]!).getByText('geen tekstlaag — OCR niet beschikbaar')).toBeTruthy();
    expect(within(rows[0]!).getByText('2,1 MB')).toBeTruthy();
    expect(within(rows[0]!).getByText('Beheerder VRT')).toBeTruthy();
    expect(within(rows[1]!).getByText('Jurist Twente')).toBeTruthy();
    expect(within(rows[1]!).getByText('48,3 kB')).toBeTruthy();
    expect(within(rows[1]!).getByText('PDF')).toBeTruthy();
    expect(within(rows[1]!).getByText('a3f5c0de12b4')).toBeTruthy();
    expect(within(rows[1]!).getByText('tekst gelezen')).toBeTruthy();
    expect(screen.getByText(/getekend exemplaar · gedateerd januari 2024 · 2 versies/)).toBeTruthy();
    const download = within(rows[1]!).getByRole('link', { name: 'overeenkomst-getekend.pdf (versie 1) downloaden' });
    expect(download.getAttribute('href')).toBe('/api/documents/5/versions/1/content');
    // A reader gets no upload, new-version or archive controls.
    expect(screen.queryByRole('button', { name: 'Uploaden' })).toBeNull();
    expect(screen.queryByRole('button', { name: /archiveren/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /Nieuwe versie/ })).toBeNull();
  });

  it('says so when there are no documents yet, and what to do when you may add one', async () => {
    mockApi({ 'GET /api/agreements/8/documents': () => list() });
    renderWithApp(<DocumentsPanel agreementId={8} canManage />);
    await screen.findByText(/Er zijn nog geen documenten bij deze overeenkomst. Voeg het getekende exemplaar toe/);
    expect(screen.getByRole('button', { name: 'Uploaden' })).toBeTruthy();
  });

  it('uploads with kind, partial date and note, shows the progress bar, sends the CSRF token, then lists the new document', async () => {
    setCsrfToken('token-9');
    const uploads = mockUploads();
    let stored: AgreementDocument[] = [];
    mockApi({ 'GET /api/agreements/8/documents': () => list(...stored) });
    renderWithApp(<DocumentsPanel agreementId={8} canManage />);
    await screen.findByText(/Er zijn nog geen documenten/);
    const file = await chooseFile('getekend.pdf');
    expect(screen.getByText(/Gekozen: getekend.pdf \(2 kB\)/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText(/^Soort document/), { target: { value: 'signed_copy' } });
    fireEvent.change(screen.getByLabelText(/^Datum van het document/), { target: { value: 'maart 2024' } });
    fireEvent.change(screen.getByLabelText(/^Notitie/), { target: { value: 'Origineel bij de secretaris' } });
    fireEvent.click(screen.getByRole('button', { name: 'Uploaden' }));

    await vi.waitFor(() => expect(uploads).toHaveLength(1));
    const upload = uploads[0]!;
    expect(upload.method).toBe('POST');
    expect(upload.url).toBe('/api/agreements/8/documents');
    expect(upload.headers['X-CSRF-Token']).toBe('token-9');
    expect(upload.body!.get('kind')).toBe('signed_copy');
    expect(upload.body!.get('documentDate')).toBe('2024-03');
    expect(upload.body!.get('note')).toBe('Origineel bij de secretaris');
    expect((upload.body!.get('file') as File).name).toBe(file.name);

    act(() => upload.progress(1000, 2000));
    const bar = await screen.findByRole('progressbar', { name: 'Voortgang van de upload' });
    expect(bar.getAttribute('value')).toBe('50');
    expect(screen.getByText('50% verstuurd (1 kB van 2 kB)')).toBeTruthy();

    stored = [doc({ id: 9, title: 'getekend.pdf', versions: [version({ fileName: 'getekend.pdf', textStatus: 'pending' })] })];
    act(() => upload.respond(201, stored[0]));
    await screen.findByText('getekend.pdf is toegevoegd. Akkoord leest nu de tekst.');
    await screen.findByRole('heading', { name: 'getekend.pdf' });
    expect(screen.getByText('tekst wordt gelezen…')).toBeTruthy();
    expect(screen.queryByRole('progressbar')).toBeNull();
    // The form is empty again for the next file.
    expect((screen.getByLabelText(/^Soort document/) as HTMLSelectElement).value).toBe('');
  });

  it('asks for a file and a kind before sending, and refuses a date it cannot read', async () => {
    const uploads = mockUploads();
    mockApi({ 'GET /api/agreements/8/documents': () => list() });
    renderWithApp(<DocumentsPanel agreementId={8} canManage />);
    fireEvent.click(await screen.findByRole('button', { name: 'Uploaden' }));
    await screen.findByText('Kies een bestand.');
    expect(screen.getByText('Kies wat voor document dit is.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText(/^Datum van het document/), { target: { value: '31 februari 2024' } });
    fireEvent.click(screen.getByRole('button', { name: 'Uploaden' }));
    await screen.findByText('Vul een bestaande datum in, bijvoorbeeld 1-3-2023, maart 2023 of 2023.');
    expect(uploads).toHaveLength(0);
  });

  it('takes a file dragged onto the box', async () => {
    mockApi({ 'GET /api/agreements/8/documents': () => list() });
    renderWithApp(<DocumentsPanel agreementId={8} canManage />);
    const input = await screen.findByLabelText(/^Bestand/);
    const file = new File(['%PDF-1.4'], 'gesleept.pdf', { type: 'application/pdf' });
    fireEvent.drop(input.closest('.app-drop-zone')!, { dataTransfer: { files: [file] } });
    await screen.findByText(/Gekozen: gesleept.pdf/);
  });

  it('explains a duplicate (409) with a link to the document that already holds the file', async () => {
    const uploads = mockUploads();
    mockApi({ 'GET /api/agreements/8/documents': () => list(doc()) });
    renderWithApp(<DocumentsPanel agreementId={8} canManage />);
    await chooseFile();
    fireEvent.change(screen.getByLabelText(/^Soort document/), { target: { value: 'draft' } });
    fireEvent.click(screen.getByRole('button', { name: 'Uploaden' }));
    await vi.waitFor(() => expect(uploads).toHaveLength(1));
    act(() => uploads[0]!.respond(409, problem(409, 'conflict', 'Deze inhoud staat al bij deze overeenkomst.', { existing: { id: 5, title: 'overeenkomst-getekend.pdf' } }).body));
    const alert = await findMessage('Dit bestand staat al bij deze overeenkomst.');
    const link = within(alert).getByRole('link', { name: 'Ga naar ‘overeenkomst-getekend.pdf’' });
    expect(link.getAttribute('href')).toBe('#document-5');
    fireEvent.click(link);
    expect(document.activeElement?.textContent).toBe('overeenkomst-getekend.pdf');
  });

  it.each([
    [413, 'payload_too_large', 'Het bestand is groter dan 25 MB.', 'Het bestand is te groot.'],
    [415, 'unsupported_media_type', 'Akkoord bewaart PDF, DOCX, ODT, XLSX, PNG, JPEG, TIFF, tekst en EML.', 'Dit soort bestand kan Akkoord niet bewaren.'],
  ])('explains a %i refusal with the server’s own words (the limit or the accepted types)', async (status, code, detail, title) => {
    const uploads = mockUploads();
    mockApi({ 'GET /api/agreements/8/documents': () => list() });
    renderWithApp(<DocumentsPanel agreementId={8} canManage />);
    await chooseFile();
    fireEvent.change(screen.getByLabelText(/^Soort document/), { target: { value: 'other' } });
    fireEvent.click(screen.getByRole('button', { name: 'Uploaden' }));
    await vi.waitFor(() => expect(uploads).toHaveLength(1));
    act(() => uploads[0]!.respond(status, problem(status, code, detail).body));
    const alert = await findMessage(title);
    expect(within(alert).getByText(detail)).toBeTruthy();
    // The chosen file stays, so a corrected try is one press away.
    expect(screen.getByText(/Gekozen: brief.pdf/)).toBeTruthy();
  });

  it('cancels an upload on the way and says nothing was kept', async () => {
    const uploads = mockUploads();
    mockApi({ 'GET /api/agreements/8/documents': () => list() });
    renderWithApp(<DocumentsPanel agreementId={8} canManage />);
    await chooseFile();
    fireEvent.change(screen.getByLabelText(/^Soort document/), { target: { value: 'other' } });
    fireEvent.click(screen.getByRole('button', { name: 'Uploaden' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Upload afbreken' }));
    await screen.findByText('De upload is afgebroken; er is niets bewaard.');
    expect(uploads[0]!.aborted).toBe(true);
    expect(document.querySelector('.app-alert')).toBeNull();
  });

  it('shows the text Akkoord read, page by page, and plainly says when a scan has no text layer', async () => {
    mockApi({
      'GET /api/agreements/8/documents': () =>
        list(doc(), doc({ id: 6, title: 'scan.tiff', versions: [version({ fileName: 'scan.tiff', mediaType: 'image/tiff', textStatus: 'no_text_layer' })] })),
      'GET /api/documents/5/versions/1/text': () => ({
        body: {
          status: 'done',
          reason: null,
          extractedAt: '2026-12-01T09:31:00.000Z',
          pages: [
            { page: 1, text: 'Deze overeenkomst treedt in werking op 1 januari 2024.' },
            { page: 2, text: '' },
          ],
        },
      }),
      'GET /api/documents/6/versions/1/text': () => ({ body: { status: 'no_text_layer', reason: 'ocr_unavailable', extractedAt: '2026-12-01T09:31:00.000Z', pages: [] } }),
    });
    renderWithApp(<DocumentsPanel agreementId={8} canManage={false} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Tekst van overeenkomst-getekend.pdf (versie 1) tonen' }));
    const text = await screen.findByRole('region', { name: 'Tekst van overeenkomst-getekend.pdf, versie 1' });
    expect(within(text).getByRole('heading', { name: 'Pagina 1' })).toBeTruthy();
    expect(within(text).getByText('Deze overeenkomst treedt in werking op 1 januari 2024.')).toBeTruthy();
    expect(within(text).getByText('Op deze pagina staat geen tekst.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Tekst sluiten' }).getAttribute('aria-expanded')).toBe('true');
    // A TIFF is never offered as an inline preview; its text view says why there is no text.
    expect(screen.queryByRole('button', { name: /Voorbeeld van scan.tiff/ })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Tekst van scan.tiff (versie 1) tonen' }));
    await screen.findByText(/Dit bestand heeft geen tekstlaag en tekstherkenning \(OCR\) is op deze server niet beschikbaar/);
  });

  it('previews a PDF inline in a titled frame on the inline content address', async () => {
    mockApi({ 'GET /api/agreements/8/documents': () => list(doc()) });
    renderWithApp(<DocumentsPanel agreementId={8} canManage={false} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Voorbeeld van overeenkomst-getekend.pdf (versie 1) tonen' }));
    const frame = await screen.findByTitle('Voorbeeld van overeenkomst-getekend.pdf, versie 1');
    expect(frame.tagName).toBe('IFRAME');
    expect(frame.getAttribute('src')).toBe('/api/documents/5/versions/1/content?disposition=inline');
  });

  it('archives after confirmation, lists it under the archived documents, and restores it', async () => {
    let archived = false;
    const calls = mockApi({
      'GET /api/agreements/8/documents': () => list(doc(archived ? { archived: true, archivedAt: '2026-12-07T10:00:00.000Z' } : {})),
      'POST /api/documents/5/archive': () => {
        archived = true;
        return { body: doc({ archived: true }) };
      },
      'POST /api/documents/5/restore': () => {
        archived = false;
        return { body: doc() };
      },
    });
    renderWithApp(<DocumentsPanel agreementId={8} canManage />);
    fireEvent.click(await screen.findByRole('button', { name: 'overeenkomst-getekend.pdf archiveren' }));
    const dialog = await screen.findByRole('dialog', { name: 'Document archiveren?' });
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Archiveren' }));
    await screen.findByText('‘overeenkomst-getekend.pdf’ is gearchiveerd.');
    await screen.findByText('1 gearchiveerd document');
    expect(screen.getByText(/Er zijn nog geen documenten/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'overeenkomst-getekend.pdf terugzetten' }));
    fireEvent.click(within(await screen.findByRole('dialog', { name: 'Document terugzetten?' })).getByRole('button', { name: 'Terugzetten' }));
    await screen.findByText('‘overeenkomst-getekend.pdf’ is teruggezet.');
    expect(calls.filter((c) => c.method === 'POST').map((c) => c.path)).toEqual(['/api/documents/5/archive', '/api/documents/5/restore']);
  });

  it('adds a version to a document with its own progress bar', async () => {
    const uploads = mockUploads();
    mockApi({ 'GET /api/agreements/8/documents': () => list(doc()) });
    renderWithApp(<DocumentsPanel agreementId={8} canManage />);
    fireEvent.click(await screen.findByRole('button', { name: 'Nieuwe versie van overeenkomst-getekend.pdf toevoegen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nieuwe versie van overeenkomst-getekend.pdf' });
    fireEvent.change(within(dialog).getByLabelText(/^Bestand/), { target: { files: [new File(['v2'], 'versie-2.pdf')] } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Uploaden' }));
    await vi.waitFor(() => expect(uploads).toHaveLength(1));
    expect(uploads[0]!.url).toBe('/api/documents/5/versions');
    act(() => uploads[0]!.progress(1, 4));
    expect(within(dialog).getByRole('progressbar').getAttribute('value')).toBe('25');
    act(() => uploads[0]!.respond(201, doc()));
    await screen.findByText('Versie van overeenkomst-getekend.pdf is toegevoegd. Akkoord leest nu de tekst.');
  });

  it('follows each document’s own permissions and offers no upload on an archived agreement', async () => {
    mockApi({
      'GET /api/agreements/8/documents': () =>
        list(
          doc({ permissions: { read: true, upload: false, archive: false, restore: false } }),
          doc({ id: 6, title: 'bijlage.pdf', permissions: { read: true, upload: false, archive: true, restore: false } }),
        ),
    });
    renderWithApp(<DocumentsPanel agreementId={8} canManage agreementArchived />);
    await screen.findByRole('button', { name: 'bijlage.pdf archiveren' });
    expect(screen.queryByRole('button', { name: 'overeenkomst-getekend.pdf archiveren' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Nieuwe versie/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Uploaden' })).toBeNull();
  });

  it('words the reason a version has no text: a password, OCR that found nothing, scanned pages left unread', async () => {
    mockApi({
      'GET /api/agreements/8/documents': () =>
        list(
          doc({
            versions: [
              version({ textStatus: 'failed', textReason: 'encrypted' }),
              version({ version: 2, sha256: 'c'.repeat(64), textStatus: 'no_text_layer', textReason: 'no_text_found' }),
              version({ version: 3, sha256: 'd'.repeat(64), textStatus: 'done', textReason: 'some_pages_ocr_unavailable' }),
            ],
          }),
        ),
      'GET /api/documents/5/versions/1/text': () => ({ body: { status: 'failed', reason: 'encrypted', extractedAt: null, pages: [] } }),
    });
    renderWithApp(<DocumentsPanel agreementId={8} canManage={false} />);
    await screen.findByText('tekst kon niet worden gelezen: beveiligd met een wachtwoord');
    expect(screen.getByText('geen tekst: ook met tekstherkenning (OCR) niets gevonden')).toBeTruthy();
    expect(screen.getByText('tekst gelezen: gescande pagina’s niet gelezen (OCR niet beschikbaar)')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Tekst van overeenkomst-getekend.pdf (versie 1) tonen' }));
    await screen.findByText('De tekst kon niet uit dit bestand worden gelezen: beveiligd met een wachtwoord. Het bestand zelf is bewaard en te downloaden.');
  });

  it('speaks English', async () => {
    mockApi({ 'GET /api/agreements/8/documents': () => list(doc({ versions: [version({ textStatus: 'no_text_layer' })] })) });
    renderWithApp(<DocumentsPanel agreementId={8} canManage />, { lang: 'en' });
    await screen.findByText('no text layer — OCR not available');
    expect(screen.getByRole('button', { name: 'Upload' })).toBeTruthy();
    expect(screen.getByText(/signed copy · dated January 2024 · 1 version/)).toBeTruthy();
  });
});
