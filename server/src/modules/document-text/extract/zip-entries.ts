import yauzl from 'yauzl';
import { ExtractionError } from './extraction-protocol.ts';

/** More entries than any office document has: a zip of many tiny entries is refused, not listed. */
const MAX_ENTRIES = 20_000;

export interface ZipLimits {
  /** An entry that unpacks (or says it unpacks) to more bytes fails as `too_large`. */
  maxEntryBytes: number;
}

function openZip(file: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) =>
    // validateEntrySizes: an entry whose data unpacks to more than its header says is an error, not more bytes.
    yauzl.open(file, { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: false }, (err, zip) => (err ? reject(err) : resolve(zip))),
  );
}

function readEntry(zip: yauzl.ZipFile, entry: yauzl.Entry, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (err, stream) => {
      if (err) return reject(err);
      const chunks: Buffer[] = [];
      let size = 0;
      stream.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > limit) {
          stream.destroy(new ExtractionError('too_large', `${entry.fileName} unpacks to more than ${limit} bytes`));
          return;
        }
        chunks.push(chunk);
      });
      stream.on('error', reject);
      stream.on('end', () => resolve(Buffer.concat(chunks)));
    });
  });
}

/**
 * The entries of a zip file (DOCX, ODT, XLSX) that `wanted` picks, unpacked
 * into memory, with limits against zip bombs: an entry that declares or
 * unpacks to more than `maxEntryBytes` fails as `too_large` before or while
 * it is read (never after), as do more than 20,000 entries; an encrypted
 * entry fails as `encrypted`, a damaged archive as `malformed`. yauzl reads
 * the central directory and checks each entry's real size against it.
 */
export async function readZipEntries(file: string, wanted: (name: string) => boolean, limits: ZipLimits): Promise<Map<string, Buffer>> {
  let zip: yauzl.ZipFile;
  try {
    zip = await openZip(file);
  } catch (err) {
    throw new ExtractionError('malformed', `not a readable zip: ${(err as Error).message}`);
  }
  const found = new Map<string, Buffer>();
  try {
    if (zip.entryCount > MAX_ENTRIES) throw new ExtractionError('too_large', `${zip.entryCount} entries in the zip`);
    await new Promise<void>((resolve, reject) => {
      zip.on('error', (err: Error) => reject(err instanceof ExtractionError ? err : new ExtractionError('malformed', `damaged zip: ${err.message}`)));
      zip.on('end', () => resolve());
      zip.on('entry', (entry: yauzl.Entry) => {
        if (!wanted(entry.fileName)) return zip.readEntry();
        if (entry.isEncrypted()) return reject(new ExtractionError('encrypted', `${entry.fileName} is encrypted`));
        if (entry.uncompressedSize > limits.maxEntryBytes) return reject(new ExtractionError('too_large', `${entry.fileName} declares ${entry.uncompressedSize} bytes`));
        readEntry(zip, entry, limits.maxEntryBytes).then(
          (data) => {
            found.set(entry.fileName, data);
            zip.readEntry();
          },
          (err: Error) =>
            reject(
              err instanceof ExtractionError
                ? err
                : new ExtractionError(/too large|too many|size/i.test(err.message) ? 'too_large' : 'malformed', `${entry.fileName}: ${err.message}`),
            ),
        );
      });
      zip.readEntry();
    });
  } finally {
    zip.close();
  }
  return found;
}
