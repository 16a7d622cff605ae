import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientAssets } from './client-assets.ts';

// A built client in miniature: one hashed script with its .br and .gz siblings, a stylesheet with only gzip, a
// small file without siblings, and index.html.
const script = Buffer.from(`export const x = ${JSON.stringify('akkoord '.repeat(500))};\n`);
const style = Buffer.from(`.app { color: red; }\n`.repeat(200));
let dist: string;
let server: http.Server;
let base: string;

beforeAll(async () => {
  dist = fs.mkdtempSync(path.join(os.tmpdir(), 'akkoord-assets-'));
  fs.mkdirSync(path.join(dist, 'assets'));
  fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>Akkoord</title>');
  fs.writeFileSync(path.join(dist, 'assets/index-abc123.js'), script);
  fs.writeFileSync(path.join(dist, 'assets/index-abc123.js.br'), zlib.brotliCompressSync(script));
  fs.writeFileSync(path.join(dist, 'assets/index-abc123.js.gz'), zlib.gzipSync(script));
  fs.writeFileSync(path.join(dist, 'assets/index-def456.css'), style);
  fs.writeFileSync(path.join(dist, 'assets/index-def456.css.gz'), zlib.gzipSync(style));
  fs.writeFileSync(path.join(dist, 'assets/tiny-0a1b2c.js'), 'export {};\n');
  const app = express();
  app.use(clientAssets(dist));
  server = app.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((r) => server.close(r));
  fs.rmSync(dist, { recursive: true, force: true });
});

/** A raw request: the body exactly as sent on the wire (fetch would decode it). */
function request(urlPath: string, headers: Record<string, string> = {}, method = 'GET'): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${base}${urlPath}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('hashed client assets, precompressed', () => {
  it('sends the brotli file to a browser that accepts br, with the script type, Vary and a year of immutable caching', async () => {
    const res = await request('/assets/index-abc123.js', { 'Accept-Encoding': 'gzip, deflate, br, zstd' });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/^(text|application)\/javascript; charset=utf-8$/);
    expect(res.headers.vary).toMatch(/Accept-Encoding/);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(Number(res.headers['content-length'])).toBe(res.body.length);
    expect(res.body.length).toBeLessThan(script.length / 10);
    expect(zlib.brotliDecompressSync(res.body).equals(script)).toBe(true);
  });

  it('sends gzip when brotli is not accepted or refused with q=0, and when only gzip was built', async () => {
    for (const accept of ['gzip', 'gzip, deflate', 'br;q=0, gzip;q=1']) {
      const res = await request('/assets/index-abc123.js', { 'Accept-Encoding': accept });
      expect(res.headers['content-encoding'], accept).toBe('gzip');
      expect(zlib.gunzipSync(res.body).equals(script)).toBe(true);
    }
    const css = await request('/assets/index-def456.css', { 'Accept-Encoding': 'br, gzip' });
    expect(css.headers['content-encoding']).toBe('gzip');
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
    expect(zlib.gunzipSync(css.body).equals(style)).toBe(true);
  });

  it('sends the file itself to a client that accepts no compression (identity), still varying on Accept-Encoding', async () => {
    for (const headers of [{} as Record<string, string>, { 'Accept-Encoding': 'identity' }, { 'Accept-Encoding': 'br;q=0, gzip;q=0' }, { 'Accept-Encoding': 'deflate' }]) {
      const res = await request('/assets/index-abc123.js', headers);
      expect(res.status).toBe(200);
      expect(res.headers['content-encoding']).toBeUndefined();
      expect(res.headers.vary).toMatch(/Accept-Encoding/);
      expect(res.body.equals(script)).toBe(true);
      expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    }
    const tiny = await request('/assets/tiny-0a1b2c.js', { 'Accept-Encoding': 'br, gzip' });
    expect(tiny.headers['content-encoding']).toBeUndefined();
    expect(tiny.body.toString()).toBe('export {};\n');
  });

  it('answers HEAD with the headers of the chosen encoding and no body', async () => {
    const get = await request('/assets/index-abc123.js', { 'Accept-Encoding': 'br' });
    const head = await request('/assets/index-abc123.js', { 'Accept-Encoding': 'br' }, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(head.headers['content-encoding']).toBe('br');
    expect(head.headers['content-length']).toBe(get.headers['content-length']);
    expect(head.headers['content-type']).toBe(get.headers['content-type']);
  });

  it('answers 304 to a revalidation of the same encoding, with an ETag per encoding', async () => {
    const br = await request('/assets/index-abc123.js', { 'Accept-Encoding': 'br' });
    const gz = await request('/assets/index-abc123.js', { 'Accept-Encoding': 'gzip' });
    const plain = await request('/assets/index-abc123.js');
    expect(new Set([br.headers.etag, gz.headers.etag, plain.headers.etag]).size).toBe(3);
    const again = await request('/assets/index-abc123.js', { 'Accept-Encoding': 'br', 'If-None-Match': String(br.headers.etag) });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    const otherEncoding = await request('/assets/index-abc123.js', { 'Accept-Encoding': 'gzip', 'If-None-Match': String(br.headers.etag) });
    expect(otherEncoding.status).toBe(200);
  });

  it('serves byte ranges of the encoded file it sends, as the static sender does', async () => {
    const whole = await request('/assets/index-abc123.js', { 'Accept-Encoding': 'gzip' });
    const part = await request('/assets/index-abc123.js', { 'Accept-Encoding': 'gzip', Range: 'bytes=0-9' });
    expect(part.status).toBe(206);
    expect(part.headers['content-encoding']).toBe('gzip');
    expect(part.headers['content-range']).toBe(`bytes 0-9/${whole.body.length}`);
    expect(part.body.equals(whole.body.subarray(0, 10))).toBe(true);
  });

  it('serves index.html uncompressed and no-cache for the root and every client route', async () => {
    for (const route of ['/', '/agreements/8', '/admin/reminders']) {
      const res = await request(route, { 'Accept-Encoding': 'br, gzip' });
      expect(res.status, route).toBe(200);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.headers['content-encoding']).toBeUndefined();
      expect(res.body.toString()).toContain('<title>Akkoord</title>');
    }
  });
});

describe('the built client (when client/dist exists)', () => {
  const built = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../client/dist/assets');
  it.skipIf(!fs.existsSync(built))('has siblings that decode to exactly the files they stand for', () => {
    const names = fs.readdirSync(built);
    const siblings = names.filter((n) => n.endsWith('.br') || n.endsWith('.gz'));
    expect(siblings.length).toBeGreaterThan(0);
    for (const name of siblings) {
      const original = fs.readFileSync(path.join(built, name.slice(0, -3)));
      const encoded = fs.readFileSync(path.join(built, name));
      const decoded = name.endsWith('.br') ? zlib.brotliDecompressSync(encoded) : zlib.gunzipSync(encoded);
      expect(decoded.equals(original), name).toBe(true);
    }
  });
});
