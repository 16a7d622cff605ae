import type { StartupHook } from '../../startup.ts';
import { startTextExtraction } from './text-queue.ts';

const NO_OCR =
  'Tekstherkenning (OCR) staat uit: tesseract is niet gevonden. Scans en afbeeldingen krijgen de tekststatus "no_text_layer". Installeer het met: apt-get install tesseract-ocr tesseract-ocr-nld';

/**
 * Starts the text extraction queue with the server; says on the console when scans cannot be read (no tesseract).
 * The probe for tesseract (a child process, tens of milliseconds) is awaited once the server listens, not before: the
 * message follows the start-up text a moment later instead of holding the first answer back (issue 18).
 */
export const textExtractionStartup: StartupHook = (deps) => {
  const { queue, stop } = startTextExtraction(deps);
  return {
    stop,
    afterListen: () =>
      void queue.ocrSetup().then((ocr) => {
        if (ocr) deps.logger.info({ ocr }, 'text extraction: OCR with tesseract');
        else console.log(NO_OCR);
      }),
  };
};
