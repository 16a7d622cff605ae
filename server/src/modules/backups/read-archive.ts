import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Transform } from 'node:stream';
import tar from 'tar-stream';
import {
  ARCHIVE_FORMAT_VERSION,
  archiveHeaderSchema,
  BackupProblem,
  DATABASE_ENTRY,
  HEADER_ENTRY,
  HEADER_MAX_BYTES,
  isAllowedEntryName,
  MANIFEST_ENTRY,
  MANIFEST_MAX_BYTES,
  manifestSchema,
  type ArchiveHeader,
  type Manifest,
  type ManifestEntry,
  type SchemaVersion,
} from './archive-format.ts';
import type { Pace } from './pace.ts';
import { isNewerSchema, newestKnownSchema } from './schema-version.ts';

export interface ReadArchiveOptions {
  /** A fresh, empty folder to write the entries into; null only verifies. */
  into: string | null;
  /** The newest schema this app can run (tests pass another). */
  newestSchema?: SchemaVersion;
  /** Limits how fast the archive is read (a backup reading back its own archive while the server runs, decision 064). */
  pace?: Pace;
}

export interface ArchiveContents {
  header: ArchiveHeader;
  manifest: Manifest;
  /** Bytes of all entries (the database and the files). */
  bytes: number;
}

const foreign = (why: string, whyEn: string) =>
  new BackupProblem('archive_foreign', `Dit is geen Akkoord-back-up (${why}); er is niets hersteld.`, `This is not an Akkoord backup (${whyEn}); nothing was restored.`);
const damaged = (why: string, whyEn: string) =>
  new BackupProblem('archive_damaged', `De back-up is beschadigd: ${why}; er is niets hersteld.`, `The backup is damaged: ${whyEn}; nothing was restored.`);
const truncated = (why: string, whyEn: string) =>
  new BackupProblem(
    'archive_truncated',
    `De back-up is onvolledig (afgebroken): ${why}; er is niets hersteld.`,
    `The backup is incomplete (truncated): ${whyEn}; nothing was restored.`,
  );

function parseJson(bytes: Buffer): unknown {
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch {
    return undefined;
  }
}

