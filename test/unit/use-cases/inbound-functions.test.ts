/**
 * Inbound mail in two functions, as Lambda runs them: the intake (the receipt rule's action) reads
 * the raw mail and hands what was written to the inbound queue; the understand function takes the
 * queue's batches and reports, one by one, the messages that failed, so that only they come back
 * (and a message that keeps failing ends in the DLQ, never dropped).
 */
import type { SQSEvent } from 'aws-lambda';
import type { QueuedMessage } from '../../../functions/adapters/local/in-process-queue';
import { handedOnMail } from '../../../functions/core/inbound-message';
import { confirm, type Subscriber } from '../../../functions/core/subscriber';
import { handOn, MAX_HANDED_ON_BYTES } from '../../../functions/core/use-cases/take-in-mail';
import { sqsEvent } from '../../../functions/local/sqs-event';
import { handler as intake } from '../../../functions/receive-mail';
import { withSuppliedParts } from '../../../functions/runtime/compose';
import { logger } from '../../../functions/runtime/telemetry';
import { understandMailBatch } from '../../../functions/understand-mail';
import { aSubscriber, type TestDeps, testDeps, testLinks } from '../../builders/deps';
import { mime, receiptEvent } from '../../builders/mail';

let people = 0;
async function active(deps: TestDeps): Promise<Subscriber> {
  const email = `person-${++people}@example.com`;
  const sub = confirm(aSubscriber({ email, emailKey: email }), new Date('2026-11-24T15:00:00Z'));
  await deps.store.create(sub);
  return sub;
}

/** Runs the intake on a reply to day 2 from `sub`; answers the inbound-queue body it posted. */
async function takenIn(deps: TestDeps, sub: Subscriber, text: string): Promise<string> {
  const to = testLinks(sub).replyTo(2, sub.week);
  const event = receiptEvent([to], { mailFrom: sub.email });
  const messageId = (event.Records[0]?.ses.mail.messageId ?? '') as string;
  deps.rawMail.messages.set(messageId, await mime({ from: sub.email, to, text }));
  const posted: string[] = [];
  await withSuppliedParts({ ...deps, inboundQueue: { post: async (body) => void posted.push(body) } }, () =>
    intake(event),
  );
  expect(posted).toHaveLength(1);
  return posted[0] as string;
}

const batch = (bodies: string[]): SQSEvent =>
  sqsEvent(
    bodies.map((body, i): QueuedMessage => ({ messageId: `m${i}`, body, receiveCount: 1 })),
    new Date(),
    'inbound',
  );

describe('the intake and the understand function', () => {
  let failures: jest.SpyInstance;
  beforeEach(() => {
    failures = jest.spyOn(logger, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => failures.mockRestore());

  it('logs a reply the intake handed on, and answers it with a receipt', async () => {
    const deps = testDeps();
    const sub = await active(deps);
    const body = await takenIn(deps, sub, 'Thanked my sister Leah for the soup.');
    const result = await withSuppliedParts(deps, () => understandMailBatch(batch([body])));
    expect(result.batchItemFailures).toEqual([]);
    expect((await deps.store.weekActivity(sub.id, sub.week)).replies.map((r) => r.thanked)).toEqual([
      [{ name: 'Leah', relationship: 'sister', channel: null }],
    ]);
    expect(deps.mailer.sent.map((m) => m.subject)).toEqual([expect.stringMatching(/^Logged/)]);
  });

  it('reports a message it cannot read as failed (so the queue keeps it for its DLQ) and handles the rest', async () => {
    const deps = testDeps();
    const sub = await active(deps);
    const good = await takenIn(deps, sub, 'Called my friend Joe.');
    const result = await withSuppliedParts(deps, () =>
      understandMailBatch(batch(['not json', JSON.stringify({ mail: {}, written: {} }), good])),
    );
    expect(result.batchItemFailures).toEqual([{ itemIdentifier: 'm0' }, { itemIdentifier: 'm1' }]);
    expect((await deps.store.weekActivity(sub.id, sub.week)).replies).toHaveLength(1);
  });

  it('returns only the message whose table call was throttled, and logs it once when it comes back', async () => {
    const deps = testDeps();
    const [ana, ben] = [await active(deps), await active(deps)];
    const bodies = [
      await takenIn(deps, ana, 'Thanked my aunt Rosa.'),
      await takenIn(deps, ben, 'Thanked my coach Reyes.'),
    ];
    const get = deps.store.get.bind(deps.store);
    let throttled = false;
    jest.spyOn(deps.store, 'get').mockImplementation(async (id) => {
      if (id === ben.id && !throttled) {
        throttled = true;
        throw Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' });
      }
      return get(id);
    });
    const first = await withSuppliedParts(deps, () => understandMailBatch(batch(bodies)));
    expect(first.batchItemFailures).toEqual([{ itemIdentifier: 'm1' }]);
    expect((await deps.store.weekActivity(ben.id, ben.week)).replies).toEqual([]);
    // SQS hands the failed message out again after its visibility timeout.
    const again = await withSuppliedParts(deps, () => understandMailBatch(batch([bodies[1] as string])));
    expect(again.batchItemFailures).toEqual([]);
    for (const sub of [ana, ben]) {
      expect((await deps.store.weekActivity(sub.id, sub.week)).replies).toHaveLength(1);
    }
  });

  it('fails the intake when the raw mail is missing or the queue refuses, so Lambda retries it', async () => {
    const deps = testDeps();
    const sub = await active(deps);
    const event = receiptEvent([testLinks(sub).replyTo(2, sub.week)]);
    await expect(withSuppliedParts(deps, () => intake(event))).rejects.toThrow(/missing/);
    deps.rawMail.messages.set(
      event.Records[0]?.ses.mail.messageId as string,
      await mime({ to: 'x', text: 'Hi' }),
    );
    const refusing = { post: () => Promise.reject(new Error('ServiceUnavailable')) };
    await expect(withSuppliedParts({ ...deps, inboundQueue: refusing }, () => intake(event))).rejects.toThrow(
      'ServiceUnavailable',
    );
  });

  it('cuts what it hands on to the queue size, saying so, and keeps the rest of the message as is', async () => {
    const deps = testDeps();
    const sub = await active(deps);
    const body = await takenIn(deps, sub, `Thanked my aunt Rosa. ${'ä'.repeat(150_000)}`);
    const { mail, written } = handedOnMail(body);
    const cut = handOn(mail, written, 20_000);
    expect(new TextEncoder().encode(cut).length).toBeLessThanOrEqual(20_000);
    const handed = handedOnMail(cut);
    expect(handed.written.text.startsWith('Thanked my aunt Rosa.')).toBe(true);
    expect(handed.written.notes.at(-1)).toMatch(/^cut: handed on at \d+ characters$/);
    expect(handed.mail).toEqual(mail);
    expect(new TextEncoder().encode(body).length).toBeLessThanOrEqual(MAX_HANDED_ON_BYTES);
  });

  it('reads a message handed on before the intake read commands as one with no command', async () => {
    const deps = testDeps();
    const sub = await active(deps);
    const body = JSON.parse(await takenIn(deps, sub, 'Please unsubscribe me.'));
    expect(handedOnMail(JSON.stringify(body)).written.command).toBe('stop');
    delete body.written.command;
    expect(handedOnMail(JSON.stringify(body)).written.command).toBeNull();
    body.written.command = 'explode';
    expect(() => handedOnMail(JSON.stringify(body))).toThrow();
  });
});
