import type { Request } from 'express';
import busboy from 'busboy';
import { AppError } from '../../http/errors.ts';

export interface UploadedFile {
  fileName: string;
  bytes: Buffer;
}

const tooLarge = (maxBytes: number) =>
  new AppError('payload_too_large', `Het bestand is groter dan ${Math.round(maxBytes / 1024 / 1024)} MB`, {
    errors: [{ field: 'body.file', message: `Ten hoogste ${Math.round(maxBytes / 1024 / 1024)} MB` }],
  });

/** A file name fit for a screen and a log: no path, no control characters, at most 200 characters. */
const cleanFileName = (name: string | undefined) =>
  (name ?? '')
    .split(/[\\/]/)
    .pop()!
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '')
    .trim()
    .slice(0, 200) || 'bestand';

/**
 * Reads the one `file` part of a `multipart/form-data` request into memory,
 * refusing more than `maxBytes` (413, as soon as the declared length says
 * so, else when the limit is reached; the rest of the body is drained so the
 * answer reaches the client), another content type (415) and a request
 * without a file (422).
 */
export function readUploadedFile(req: Request, maxBytes: number): Promise<UploadedFile> {
  if (!req.is('multipart/form-data')) {
    return Promise.reject(new AppError('unsupported_media_type', 'Stuur het bestand als multipart/form-data in het veld "file"'));
  }
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > maxBytes + 64 * 1024) {
    req.resume();
    return Promise.reject(tooLarge(maxBytes));
  }
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers: req.headers, limits: { files: 1, fileSize: maxBytes, fields: 10, parts: 12, headerPairs: 50 } });
    } catch {
      reject(new AppError('bad_request', 'Het formulier is onleesbaar (multipart/form-data zonder geldige boundary)'));
      return;
    }
    let file: UploadedFile | null = null;
    let problem: AppError | null = null;
    parser.on('file', (name, stream, info) => {
      if (name !== 'file' || file) {
        stream.resume();
        return;
      }
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('limit', () => {
        problem = tooLarge(maxBytes);
        chunks.length = 0;
      });
      stream.on('end', () => {
        if (!problem) file = { fileName: cleanFileName(info.filename), bytes: Buffer.concat(chunks) };
      });
    });
    parser.on('error', () => {
      req.unpipe(parser);
      req.resume();
      reject(new AppError('bad_request', 'Het formulier is onleesbaar of afgebroken'));
    });
    parser.on('close', () => {
      if (problem) reject(problem);
      else if (!file) reject(new AppError('validation_failed', 'Kies een bestand', { errors: [{ field: 'body.file', message: 'Kies een CSV- of Excel-bestand (.xlsx)' }] }));
      else resolve(file);
    });
    req.pipe(parser);
  });
}
