/**
 * The extraction process (decision 046): started by the server for one file,
 * it reads the request from its IPC channel, extracts the text and sends the
 * outcome back, then exits. Whatever a hostile file does to a parser here —
 * hang, exhaust memory, crash — happens in this process, which the server
 * kills on its time or memory limit; the server itself keeps answering.
 */
import { extractFile } from './extract-file.ts';
import type { ExtractionOutcome, ExtractionRequest } from './extraction-protocol.ts';

// The server went away (or killed the job): stop this process group, tesseract included.
process.on('disconnect', () => process.kill(0, 'SIGKILL'));

process.once('message', (req: ExtractionRequest) => {
  void extractFile(req).then(
    (outcome) => process.send!(outcome satisfies ExtractionOutcome, () => process.exit(0)),
    (err: unknown) => {
      console.error(err);
      process.exit(70);
    },
  );
});
