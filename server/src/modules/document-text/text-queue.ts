import fs from 'node:fs';
import type { AppDeps } from '../../deps.ts';
import type { Db } from '../../db/client.ts';
import { filesOf } from '../documents/document-access.ts';
import { onVersionAdded } from '../documents/document-events.ts';
import type { ExtractionLimits, ExtractionOutcome, OcrSetup } from './extract/extraction-protocol.ts';
import { findPendingVersions, saveExtraction, type PendingVersion } from './document-text.repo.ts';
import { detectOcr } from './ocr-setup.ts';
import { runExtraction, type ExtractionRun, type RunExtractionOptions } from './run-extraction.ts';
import { announceTextExtracted } from './text-events.ts';

/** Limits that are not settings: all the text of one file, one entry of a DOCX/ODT/XLSX, one page image for OCR. */
const FIXED_LIMITS = { maxTextChars: 20_000_000, maxEntryBytes: 64 * 1024 * 1024, maxImagePixels: 40_000_000 };

/**
 * Turns `pending` versions into `done`, `no_text_layer` or `failed`, one file
 * at a time (decision 046): each in an extraction process of its own, whose
 * result is written with the pages in one transaction and then announced
 * (`onTextExtracted`). It looks for pending versions when started (anything
 * an earlier run left) and whenever it is notified (after each upload).
 */
export class TextExtractionQueue {
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;
  private current: ExtractionRun | null = null;
  private readonly ocr: Promise<OcrSetup | null>;

  constructor(
    private readonly deps: AppDeps,
    private readonly runOptions: RunExtractionOptions = {},
  ) {
    this.ocr = detectOcr(deps.config.textExtraction.tesseract);
  }

  /** Whether tesseract will read scans and images here, and in which language. */
  ocrSetup(): Promise<OcrSetup | null> {
    return this.ocr;
  }

  /** Looks for pending versions now (or right after the current round). */
  notify(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.drain().finally(() => {
      this.running = null;
    });
  }

  /** Resolves when nothing is pending any more (or the queue stopped). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  /** Stops taking work and kills a running extraction; its version stays `pending` for the next start. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.current?.kill();
    await this.running;
  }

  private async drain(): Promise<void> {
    do {
      this.again = false;
      let after = 0;
      for (;;) {
        const batch = findPendingVersions(this.deps.db, after, 20);
        if (!batch.length) break;
        for (const version of batch) {
          if (this.stopped) return;
          after = version.id;
          await this.extract(version);
        }
      }
    } while (this.again && !this.stopped);
  }

  private async extract(version: PendingVersion): Promise<void> {
    const { logger, config, db, clock } = this.deps;
    const started = performance.now();
    const file = filesOf(this.deps).path(version.sha256);
    let outcome: ExtractionOutcome;
    if (!fs.existsSync(file)) outcome = { status: 'failed', reason: 'file_missing', pages: [] };
    else {
      const limits: ExtractionLimits = {
        ...FIXED_LIMITS,
        timeoutMs: config.textExtraction.timeoutMs,
        memoryMb: config.textExtraction.memoryMb,
        maxPages: config.textExtraction.maxPages,
      };
      this.current = runExtraction(file, version.mediaType, await this.ocr, limits, {
        ...this.runOptions,
        onStderr: (text) => logger.debug({ versionId: version.id, stderr: text.slice(0, 2000) }, 'text extraction said'),
      });
      outcome = await this.current.outcome;
      this.current = null;
      if (this.stopped) return;
    }
    try {
      if (!saveExtraction(db, version.id, outcome, clock.now().toISOString())) return;
    } catch (err) {
      if (!db.$client.open) return;
      logger.error({ err, versionId: version.id }, 'could not store extracted text');
      return;
    }
    const ms = Math.round(performance.now() - started);
    logger.info({ versionId: version.id, status: outcome.status, reason: outcome.reason, detail: outcome.detail, pages: outcome.pages.length, ms }, 'document text extracted');
    await announceTextExtracted({ versionId: version.id, documentId: version.documentId, agreementId: version.agreementId, status: outcome.status }, (err) =>
      logger.error({ err, versionId: version.id }, 'a listener of extracted text failed'),
    );
  }
}

const queues = new WeakMap<Db, TextExtractionQueue>();

/**
 * Tells the running queue of this database that versions wait for their text
 * (new uploads arrive through `onVersionAdded` already; this is for anything
 * else that sets a version back to `pending`). Does nothing without a queue
 * (command-line tools, tests that do not start one).
 */
export function notifyTextPending(deps: AppDeps): void {
  queues.get(deps.db)?.notify();
}

/**
 * Starts the text extraction of a server: a queue that listens for new
 * versions and looks at once for versions an earlier run left pending.
 * Answers the queue and how to stop it.
 */
export function startTextExtraction(deps: AppDeps, runOptions: RunExtractionOptions = {}): { queue: TextExtractionQueue; stop: () => Promise<void> } {
  const queue = new TextExtractionQueue(deps, runOptions);
  queues.set(deps.db, queue);
  // docs-store announces every committed version; the queue looks for pending ones then.
  const unsubscribe = onVersionAdded(() => queue.notify());
  queue.notify();
  return {
    queue,
    stop: async () => {
      unsubscribe();
      queues.delete(deps.db);
      await queue.stop();
    },
  };
}
