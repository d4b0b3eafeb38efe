/**
 * The composition root's machinery: the dependencies of a function assembled from the builders of
 * the parts it uses, once per cold start. Each entry point passes its own builders, so a bundle
 * holds only the SDK clients and adapters that function calls; any other part throws a
 * `ConfigError` if touched. Tests and the local stack replace parts through `overrides`.
 */
import { randomBytes } from 'node:crypto';
import { systemClock } from '../core/clock';
import { GROUP_CODE_LENGTH, newGroupCode } from '../core/group';
import type { Outbox } from '../core/mail-request';
import { newSubscriberId } from '../core/tokens';
import type { Deps } from '../core/use-cases/deps';
import { ConfigError } from './config';
import type { Env, Part } from './parts';
import { telemetry } from './telemetry';

export type PartBuilder = (env: Env) => Partial<Deps> | Promise<Partial<Deps>>;
export type PartBuilders<P extends Part> = { readonly [K in P]: PartBuilder };

function unavailable<T extends object>(what: string): T {
  return new Proxy({} as T, {
    get(_target, property) {
      if (property === 'then') return undefined; // not a promise
      throw new ConfigError(`${what} is not configured for this function`);
    },
  });
}

/**
 * `present` as a whole `T` to a function that built only part of it (the member's part of the
 * groups): what it has answers, anything else throws a `ConfigError` as an absent part would.
 */
export function partly<T extends object>(present: Partial<T>, what: string): T {
  return new Proxy(present as T, {
    get(target, property, receiver) {
      if (property in target || property === 'then') return Reflect.get(target, property, receiver);
      throw new ConfigError(`${what} is not configured for this function`);
    },
  });
}

/** What each part provides, as it appears to a function that does not use that part. */
const ABSENT: Record<Part, () => Partial<Deps>> = {
  table: () => ({
    store: unavailable('The table'),
    rateLimiter: unavailable('The table'),
    ledger: unavailable('The table'),
    dueIndex: unavailable('The table'),
    inboundLog: unavailable('The table'),
    groups: unavailable('The table'),
  }),
  links: () => ({ links: unavailable('Signed links'), postalAddress: '' }),
  mail: () => ({ mailer: unavailable('Sending mail'), renderer: unavailable('The email templates') }),
  queue: () => ({ queue: unavailable('The sends queue') }),
  outbox: () => ({ outbox: unavailable('The mail queue') }),
  rawMail: () => ({ rawMail: unavailable('The raw-mail store') }),
  rawMailDeletions: () => ({ rawMailDeletions: unavailable('The raw-mail deletion queue') }),
  inboundQueue: () => ({ inboundQueue: unavailable('The inbound queue') }),
};

/** The keys a part provides, so that a part whose every key is overridden is not built. */
const PROVIDES: Record<Part, readonly (keyof Deps)[]> = {
  table: ['store', 'rateLimiter', 'ledger', 'dueIndex', 'inboundLog', 'groups'],
  links: ['links', 'postalAddress'],
  mail: ['mailer', 'renderer'],
  queue: ['queue'],
  outbox: ['outbox'],
  rawMail: ['rawMail'],
  rawMailDeletions: ['rawMailDeletions'],
  inboundQueue: ['inboundQueue'],
};

/**
 * How a function that sends mail itself and has no mail queue sends the mail it requests: at once
 * (`directOutbox` in the send-mail use case). Passed in by the functions that send, so the others'
 * bundles leave the emails and their words out.
 */
export type DirectOutbox = (deps: () => Deps) => Outbox;

/** Builds the dependencies from `builders`; `overrides` replace any part (and are not built). */
export async function compose(
  env: Env,
  builders: Partial<Record<Part, PartBuilder>>,
  overrides: Partial<Deps> = {},
  directOutbox?: DirectOutbox,
): Promise<Deps> {
  const built: Partial<Deps>[] = [];
  for (const part of Object.keys(ABSENT) as Part[]) {
    const builder = builders[part];
    const covered = PROVIDES[part].every((key) => key in overrides);
    // A builder may provide part of what its part holds (the table without the send path's claims):
    // the rest is absent, as for a function without the part.
    built.push(builder && !covered ? { ...ABSENT[part](), ...(await builder(env)) } : ABSENT[part]());
  }
  const deps = Object.assign(
    {
      ids: {
        subscriberId: () => newSubscriberId(randomBytes(10)),
        groupCode: () => newGroupCode(randomBytes(GROUP_CODE_LENGTH)),
      },
      clock: systemClock,
      telemetry,
      // Only the understand function reads mail; it adds its reading itself, keeping the parser out of
      // the others.
      readReply: async () => {
        throw new ConfigError('The reply parser is not part of this function');
      },
    },
    ...built,
    overrides,
  ) as Deps;
  // A function that sends mail itself and has no mail queue (the prompts' function, for a group's
  // summary) sends requested mail at once.
  if (directOutbox && builders.mail && !builders.outbox && !('outbox' in overrides)) {
    deps.outbox = directOutbox(() => deps);
  }
  return deps;
}

const supplied: Partial<Deps> = {};
let generation = 0;

/**
 * Supplies parts the environment cannot describe (the local stack's raw-mail directory and
 * in-process queue) to every composition built from now on. Lambda never calls this.
 */
export function supplyParts(parts: Partial<Deps>): void {
  Object.assign(supplied, parts);
  generation++;
}

/** Runs `work` with `parts` supplied, then puts back what was supplied before (a local pass). */
export async function withSuppliedParts<T>(parts: Partial<Deps>, work: () => Promise<T>): Promise<T> {
  const before = { ...supplied };
  supplyParts(parts);
  try {
    return await work();
  } finally {
    for (const key of Object.keys(supplied) as (keyof Deps)[]) delete supplied[key];
    Object.assign(supplied, before);
    generation++;
  }
}

/**
 * How long a warm function trusts what it read at its cold start: the HMAC keys come from a
 * secret that may be rotated, and every function re-reads it within this time (see the two-step
 * rotation in infra/README.md).
 */
export const PARTS_MAX_AGE_MS = 5 * 60_000;

/**
 * A function's dependencies from its builders, built once per cold start and again when older
 * than `PARTS_MAX_AGE_MS` (a failed first build is retried on the next call; a failed rebuild
 * keeps the parts it had, and is retried after the same interval). Entry points call it at module
 * scope too, so bad configuration fails fast.
 */
export function composition<P extends Part>(
  parts: readonly P[],
  builders: PartBuilders<P>,
  directOutbox?: DirectOutbox,
): () => Promise<Deps> {
  const chosen: Partial<Record<Part, PartBuilder>> = {};
  for (const part of parts) chosen[part] = builders[part];
  let built: Promise<Deps> | undefined;
  let builtFor = -1;
  let builtAt = 0;
  return () => {
    const stale = Date.now() - builtAt >= PARTS_MAX_AGE_MS;
    if (!built || builtFor !== generation || stale) {
      // Same supplied parts and an old build: on failure keep serving with what we had.
      const fallback = built && builtFor === generation ? built : undefined;
      builtFor = generation;
      builtAt = Date.now();
      const attempt = compose(process.env, chosen, supplied, directOutbox).catch((error: unknown) => {
        if (fallback) {
          telemetry.warn('Rebuilding the parts failed; the ones read before stay in use', {
            error: error instanceof Error ? error.message : String(error),
          });
          return fallback;
        }
        if (built === attempt) built = undefined;
        throw error;
      });
      built = attempt;
    }
    return built;
  };
}
