/**
 * Every part of the service at once, for the local stack, the CLI and the tests: the same builders
 * the Lambda entry points compose one by one, pointed at local endpoints by the standard
 * `AWS_ENDPOINT_URL_*` variables the SDK reads. Lambda entry points never import this module:
 * each composes only the parts it uses (see `compose.ts`).
 */
import type { Deps } from '../core/use-cases/deps';
import { directOutbox } from '../core/use-cases/send-mail';
import { compose, composition, type PartBuilder } from './compose';
import type { Env, Part } from './parts';
import { inboundQueuePart } from './parts/inbound-queue';
import { linksPart } from './parts/links';
import { mailPart } from './parts/mail';
import { outboxPart } from './parts/outbox';
import { queuePart } from './parts/queue';
import { rawMailPart } from './parts/raw-mail';
import { rawMailDeletionsPart } from './parts/raw-mail-deletions';
import { sendingTablePart } from './parts/table';

export { supplyParts } from './compose';
export type { Part };

export const ALL_PARTS: readonly Part[] = [
  'table',
  'links',
  'mail',
  'queue',
  'outbox',
  'rawMail',
  'rawMailDeletions',
  'inboundQueue',
];

const BUILDERS: Record<Part, PartBuilder> = {
  table: sendingTablePart,
  links: linksPart,
  mail: mailPart,
  queue: queuePart,
  outbox: outboxPart,
  rawMail: rawMailPart,
  rawMailDeletions: rawMailDeletionsPart,
  inboundQueue: inboundQueuePart,
};

/**
 * Builds the dependencies of `parts` from an environment; `overrides` replace any part (tests, and
 * the local stack, which supplies the parts that have no AWS configuration there: see
 * `functions/local/local-parts.ts`). An overridden part is not built.
 */
export function buildDeps(
  env: Env = process.env,
  overrides: Partial<Deps> = {},
  parts: readonly Part[] = ALL_PARTS,
): Promise<Deps> {
  return compose(
    env,
    Object.fromEntries(parts.map((part) => [part, BUILDERS[part]])),
    overrides,
    directOutbox,
  );
}

const everything = composition(ALL_PARTS, BUILDERS, directOutbox);

/** The process-wide dependencies of every part, built once (the local stack and the demo). */
export function deps(): Promise<Deps> {
  return everything();
}
