/** Transactional mail as requests: the mail function reads the person as they are when it sends. */
import type { SQSEvent } from 'aws-lambda';
import { InProcessMailQueue, type QueuedMessage } from '../../../functions/adapters/local/in-process-queue';
import { type MailRequest, mailRequestSchema } from '../../../functions/core/mail-request';
import { unsubscribe } from '../../../functions/core/subscriber';
import { sendMail } from '../../../functions/core/use-cases/send-mail';
import { sqsEvent } from '../../../functions/local/sqs-event';
import { withSuppliedParts } from '../../../functions/runtime/compose';
import { logger } from '../../../functions/runtime/telemetry';
import { sendMailBatch } from '../../../functions/send-mail';
import { aSubscriber, testDeps } from '../../builders/deps';

const AT = '2026-11-25T12:00:00.000Z';

function receipt(subscriberId: string): MailRequest {
  return {
    kind: 'receipt',
    subscriberId,
    at: AT,
    receipt: {
      day: 2,
      week: 1,
      thanked: [{ name: 'Leah', relationship: 'sister', channel: 'call' }],
      note: 'Called my sister Leah to thank her.',
      corrected: false,
      unsure: false,
      cutAtChars: 10_000,
      last: true,
    },
  };
}

describe('sending a requested email', () => {
  it('writes a receipt from the request, in the person’s language, with the notices it asks for', async () => {
    const deps = testDeps();
    const sub = aSubscriber({ status: 'active', language: 'de' });
    await deps.store.create(sub);
    expect(await sendMail(deps, receipt(sub.id))).toBe('sent');
    const [email] = deps.mailer.sent;
    expect(email?.to).toBe(sub.email);
    expect(email?.text).toContain('Leah');
    // Cut to 10.000 characters, and the day's last receipt: both said, in German.
    expect(email?.text).toContain('10.000');
    expect(email?.headers).toContainEqual({ name: 'Auto-Submitted', value: 'auto-replied' });
  });

  it('sends nothing to someone deleted meanwhile', async () => {
    const deps = testDeps();
    expect(await sendMail(deps, receipt(aSubscriber().id))).toBe('gone');
    expect(deps.mailer.sent).toEqual([]);
  });

  it('sends a welcome only while the person is pending, and the answer to STOP even after it', async () => {
    const deps = testDeps();
    const sub = aSubscriber({ status: 'active' });
    await deps.store.create(unsubscribe(sub, new Date(AT)));
    expect(await sendMail(deps, { kind: 'welcome', subscriberId: sub.id, at: AT })).toBe('not-wanted');
    expect(await sendMail(deps, receipt(sub.id))).toBe('not-wanted');
    expect(await sendMail(deps, { kind: 'command', subscriberId: sub.id, command: 'stopped', at: AT })).toBe(
      'sent',
    );
    expect(deps.mailer.sent.map((e) => e.to)).toEqual([sub.email]);
  });

  it('signs links as of the request, not as of the send', async () => {
    const deps = testDeps();
    const sub = aSubscriber();
    await deps.store.create(sub);
    const welcome = (at: string) => sendMail(deps, { kind: 'welcome', subscriberId: sub.id, at });
    await welcome(AT);
    deps.clock.advance(6 * 3_600_000);
    await welcome(AT);
    await welcome('2026-11-26T12:00:00.000Z');
    const [first, again, dayLater] = deps.mailer.sent.map((e) => e.text);
    expect(again).toBe(first);
    expect(dayLater).not.toBe(first);
  });

  it('reads only well-formed requests off the queue', () => {
    expect(mailRequestSchema.safeParse(receipt(aSubscriber().id)).success).toBe(true);
    for (const bad of [
      { kind: 'prompt', subscriberId: aSubscriber().id, at: AT },
      { kind: 'welcome', subscriberId: 'not-an-id', at: AT },
      { kind: 'welcome', subscriberId: aSubscriber().id, at: 'yesterday' },
      { kind: 'group-ready', at: AT },
    ]) {
      expect(mailRequestSchema.safeParse(bad).success).toBe(false);
    }
  });
});

