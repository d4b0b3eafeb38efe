/** Inbound SMTP for the inbound domain, standing in for SES receiving. */
import { randomBytes } from 'node:crypto';
import { access, mkdir, open, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  SMTPServer,
  type SMTPServerAddress,
  type SMTPServerDataStream,
  type SMTPServerSession,
} from 'smtp-server';
import { consoleLogger, LOOPBACK, type Logger, listen, once } from './common';

export interface InboundMessage {
  /** SES-like id; also the raw file's name, as SES uses it for the S3 object key. */
  messageId: string;
  /** Accepted envelope recipients (all at the inbound domain). */
  recipients: string[];
  /** Envelope sender; empty for a null reverse-path (bounces). */
  mailFrom: string;
  /** The message exactly as received. */
  rawPath: string;
  receivedAt: Date;
}

export interface InboundSmtpOptions {
  port: number;
  host?: string;
  /** Only recipients at this domain are accepted. */
  domain: string;
  rawMailDir: string;
  onMessage: (message: InboundMessage) => Promise<void>;
  maxMessageBytes?: number;
  logger?: Logger;
}

export interface InboundSmtp {
  port: number;
  stop(): Promise<void>;
}

/**
 * SMTP for the inbound domain, standing in for SES receiving: the raw message is written to disk
 * (as SES writes it to S3) before the handler sees it, and the client gets 250 as soon as the
 * bytes are safe, whatever the handler does, so nothing a participant wrote is lost. Like an
 * MTA, a storage failure answers 451 so the sender retries. Plain SMTP, no AUTH: loopback only.
 */
export async function startInboundSmtp(options: InboundSmtpOptions): Promise<InboundSmtp> {
  const { port, host = LOOPBACK, domain, rawMailDir, onMessage, logger = consoleLogger } = options;
  const maxMessageBytes = options.maxMessageBytes ?? 10 * 1024 * 1024;
  const acceptedDomain = domain.toLowerCase();
  await mkdir(rawMailDir, { recursive: true, mode: 0o700 });

  const server = new SMTPServer({
    name: domain,
    banner: 'Gratitude Week local inbound mail',
    secure: false,
    disabledCommands: ['AUTH', 'STARTTLS'],
    authOptional: true,
    disableReverseLookup: true,
    logger: false,
    size: maxMessageBytes,
    rejectOversized: true,
    closeTimeout: 2_000,
    maxAllowedUnauthenticatedCommands: false,
    onRcptTo(
      address: SMTPServerAddress,
      _session: SMTPServerSession,
      callback: (error?: Error | null) => void,
    ) {
      const at = address.address.lastIndexOf('@');
      const recipientDomain = at < 0 ? '' : address.address.slice(at + 1).toLowerCase();
      if (recipientDomain === acceptedDomain) return callback();
      callback(
        smtpError(
          550,
          `5.7.1 <${address.address}>: relay access denied, this server accepts mail only for @${domain}`,
        ),
      );
    },
    onData(
      stream: SMTPServerDataStream,
      session: SMTPServerSession,
      callback: (error?: Error | null, message?: string) => void,
    ) {
      receive(stream, session).then(
        (messageId) => callback(null, messageId === undefined ? undefined : `OK: queued as ${messageId}`),
        (error: unknown) => {
          logger.error('[smtp] could not store an inbound message', error);
          callback(smtpError(451, '4.3.0 temporary failure storing the message, try again later'));
        },
      );
    },
  });
  server.on('error', (error) => logger.error('[smtp] connection error', error));

  async function receive(
    stream: SMTPServerDataStream,
    session: SMTPServerSession,
  ): Promise<string | undefined> {
    const messageId = sesMessageId();
    const rawPath = join(rawMailDir, messageId);
    const partPath = join(rawMailDir, `.${messageId}.part`);
    const file = await open(partPath, 'wx', 0o600);
    try {
      for await (const chunk of stream) {
        // Keep reading an oversized message (the server answers 552) but stop writing it.
        if (!stream.sizeExceeded) await file.write(chunk as Buffer);
      }
      if (stream.sizeExceeded) {
        await file.close();
        await rm(partPath, { force: true });
        return undefined;
      }
      await file.sync();
      await file.close();
      await rename(partPath, rawPath);
    } catch (error) {
      await file.close().catch(() => {});
      await rm(partPath, { force: true });
      throw error;
    }

    const message: InboundMessage = {
      messageId,
      recipients: session.envelope.rcptTo.map((address) => address.address),
      mailFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
      rawPath,
      receivedAt: new Date(),
    };
    try {
      await onMessage(message);
    } catch (error) {
      await keepForRetry(rawMailDir, message);
      logger.error(
        `[smtp] inbound handler failed for ${messageId}; the message is kept at ${rawPath} and handled again on the next scheduler pass`,
        error,
      );
    }
    return messageId;
  }

  await listen(server, port, host, 'inbound SMTP');
  const stop = once(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return { port, stop };
}

function smtpError(responseCode: number, message: string): Error {
  return Object.assign(new Error(message), { responseCode });
}

const ID_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** 40 lower-case letters and digits, the shape of the message ids SES receiving assigns. */
export function sesMessageId(): string {
  let id = '';
  while (id.length < 40) {
    for (const byte of randomBytes(48)) {
      // 252 = 7 × 36: dropping the top bytes keeps every character equally likely.
      if (byte < 252 && id.length < 40) id += ID_ALPHABET[byte % 36];
    }
  }
  return id;
}

/**
 * Messages whose handling failed (the database down, say) wait here to be handled again, as SES
 * retries an asynchronous invocation on AWS: one small file per message beside its raw mail.
 */
const RETRY_DIR = '.retry';

async function keepForRetry(rawMailDir: string, message: InboundMessage): Promise<void> {
  const dir = join(rawMailDir, RETRY_DIR);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  await writeFile(join(dir, `${message.messageId}.json`), JSON.stringify(message), { mode: 0o600 });
}

/**
 * Handles again every message kept for retry, oldest first; a message handled (or whose raw mail
 * is gone, deleted with its owner's data) leaves the list, one that fails again stays for the next
 * pass. Returns how many were handled.
 */
export async function retryKeptMessages(
  rawMailDir: string,
  onMessage: (message: InboundMessage) => Promise<void>,
  logger: Logger = consoleLogger,
): Promise<{ handled: number; waiting: number }> {
  const dir = join(rawMailDir, RETRY_DIR);
  const files = (await readdir(dir).catch(() => [] as string[])).filter((f) => f.endsWith('.json')).sort();
  const kept: InboundMessage[] = [];
  for (const file of files) {
    const stored = JSON.parse(await readFile(join(dir, file), 'utf8')) as InboundMessage & {
      receivedAt: string;
    };
    kept.push({ ...stored, receivedAt: new Date(stored.receivedAt) });
  }
  kept.sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime());
  let handled = 0;
  let dropped = 0;
  for (const message of kept) {
    const marker = join(dir, `${message.messageId}.json`);
    const present = await access(message.rawPath).then(
      () => true,
      () => false,
    );
    if (!present) {
      await rm(marker, { force: true });
      dropped++;
      continue;
    }
    try {
      await onMessage(message);
      await rm(marker, { force: true });
      handled++;
    } catch (error) {
      logger.error(`[smtp] ${message.messageId} failed again; it waits for the next pass`, error);
      // The rest would most likely fail the same way (the database is still down).
      break;
    }
  }
  return { handled, waiting: kept.length - handled - dropped };
}
