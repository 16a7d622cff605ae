import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** How the loopback server answers the DATA command. */
export type SinkMode = 'accept' | 'temporary_failure' | 'permanent_failure';

export interface SmtpSink {
  port: number;
  url: string;
  /** Messages accepted, parsed with mailparser (only when `parse` is on). */
  messages: ParsedMail[];
  /** Number of messages accepted (also when not parsed). */
  accepted: number;
  /** DATA commands answered with an error. */
  rejected: number;
  mode: SinkMode;
  close(): Promise<void>;
}

/**
 * A real SMTP server on 127.0.0.1 (the `smtp-server` package) for tests and
 * the benchmark: accepts, or answers 451/550, and parses what it accepts.
 */
export async function startSmtpSink(opts: { parse?: boolean; port?: number } = {}): Promise<SmtpSink> {
  const parse = opts.parse ?? true;
  const sink: SmtpSink = {
    port: 0,
    url: '',
    messages: [],
    accepted: 0,
    rejected: 0,
    mode: 'accept',
    close: async () => undefined,
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    size: 10 * 1024 * 1024,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        if (sink.mode !== 'accept') {
          sink.rejected++;
          const temporary = sink.mode === 'temporary_failure';
          const err = Object.assign(new Error(temporary ? 'Mailbox tijdelijk niet beschikbaar, probeer later' : 'Mailbox bestaat niet'), { responseCode: temporary ? 451 : 550 });
          callback(err);
          return;
        }
        if (!parse) {
          sink.accepted++;
          callback(null);
          return;
        }
        // Counted once parsed and kept: a test that waits for `accepted` finds the message in `messages` (under load the
        // parse took long enough for a test to read messages[0] as undefined).
        simpleParser(Buffer.concat(chunks))
          .then((mail) => {
            sink.messages.push(mail);
            sink.accepted++;
            callback(null);
          })
          .catch((err: Error) => callback(err));
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  sink.port = (server.server.address() as AddressInfo).port;
  sink.url = `smtp://127.0.0.1:${sink.port}`;
  sink.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return sink;
}
