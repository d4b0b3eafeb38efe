/**
 * What every local part shares: the logger they report to, their errors, and port handling. Every
 * part listens on the loopback address only (DynamoDB Local through its launcher, see
 * `dynamodb-local.ts`). Every part's `stop()` is idempotent and resolves once the part is really gone.
 */

import type { Server } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { SMTPServer } from 'smtp-server';

export const LOOPBACK = '127.0.0.1';
export interface Logger {
  info(message: string): void;
  error(message: string, error?: unknown): void;
}

export const consoleLogger: Logger = {
  info: (message) => console.log(message),
  error: (message, error) => (error === undefined ? console.error(message) : console.error(message, error)),
};

/** A port some other process holds; `service` says which of ours wanted it. */
export class PortInUseError extends Error {
  override readonly name = 'PortInUseError';
  constructor(
    readonly port: number,
    readonly service: string,
    options?: { cause?: unknown },
    message = `${service}: port ${port} is already in use`,
  ) {
    super(message, options);
  }
}

/** A local part that did not come up; the message says what to do. */
export class LocalServiceError extends Error {
  override readonly name = 'LocalServiceError';
}

// Ports

/**
 * Throws PortInUseError unless `port` can be bound. Probing before starting a part gives a clear
 * message instead of a Java stack trace, and stops us from mistaking another process that already
 * answers on the port (say, a DynamoDB Local left over from earlier) for the one we started.
 * Without `host` it probes every interface (DynamoDB Local's port must be free on all of them, as
 * it binds every interface where its loopback launcher cannot run).
 */
export async function assertPortFree(port: number, service: string, host?: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const probe = createNetServer();
    probe.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE' || error.code === 'EACCES' ? new PortInUseError(port, service) : error,
      );
    });
    probe.listen({ port, host, exclusive: true }, () => probe.close(() => resolve()));
  });
}

/** A port the OS says is free right now (it may be taken again before it is used). */
export async function freePort(host = LOOPBACK): Promise<number> {
  return await new Promise<number>((resolve, reject) => {
    const probe = createNetServer();
    probe.once('error', reject);
    probe.listen({ port: 0, host, exclusive: true }, () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => (port ? resolve(port) : reject(new Error('the OS returned no port'))));
    });
  });
}

/** `count` free ports, distinct from each other (the OS may hand the same one out twice in a row). */
export async function freePorts(count: number, host = LOOPBACK): Promise<number[]> {
  const ports = new Set<number>();
  while (ports.size < count) ports.add(await freePort(host));
  return [...ports];
}

export async function listen(
  server: Server | SMTPServer,
  port: number,
  host: string,
  service: string,
): Promise<void> {
  const net = server instanceof SMTPServer ? server.server : server;
  await new Promise<void>((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      net.off('listening', onListening);
      reject(error.code === 'EADDRINUSE' ? new PortInUseError(port, service, { cause: error }) : error);
    };
    const onListening = () => {
      net.off('error', onError);
      resolve();
    };
    net.once('error', onError);
    net.once('listening', onListening);
    net.listen(port, host);
  });
}

export function once<T>(fn: () => Promise<T>): () => Promise<T> {
  let result: Promise<T> | undefined;
  return () => {
    result ??= fn();
    return result;
  };
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
