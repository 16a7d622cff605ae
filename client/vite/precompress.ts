import fs from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { Plugin } from 'vite';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** Files smaller than this are sent as they are: compression would save less than a packet. */
const MIN_BYTES = 1024;
const COMPRESSIBLE = /\.(js|mjs|css|svg|json|txt|map|wasm)$/;

/** Brotli (quality 11) and gzip (level 9) of one file; a sibling is kept only when it is smaller than the file. */
export async function compressAsset(source: Uint8Array): Promise<{ br: Uint8Array | null; gz: Uint8Array | null }> {
  const [br, gz] = await Promise.all([
    brotli(source, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: source.byteLength,
        [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
      },
    }),
    gzip(source, { level: zlib.constants.Z_BEST_COMPRESSION }),
  ]);
  return { br: br.byteLength < source.byteLength ? br : null, gz: gz.byteLength < source.byteLength ? gz : null };
}

/**
 * Writes `<file>.br` and `<file>.gz` beside every hashed asset worth compressing, so the server sends them without
 * compressing per request (server/src/http/client-assets.ts; decision 031). It reads the files as written: other
 * plugins still change chunks while the bundle is generated (Vite fills in its preload list then).
 */
export function precompress(): Plugin {
  return {
    name: 'akkoord-precompress',
    apply: 'build',
    async writeBundle(options, bundle) {
      const dir = options.dir ?? 'dist';
      const files = Object.keys(bundle).filter((name) => name.startsWith('assets/') && COMPRESSIBLE.test(name));
      await Promise.all(
        files.map(async (name) => {
          const file = path.join(dir, name);
          const source = await fs.readFile(file);
          if (source.byteLength < MIN_BYTES) return;
          const { br, gz } = await compressAsset(source);
          await Promise.all([br ? fs.writeFile(`${file}.br`, br) : null, gz ? fs.writeFile(`${file}.gz`, gz) : null]);
        }),
      );
    },
  };
}