/** The first bytes of a file, to tell a compressed or empty file from a tar before reading it as one. */
async function sniff(file: string): Promise<Buffer> {
  const handle = await fs.promises.open(file, 'r').catch((err: NodeJS.ErrnoException) => {
    throw new BackupProblem(
      'archive_unreadable',
      `Het archief ${file} kan niet worden gelezen (${err.code ?? err.message}); er is niets hersteld.`,
      `Cannot read the archive ${file} (${err.code ?? err.message}); nothing was restored.`,
    );
  });
  try {
    const buf = Buffer.alloc(512);
    const { bytesRead } = await handle.read(buf, 0, 512, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/**
 * Reads a backup archive from start to end, checking every entry against the
 * manifest (size and SHA-256) and, when `into` is given, writing the entries
 * there. Refuses — with a BackupProblem in Dutch and English — a file that is
 * no Akkoord backup (foreign), one whose schema is newer than this app's, a
 * damaged one (a hash, size, name or tar header that does not match) and a
 * truncated one (it ends before its manifest). The caller throws away `into`
 * on any refusal: nothing is restored from an archive that did not verify.
 */
export async function readArchive(file: string, opts: ReadArchiveOptions): Promise<ArchiveContents> {
  const start = await sniff(file);
  if (start.length === 0) throw truncated('het bestand is leeg', 'the file is empty');
  if (start[0] === 0x1f && start[1] === 0x8b) throw foreign('het is gecomprimeerd met gzip: pak het eerst uit', 'it is gzip-compressed: decompress it first');
  if (start.length < 512) throw foreign('te kort voor een tar-archief', 'too short for a tar archive');

  const newest = opts.newestSchema ?? newestKnownSchema();
  const extract = tar.extract();
  // 1 MB at a time: fewer, larger pieces cost less JavaScript per gigabyte.
  const input = fs.createReadStream(file, { highWaterMark: 1024 * 1024 });
  let inputEnded = false;
  input.on('end', () => (inputEnded = true));
  input.on('error', (err) => extract.destroy(err));
  const pace = opts.pace;
  if (pace) {
    const paced = new Transform({ transform: (chunk: Buffer, _encoding, callback) => void pace.take(chunk.length).then(() => callback(null, chunk), callback) });
    paced.on('error', (err) => extract.destroy(err));
    input.pipe(paced).pipe(extract);
  } else input.pipe(extract);

  let header: ArchiveHeader | null = null;
  let manifestBytes: Buffer | null = null;
  const seen = new Map<string, ManifestEntry>();
  let bytes = 0;
  try {
    for await (const entry of extract) {
      const name = entry.header.name;
      if (header === null) {
        if (name !== HEADER_ENTRY || entry.header.type !== 'file' || (entry.header.size ?? 0) > HEADER_MAX_BYTES)
          throw foreign(`het eerste bestand is "${name.slice(0, 80)}", niet ${HEADER_ENTRY}`, `its first entry is "${name.slice(0, 80)}", not ${HEADER_ENTRY}`);
      } else if (seen.has(name) || name === HEADER_ENTRY || (manifestBytes !== null && name !== MANIFEST_ENTRY)) {
        throw damaged(`het bestand "${name.slice(0, 200)}" staat er dubbel of na het manifest in`, `the entry "${name.slice(0, 200)}" occurs twice or after the manifest`);
      } else if (!isAllowedEntryName(name) || entry.header.type !== 'file') {
        throw damaged(`onverwacht bestand "${name.slice(0, 200)}" (${entry.header.type ?? '?'})`, `unexpected entry "${name.slice(0, 200)}" (${entry.header.type ?? '?'})`);
      }
      if (name === MANIFEST_ENTRY && (entry.header.size ?? 0) > MANIFEST_MAX_BYTES) throw damaged('het manifest is te groot', 'the manifest is too large');

      const hash = createHash('sha256');
      const keep: Buffer[] | null = name === HEADER_ENTRY || name === MANIFEST_ENTRY ? [] : null;
      const out = opts.into !== null && keep === null ? await openTarget(opts.into, name) : null;
      let size = 0;
      try {
        for await (const chunk of entry as AsyncIterable<Buffer>) {
          size += chunk.length;
          hash.update(chunk);
          if (keep) keep.push(chunk);
          else if (out) await out.write(chunk);
        }
        // On disk before the restore renames the folder into place.
        if (out) await out.sync();
      } finally {
        if (out) await out.close();
      }
      if (header === null) {
        const parsed = archiveHeaderSchema.safeParse(parseJson(Buffer.concat(keep!)));
        if (!parsed.success) throw foreign(`${HEADER_ENTRY} is niet van Akkoord`, `${HEADER_ENTRY} was not written by Akkoord`);
        header = parsed.data;
        if (header.formatVersion > ARCHIVE_FORMAT_VERSION)
          throw new BackupProblem(
            'archive_newer_schema',
            `Deze back-up is gemaakt door een nieuwere Akkoord (${header.appVersion}, archiefversie ${header.formatVersion}); werk Akkoord eerst bij. Er is niets hersteld.`,
            `This backup was made by a newer Akkoord (${header.appVersion}, archive format ${header.formatVersion}); upgrade Akkoord first. Nothing was restored.`,
          );
        if (isNewerSchema(header.schema, newest))
          throw new BackupProblem(
            'archive_newer_schema',
            `Deze back-up heeft een nieuwer databaseschema (${header.schema.migrations} migraties, Akkoord ${header.appVersion}) dan deze Akkoord kent (${newest.migrations}, laatste ${newest.tag ?? '—'}); werk Akkoord eerst bij. Er is niets hersteld.`,
            `This backup has a newer database schema (${header.schema.migrations} migrations, Akkoord ${header.appVersion}) than this Akkoord knows (${newest.migrations}, last ${newest.tag ?? '—'}); upgrade Akkoord first. Nothing was restored.`,
          );
      }
      if (name === MANIFEST_ENTRY) manifestBytes = Buffer.concat(keep!);
      else {
        seen.set(name, { path: name, size, sha256: hash.digest('hex') });
        if (name !== HEADER_ENTRY) bytes += size;
      }
    }
  } catch (err) {
    input.destroy();
    if (err instanceof BackupProblem) throw err;
    const message = err instanceof Error ? err.message : String(err);
    if (header === null) throw foreign('geen geldig tar-archief', `not a valid tar archive: ${message}`);
    // The file ended and the tar reader still wanted more: cut short (a bad header is damage instead).
    if (/unexpected end/i.test(message) || (inputEnded && !/invalid (tar )?header/i.test(message)))
      throw truncated('het archief houdt midden in een bestand op', 'the archive ends in the middle of an entry');
    throw damaged(`het tar-archief is onleesbaar (${message})`, `the tar archive cannot be read (${message})`);
  }
  if (header === null) throw foreign('het tar-archief is leeg', 'the tar archive is empty');
  if (manifestBytes === null) throw truncated(`${MANIFEST_ENTRY} ontbreekt aan het eind`, `${MANIFEST_ENTRY} is missing at the end`);
  const parsed = manifestSchema.safeParse(parseJson(manifestBytes));
  if (!parsed.success) throw damaged(`${MANIFEST_ENTRY} is onleesbaar`, `${MANIFEST_ENTRY} cannot be read`);
  const manifest = parsed.data;
  if (manifest.createdAt !== header.createdAt || manifest.schema.when !== header.schema.when || manifest.appVersion !== header.appVersion)
    throw damaged('het manifest hoort niet bij deze back-up', 'the manifest does not belong to this backup');
  if (!manifest.entries.some((e) => e.path === DATABASE_ENTRY)) throw damaged('de database ontbreekt in het manifest', 'the manifest lists no database');
  for (const expected of manifest.entries) {
    const got = seen.get(expected.path);
    if (!got) throw truncated(`"${expected.path}" ontbreekt`, `"${expected.path}" is missing`);
    if (got.size !== expected.size || got.sha256 !== expected.sha256)
      throw damaged(`"${expected.path}" klopt niet met zijn SHA-256 in het manifest`, `"${expected.path}" does not match its SHA-256 in the manifest`);
  }
  if (seen.size !== manifest.entries.length) throw damaged('het archief bevat bestanden die niet in het manifest staan', 'the archive holds entries the manifest does not list');
  return { header, manifest, bytes };
}

async function openTarget(root: string, name: string): Promise<fs.promises.FileHandle> {
  const target = path.join(root, name);
  await fs.promises.mkdir(path.dirname(target), { recursive: true });
  return fs.promises.open(target, 'wx');
}
