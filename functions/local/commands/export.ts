/** `gratitude export --email ADDRESS`: one subscriber's current week from the running local stack. */
import { parseEmailAddress } from '../../core/email-address';
import { weekLog } from '../../core/use-cases/week-log';
import { applyLocalEnv, localConfig } from '../local-env';
import { buildLocalDeps } from '../local-parts';
import { parseOptions, required } from './cli-io';

export async function run(args: string[]): Promise<number> {
  const { values } = parseOptions(args, { email: { type: 'string' } });
  const { key } = parseEmailAddress(required(values.email, 'email'));
  applyLocalEnv(localConfig());
  const deps = await buildLocalDeps();
  const sub = await deps.store.findByEmail(key);
  if (!sub) {
    console.error(`gratitude export: no subscriber with the address ${values.email}`);
    return 1;
  }
  console.log(JSON.stringify(await weekLog(deps, sub)));
  return 0;
}
