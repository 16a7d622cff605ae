import { execFile } from 'node:child_process';
import type { OcrSetup } from './extract/extraction-protocol.ts';

/**
 * Whether tesseract runs here and which language it reads: Dutch (`nld`,
 * Debian's `tesseract-ocr-nld`) when installed, else English, else no OCR.
 * `command` is TESSERACT_PATH (default `tesseract` on the PATH); empty turns OCR off.
 */
export function detectOcr(command: string): Promise<OcrSetup | null> {
  if (!command) return Promise.resolve(null);
  return new Promise((resolve) => {
    execFile(command, ['--list-langs'], { timeout: 10_000 }, (err, stdout) => {
      if (err) return resolve(null);
      const langs = new Set(
        String(stdout)
          .split('\n')
          .map((l) => l.trim()),
      );
      if (langs.has('nld')) resolve({ command, languages: 'nld' });
      else if (langs.has('eng')) resolve({ command, languages: 'eng' });
      else resolve(null);
    });
  });
}
