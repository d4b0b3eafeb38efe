/** The SES emulator (`aws-ses-v2-local`) in this process: every email sent lands in its inbox. */
import type { Server } from 'node:http';
import { assertPortFree, LOOPBACK, LocalServiceError, once, PortInUseError, sleep } from './common';

export interface SesEmulator {
  /** Base URL: `/` is the web inbox, `/store` the JSON, `/health-check`, `POST /clear-store`. */
  url: string;
  stop(): Promise<void>;
}

/**
 * Runs aws-ses-v2-local in this process. Its mail store is module state: two emulators in one
 * process share it, and it is empty again after a restart (the inbox is a development aid, the
 * durable record of what was sent lives in DynamoDB).
 */
export async function startSesEmulator(options: { port: number; host?: string }): Promise<SesEmulator> {
  const { port, host = LOOPBACK } = options;
  await assertPortFree(port, 'SES emulator', host);
  // The package is CommonJS with `exports.default`: depending on who loads it (Node's ESM
  // loader, tsx, swc) the function sits at `default`, `default.default` or the namespace itself.
  const mod: unknown = await import('aws-ses-v2-local');
  const start = findFunction(mod, 3) as
    | ((config: { port: number; host: string }) => Promise<Server>)
    | undefined;
  if (start === undefined) throw new LocalServiceError('aws-ses-v2-local exports no server function');
  const server = await start({ port, host });
  // Express hands a listen error to the callback, so the emulator "starts" without listening.
  if (!server.listening) throw new PortInUseError(port, 'SES emulator');
  const stop = once(async () => {
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  });
  const url = `http://${host}:${port}`;
  try {
    await waitForHttp(`${url}/health-check`, 10_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop };
}

function findFunction(value: unknown, depth: number): unknown {
  if (typeof value === 'function') return value;
  if (depth === 0 || typeof value !== 'object' || value === null || !('default' in value)) return undefined;
  return findFunction((value as { default: unknown }).default, depth - 1);
}

async function waitForHttp(url: string, timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    try {
      const response = await fetch(url);
      await response.arrayBuffer();
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    if (performance.now() > deadline)
      throw new LocalServiceError(`${url} did not answer within ${timeoutMs} ms`);
    await sleep(50);
  }
}
