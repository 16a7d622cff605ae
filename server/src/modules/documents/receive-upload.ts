import busboy from 'busboy';
import type { Request } from 'express';
import type { FieldError } from '@akkoord/shared/schemas/common';
import { AppError } from '../../http/errors.ts';
import { FileTooLargeError, type FileStore, type StagedFile } from '../../lib/file-store.ts';

/** An upload read from the request: its text fields and its bytes in a staged (temporary, fsynced) file. */
export interface ReceivedUpload {
  fields: Record<string, string>;
  file: StagedFile;
  /** The name the client gave (unsanitised; sanitise before showing). */
  fileName: string;
}

/** Reads an upload into the store's staging area; called by the service once it has checked who may upload where. */
export type UploadSource = (opts: { store: FileStore; maxBytes: number }) => Promise<ReceivedUpload>;

/** Room for the multipart envelope and the text fields next to the largest file. */
const ENVELOPE_BYTES = 64 * 1024;

export const tooLarge = (maxBytes: number) =>
  new AppError('payload_too_large', `Het bestand is groter dan ${Math.round(maxBytes / (1024 * 1024))} MB, de grens van deze installatie (DOCUMENT_MAX_MB).`, {
    errors: [{ field: 'body.file', message: `Groter dan ${Math.round(maxBytes / (1024 * 1024))} MB`, code: 'too_big' }],
    extra: { limitBytes: maxBytes },
  });

const invalid = (errors: FieldError[]) => new AppError('validation_failed', errors[0]?.message ?? 'Een of meer velden kloppen niet', { errors });

/** Lets the rest of a refused request body go by, so the client reads the answer instead of a reset connection. */
function drain(req: Request): void {
  req.unpipe();
  req.resume();
}

/**
 * The upload of a `multipart/form-data` request (busboy, decision 043): one part `file`, streamed into the
 * store's staging area with its SHA-256 computed on the way (never the whole file in memory), and small text
 * fields. Refuses another content type (415), a declared or actual size past `maxBytes` (413, naming the
 * limit), a missing, second or misnamed file (422) and a damaged form (400); a refused upload leaves no file.
 */
export function multipartUpload(req: Request): UploadSource {
  return async ({ store, maxBytes }) => {
    if (!req.is('multipart/form-data')) {
      drain(req);
      throw new AppError('unsupported_media_type', 'Stuur het bestand als multipart/form-data, in het veld "file"');
    }
    if (Number(req.headers['content-length'] ?? 0) > maxBytes + ENVELOPE_BYTES) {
      drain(req);
      throw tooLarge(maxBytes);
    }
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: req.headers,
        defParamCharset: 'utf8',
        // Larger buffers than the defaults (16/64 KB): fewer pauses between parser, hash and disk on a 25 MB file.
        highWaterMark: 1024 * 1024,
        fileHwm: 1024 * 1024,
        limits: { files: 1, fileSize: maxBytes + 1, fields: 8, fieldSize: 16 * 1024, parts: 12, headerPairs: 20 },
      });
    } catch {
      drain(req);
      throw new AppError('bad_request', 'Het formulier (multipart/form-data) mist zijn boundary', { errors: [{ field: 'body', message: 'Geen geldig multipart-formulier' }] });
    }
    const fields: Record<string, string> = {};
    const errors: FieldError[] = [];
    let staging: Promise<StagedFile> | undefined;
    let fileName = '';
    let refusal: AppError | undefined;

    parser.on('file', (name, stream, info) => {
      if (name !== 'file' || staging) {
        errors.push({ field: `body.${name}`, message: staging ? 'Stuur één bestand per keer' : 'Onbekend veld; het bestand hoort in "file"' });
        stream.resume();
        return;
      }
      fileName = info.filename ?? '';
      staging = store.stage(stream, { maxBytes });
      staging.catch(() => undefined);
    });
    parser.on('field', (name, value, info) => {
      if (info.valueTruncated) errors.push({ field: `body.${name}`, message: 'Te lang' });
      else if (name in fields) errors.push({ field: `body.${name}`, message: 'Dit veld staat er twee keer in' });
      else fields[name] = value;
    });
    parser.on('filesLimit', () => errors.push({ field: 'body.file', message: 'Stuur één bestand per keer' }));
    parser.on('fieldsLimit', () => (refusal ??= new AppError('bad_request', 'Het formulier heeft te veel velden')));
    parser.on('partsLimit', () => (refusal ??= new AppError('bad_request', 'Het formulier heeft te veel delen')));

    const parsed = new Promise<void>((resolve, reject) => {
      parser.once('close', resolve);
      parser.once('error', reject);
    });
    // A client that breaks off: the parser (and with it the file stream, and so the staging) ends in an error,
    // which removes the temporary file; without this the half file would wait for the next start.
    req.once('close', () => {
      if (!req.complete) parser.destroy(new Error('request aborted'));
    });
    req.pipe(parser);

    let file: StagedFile | undefined;
    try {
      try {
        await parsed;
      } catch {
        drain(req);
        throw new AppError('bad_request', 'Het formulier (multipart/form-data) kon niet worden gelezen of brak af', {
          errors: [{ field: 'body', message: 'Onvolledig of beschadigd formulier' }],
        });
      }
      try {
        file = await staging;
      } catch (err) {
        if (err instanceof FileTooLargeError) throw tooLarge(maxBytes);
        throw err;
      }
      if (refusal) throw refusal;
      if (!file) errors.push({ field: 'body.file', message: 'Kies een bestand', code: 'required' });
      else if (file.size === 0) errors.push({ field: 'body.file', message: 'Het bestand is leeg', code: 'too_small' });
      if (errors.length) throw invalid(errors);
      return { fields, file: file!, fileName };
    } catch (err) {
      await file?.discard();
      // A stream the parser broke off ends in an error or a staged file; either way nothing stays behind.
      if (!file && staging)
        void staging.then(
          (f) => f.discard(),
          () => undefined,
        );
      throw err;
    }
  };
}
