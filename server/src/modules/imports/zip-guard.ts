import { Readable } from 'node:stream';
import { createInflateRaw } from 'node:zlib';
import { AppError } from '../../http/errors.ts';

/** What an XLSX may unpack to: far above any real register (10,000 rows are a few MB), far below a zip bomb. */
export const XLSX_LIMITS = { maxEntries: 2000, maxUnpackedBytes: 150 * 1024 * 1024, maxRatio: 200 } as const;

const refuse = (detail: string) => new AppError('validation_failed', detail, { errors: [{ field: 'body.file', message: detail }] });

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  declaredSize: number;
  dataOffset: number;
}

/** The entries of a zip's central directory, with where each one's data starts; refuses what is not a plain zip. */
function readCentralDirectory(zip: Buffer): Entry[] {
  const from = Math.max(0, zip.length - 65_557);
  let eocd = -1;
  for (let i = zip.length - 22; i >= from; i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw refuse('Dit is geen leesbaar Excel-bestand (.xlsx): de inhoudsopgave van het bestand ontbreekt');
  const count = zip.readUInt16LE(eocd + 10);
  let offset = zip.readUInt32LE(eocd + 16);
  if (count > XLSX_LIMITS.maxEntries) throw refuse('Dit Excel-bestand bevat te veel onderdelen');
  const entries: Entry[] = [];
  for (let n = 0; n < count; n++) {
    if (offset + 46 > zip.length || zip.readUInt32LE(offset) !== 0x02014b50) throw refuse('Dit Excel-bestand is beschadigd');
    const method = zip.readUInt16LE(offset + 10);
    const compressedSize = zip.readUInt32LE(offset + 20);
    const declaredSize = zip.readUInt32LE(offset + 24);
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    const local = zip.readUInt32LE(offset + 42);
    const name = zip.toString('utf8', offset + 46, offset + 46 + nameLength);
    if (compressedSize === 0xffffffff || declaredSize === 0xffffffff || local === 0xffffffff) throw refuse('Dit Excel-bestand is te groot om in te lezen');
    if (local + 30 > zip.length || zip.readUInt32LE(local) !== 0x04034b50) throw refuse('Dit Excel-bestand is beschadigd');
    const dataOffset = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    if (dataOffset + compressedSize > zip.length) throw refuse('Dit Excel-bestand is afgebroken of beschadigd');
    entries.push({ name, method, compressedSize, declaredSize, dataOffset });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Inflates one entry without keeping it, counting its real size; stops past `budget`. */
function unpackedSize(zip: Buffer, entry: Entry, budget: number): Promise<number> {
  const data = zip.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  if (entry.method === 0) return Promise.resolve(data.length);
  if (entry.method !== 8) return Promise.reject(refuse('Dit Excel-bestand gebruikt een onbekende compressie'));
  return new Promise((resolve, reject) => {
    let size = 0;
    const inflate = createInflateRaw();
    inflate.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > budget) {
        inflate.destroy();
        reject(refuse('Dit Excel-bestand pakt uit tot meer dan 150 MB (een zip-bom?) en wordt niet ingelezen'));
      }
    });
    inflate.on('error', () => reject(refuse('Dit Excel-bestand is beschadigd')));
    inflate.on('end', () => resolve(size));
    Readable.from([data]).pipe(inflate);
  });
}

/**
 * Checks an XLSX (a zip) before a parser sees it: a readable central
 * directory, at most 2,000 entries, only stored or deflated data, and what
 * every entry *really* inflates to (not what its header claims) at most
 * 150 MB in all and 200 times its compressed size. A zip bomb is refused
 * with 422 without ever being held in memory.
 */
export async function guardZip(zip: Buffer): Promise<void> {
  const entries = readCentralDirectory(zip);
  let total = 0;
  for (const entry of entries) {
    const size = await unpackedSize(zip, entry, XLSX_LIMITS.maxUnpackedBytes - total);
    if (size > 1024 * 1024 && size > entry.compressedSize * XLSX_LIMITS.maxRatio) throw refuse('Dit Excel-bestand pakt verdacht sterk uit (een zip-bom?) en wordt niet ingelezen');
    total += size;
  }
}
