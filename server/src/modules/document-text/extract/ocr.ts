import { spawn } from 'node:child_process';
import { ExtractionError, type OcrSetup } from './extraction-protocol.ts';

/**
 * Reads an image file with tesseract and answers its text, one entry per
 * page of the image (a multi-page TIFF gives several; tesseract ends every
 * page with a form feed). tesseract runs under `ulimit -v` (its memory
 * limit: an image bomb makes it fail, not the machine swap) with one thread,
 * so OCR leaves the other core to the server. It is a child of the
 * extraction process and in its process group: the server's time limit kills
 * it too.
 */
export function ocrImage(image: string, ocr: OcrSetup, memoryMb: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn('/bin/sh', ['-c', `ulimit -v ${memoryMb * 1024}; exec "$0" "$@"`, ocr.command, image, 'stdout', '-l', ocr.languages, '--psm', '1'], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, OMP_THREAD_LIMIT: '1' },
    });
    const out: Buffer[] = [];
    let err = '';
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => {
      if (err.length < 4000) err += b.toString('utf8');
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) {
        const memory = /alloc|memory/i.test(err);
        reject(new ExtractionError(memory ? 'memory_limit' : 'malformed', `tesseract ended with ${code}: ${err.trim().slice(0, 300)}`));
        return;
      }
      const text = Buffer.concat(out).toString('utf8');
      const pages = text.split('\f');
      // The last form feed ends the last page; what follows it is not a page.
      if (pages.length > 1 && !pages[pages.length - 1]!.trim()) pages.pop();
      resolve(pages);
    });
  });
}
