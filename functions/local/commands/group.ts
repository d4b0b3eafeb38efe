/** `gratitude group --code CODE`: a group's dashboard as JSON (counts only), from the local stack. */
import { dashboardForCode } from '../../core/use-cases/groups';
import { applyLocalEnv, localConfig } from '../local-env';
import { buildLocalDeps } from '../local-parts';
import { parseOptions, required } from './cli-io';

export async function run(args: string[]): Promise<number> {
  const { values } = parseOptions(args, { code: { type: 'string' } });
  const code = required(values.code, 'code');
  applyLocalEnv(localConfig());
  const dashboard = await dashboardForCode(await buildLocalDeps(), code);
  if (!dashboard) {
    console.error(`gratitude group: no group with the code ${code}`);
    return 1;
  }
  console.log(JSON.stringify(dashboard));
  return 0;
}
