import type { StartupHook } from '../../startup.ts';
import { startTextExtraction } from './text-queue.ts';

/** Starts the text extraction queue with the server; says on the console when scans cannot be read (no tesseract). */
export const textExtractionStartup: StartupHook = async (deps) => {
  const { queue, stop } = startTextExtraction(deps);
  const ocr = await queue.ocrSetup();
  if (ocr) deps.logger.info({ ocr }, 'text extraction: OCR with tesseract');
  const message = ocr
    ? undefined
    : 'Tekstherkenning (OCR) staat uit: tesseract is niet gevonden. Scans en afbeeldingen krijgen de tekststatus "no_text_layer". Installeer het met: apt-get install tesseract-ocr tesseract-ocr-nld';
  return { stop, message };
};
