/**
 * `gratitude tick --at ISO8601`: one scheduler pass at that instant against the running local
 * stack, then the queued sends; prints `{"due": n, "sent": n}`.
 */

import { applyLocalEnv, localConfig } from '../local-env';
import { buildLocalDeps } from '../local-parts';
import { schedulerPass } from '../scheduler-pass';
import { CliUsageError, parseOptions, required } from './cli-io';

export async function run(args: string[]): Promise<number> {
  const { values } = parseOptions(args, { at: { type: 'string' } });
  const text = required(values.at, 'at');
  const at = new Date(text);
  if (Number.isNaN(at.getTime()) || !/^\d{4}-\d{2}-\d{2}T/.test(text)) {
    throw new CliUsageError(`--at must be an ISO 8601 instant such as 2026-11-26T13:05:00Z (got "${text}")`);
  }
  applyLocalEnv(localConfig());
  const { due, sent, failed } = await schedulerPass(await buildLocalDeps(), at);
  console.log(JSON.stringify({ due, sent }));
  if (failed > 0) console.error(`gratitude tick: ${failed} send(s) failed and stay due for the next pass`);
  return 0;
}