describe('the mail function', () => {
  let failures: jest.SpyInstance;
  beforeEach(() => {
    failures = jest.spyOn(logger, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => failures.mockRestore());

  const messages = (bodies: string[]): QueuedMessage[] =>
    bodies.map((body, i) => ({ messageId: `m${i}`, body, receiveCount: 1 }));

  it('reports exactly the records it could not send, so only they return to the queue', async () => {
    const deps = testDeps();
    const sub = aSubscriber({ status: 'active' });
    await deps.store.create(sub);
    deps.mailer.throttleNext = 0;
    const event: SQSEvent = sqsEvent(
      messages([JSON.stringify(receipt(sub.id)), '{"kind":"nonsense"}', 'not json']),
      new Date(AT),
      'mail',
    );
    const result = await withSuppliedParts(deps, () => sendMailBatch(event, undefined));
    expect(result.sent).toBe(1);
    expect(result.batchItemFailures).toEqual([{ itemIdentifier: 'm1' }, { itemIdentifier: 'm2' }]);
    expect(deps.mailer.sent).toHaveLength(1);
    expect(
      failures.mock.calls.map(([message, fields]) => [
        message,
        (fields as { sqsMessageId: string }).sqsMessageId,
      ]),
    ).toEqual([
      ['Mail request failed; it returns to the queue', 'm1'],
      ['Mail request failed; it returns to the queue', 'm2'],
    ]);
  });

  it('returns a throttled send to the queue', async () => {
    const deps = testDeps();
    const sub = aSubscriber({ status: 'active' });
    await deps.store.create(sub);
    deps.mailer.throttleNext = 1;
    const event = sqsEvent(messages([JSON.stringify(receipt(sub.id))]), new Date(AT), 'mail');
    const result = await withSuppliedParts(deps, () => sendMailBatch(event, undefined));
    expect(result.batchItemFailures).toEqual([{ itemIdentifier: 'm0' }]);
  });
});

describe('the local mail queue', () => {
  const request = (): MailRequest => ({ kind: 'welcome', subscriberId: aSubscriber().id, at: AT });

  it('hands every request over after the caller’s turn, and again after a failure', async () => {
    const seen: string[] = [];
    let failures = 1;
    const queue = new InProcessMailQueue(
      async (batch) => {
        seen.push(...batch.map((m) => `${m.messageId}:${m.receiveCount}`));
        if (failures-- > 0) return batch.map((m) => m.messageId);
        return [];
      },
      { retryDelayMs: 5 },
    );
    await queue.post(request());
    expect(seen).toEqual([]); // not within the caller's turn
    await queue.settled();
    expect(seen).toHaveLength(1);
    expect(queue.size).toBe(1); // failed once: waiting for the retry
    await new Promise((resolve) => setTimeout(resolve, 30));
    await queue.settled();
    expect(seen.map((s) => s.split(':')[1])).toEqual(['1', '2']);
    expect(queue.size).toBe(0);
  });

  it('parks a request that keeps failing among the dead letters, and takes what is posted meanwhile', async () => {
    const delivered: number[] = [];
    const queue = new InProcessMailQueue(
      async (batch) => {
        delivered.push(batch.length);
        return batch.filter((m) => m.body.includes('"at":"x')).map((m) => m.messageId);
      },
      { retryDelayMs: 1, maxReceives: 3 },
    );
    await queue.post({ ...request(), at: 'x' } as MailRequest);
    await queue.post(request());
    for (let i = 0; i < 20 && queue.deadLetters.length === 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      await queue.settled();
    }
    expect(queue.deadLetters).toHaveLength(1);
    expect(queue.deadLetters[0]?.receiveCount).toBe(3);
    expect(queue.size).toBe(0);
  });
});
