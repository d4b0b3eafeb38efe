/**
 * The parts that have no AWS configuration on this machine, supplied to the same composition root
 * the Lambdas use: raw inbound mail in a directory (the receipt rule writes it to S3 on AWS) and
 * an in-process sends queue (SQS on AWS) that the scheduler pass drains.
 */
import { DirectoryRawMailStore } from '../adapters/local/directory-raw-mail-store';
import { InProcessSendQueue } from '../adapters/local/in-process-queue';
import type { Deps } from '../core/use-cases/deps';
import { buildDeps } from '../runtime/container';
import { LOCAL_ENV, LocalConfigError } from './local-env';

type Env = Record<string, string | undefined>;

export function localParts(env: Env = process.env): Pick<Deps, 'rawMail' | 'queue'> {
  const directory = env[LOCAL_ENV.rawMailDir];
  if (!directory) {
    throw new LocalConfigError(`${LOCAL_ENV.rawMailDir} is not set: apply the local environment first`);
  }
  return { rawMail: new DirectoryRawMailStore(directory), queue: new InProcessSendQueue() };
}

/** Every dependency, as the local stack's handlers get them. */
export function buildLocalDeps(env: Env = process.env, overrides: Partial<Deps> = {}): Promise<Deps> {
  return buildDeps(env, { ...localParts(env), ...overrides });
}
