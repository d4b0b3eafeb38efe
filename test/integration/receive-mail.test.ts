/**
 * The receive function as SES invokes it: a real-shaped receipt event for a real raw message kept
 * where the receipt rule put it, against DynamoDB Local and the SES emulator.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DynamoSubscriberStore } from '../../functions/adapters/dynamodb/subscriber-store';
import { RetryableError } from '../../functions/core/errors';
import { readingFromStore } from '../../functions/core/raw-reply-reader';
import { inboundMailFrom, sesReceiptEventFor } from '../../functions/core/ses-receipt';
import { confirm } from '../../functions/core/subscriber';
import { signToken } from '../../functions/core/tokens';
import { INBOUND_LIMITS, receiveMail } from '../../functions/core/use-cases/receive-mail';
import { weekLog } from '../../functions/core/use-cases/week-log';
import { handler as httpHandler } from '../../functions/http-api';
import { buildLocalDeps } from '../../functions/local/local-parts';
import { handler } from '../../functions/receive-mail';
import { aSubscriber, nextSubscriberId } from '../builders/deps';
import { httpEvent } from '../builders/events';
import { mime } from '../builders/mail';
import { ManualClock } from '../fakes/fakes';
import { localMail, localRawMailDeletions } from '../support/local-parts-setup';
import { emailsTo } from '../support/local-services';

const rawDir = process.env.RAW_MAIL_DIR ?? '';
const inbound = process.env.INBOUND_DOMAIN ?? '';
beforeAll(() => mkdirSync(rawDir, { recursive: true }));

async function deliver(to: string, raw: Uint8Array, messageId = `it-${nextSubscriberId()}`) {
  writeFileSync(join(rawDir, messageId), raw);
  await handler(
    sesReceiptEventFor({
      messageId,
      mailFrom: 'someone@example.com',
      recipients: [to],
      receivedAt: new Date(),
    }),
  );
  return messageId;
}

async function activeOnDay4() {
  const deps = await buildLocalDeps();
  const email = `inbound-${nextSubscriberId()}@example.com`;
  const sub = { ...confirm(aSubscriber({ email, emailKey: email }), new Date()), nextDay: 4 };
  await deps.store.create(sub);
  const replyTo = (day: number) =>
    `reply+${signToken(deps.links.keys, { purpose: 'reply', subscriberId: sub.id, day })}@${inbound}`;
  return { deps, sub, email, replyTo };
}

describe('receive function on the local parts', () => {
  it('deleting my data on the web deletes the raw mail of my replies, through the deletion queue and this function', async () => {
    const { deps, sub, email, replyTo } = await activeOnDay4();
    const first = await deliver(
      replyTo(2),
      await mime({ from: email, to: replyTo(2), text: 'Thanked my aunt Rosa.' }),
    );
    const second = await deliver(
      replyTo(3),
      await mime({ from: email, to: replyTo(3), text: 'Called my friend Joe.' }),
    );
    const other = await activeOnDay4();
    const kept = await deliver(
      other.replyTo(2),
      await mime({ from: other.email, to: other.replyTo(2), text: 'Thanked my brother Sam.' }),
    );
    expect([first, second].map((id) => existsSync(join(rawDir, id)))).toEqual([true, true]);
    await localMail.settled();

    const token = signToken(deps.links.keys, { purpose: 'log', subscriberId: sub.id });
    const answer = await httpHandler(httpEvent({ method: 'POST', path: '/delete', query: { token } }));
    expect(answer.statusCode).toBe(200);
    await localRawMailDeletions.settled();
    expect([first, second].map((id) => existsSync(join(rawDir, id)))).toEqual([false, false]);
    expect(existsSync(join(rawDir, kept))).toBe(true);
    expect(await deps.store.get(sub.id)).toBeNull();
  });

  it('a late reply to day 2 on day 4 is logged for day 2, once, even when SES delivers it twice', async () => {
    const { deps, sub, email, replyTo } = await activeOnDay4();
    const raw = await mime({
      from: email,
      to: replyTo(2),
      text: 'Finally thanked my neighbour Mrs. Okafor for the snow shovelling.',
    });
    const id = await deliver(replyTo(2), raw);
    await deliver(replyTo(2), raw, id);
    const log = await weekLog(deps, (await deps.store.get(sub.id))!);
    expect(log.thanked).toEqual([
      {
        day: 2,
        name: 'Mrs. Okafor',
        channel: null,
        relationship: 'neighbor',
        note: expect.stringContaining('snow shovelling'),
      },
    ]);
    const receipts = (await emailsTo(email)).filter((e) => e.subject.startsWith('Logged'));
    expect(receipts).toHaveLength(1);
  });

  it('an out-of-office reply changes nothing and gets no answer', async () => {
    const { deps, sub, email, replyTo } = await activeOnDay4();
    await deliver(
      replyTo(3),
      await mime({
        to: replyTo(3),
        subject: 'Out of Office: Day 3',
        text: 'I am away until Monday.',
        headers: { 'Auto-Submitted': 'auto-replied' },
      }),
    );
    expect((await deps.store.weekActivity(sub.id, 1)).replies).toEqual([]);
    await localMail.settled();
    expect(await emailsTo(email, () => true)).toEqual([]);
  });

  it('a forged reply address writes nothing', async () => {
    const { deps, sub, replyTo } = await activeOnDay4();
    const forged = replyTo(1).replace(/\.[a-z2-7]{24}@/, '.bbbbbbbbbbbbbbbbbbbbbbbb@');
    await deliver(forged, await mime({ to: forged, text: 'I thanked my boss Tom.' }));
    expect((await deps.store.weekActivity(sub.id, 1)).replies).toEqual([]);
  });

  it('a handling that died between the marker and the outcome is taken over after its lease: the reply is logged once', async () => {
    const { deps, sub, email, replyTo } = await activeOnDay4();
    const clock = new ManualClock(new Date());
    const messageId = `it-lease-${nextSubscriberId()}`;
    writeFileSync(
      join(rawDir, messageId),
      await mime({ from: email, to: replyTo(2), text: 'Thanked my aunt Rosa.' }),
    );
    const [mail] = inboundMailFrom(
      sesReceiptEventFor({ messageId, mailFrom: email, recipients: [replyTo(2)], receivedAt: clock.now() }),
    );
    const live = { ...deps, clock, readReply: readingFromStore(deps.rawMail) };
    // The first handling hangs after logging, before its receipt and outcome (a timeout, a kill).
    void receiveMail({ ...live, outbox: { post: () => new Promise<never>(() => undefined) } }, mail!);
    for (let i = 0; i < 100 && (await deps.store.weekActivity(sub.id, 1)).replies.length === 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await expect(receiveMail(live, mail!)).rejects.toBeInstanceOf(RetryableError);
    clock.advance((INBOUND_LIMITS.leaseSeconds + 1) * 1000);
    expect(await receiveMail(live, mail!)).toBe('logged');
    expect(await receiveMail(live, mail!)).toBe('duplicate');
    expect((await deps.store.weekActivity(sub.id, 1)).replies).toHaveLength(1);
    expect((await emailsTo(email)).filter((e) => e.subject.startsWith('Logged'))).toHaveLength(1);
  });

  it('an event that failed while the database was unreachable is handled when redriven from the DLQ record', async () => {
    const { deps, sub, email, replyTo } = await activeOnDay4();
    const messageId = `it-redrive-${nextSubscriberId()}`;
    writeFileSync(
      join(rawDir, messageId),
      await mime({ from: email, to: replyTo(3), text: 'Called my coach Reyes.' }),
    );
    const event = sesReceiptEventFor({
      messageId,
      mailFrom: email,
      recipients: [replyTo(3)],
      receivedAt: new Date(),
    });
    const unreachable = new DynamoSubscriberStore({
      client: DynamoDBDocumentClient.from(
        new DynamoDBClient({ endpoint: 'http://127.0.0.1:9', maxAttempts: 1, region: 'local' }),
      ),
      tableName: process.env.TABLE_NAME ?? '',
      dueShards: 1,
    });
    const [mail] = inboundMailFrom(event);
    await expect(
      receiveMail({ ...deps, store: unreachable, readReply: readingFromStore(deps.rawMail) }, mail!),
    ).rejects.toThrow();
    // What Lambda's on-failure destination puts in the DLQ after the retries (AWS's documented shape).
    const dlqRecord = {
      version: '1.0',
      timestamp: new Date().toISOString(),
      requestContext: {
        requestId: 'e4b46cbf-b738-xmpl-8880-a18cdf61200e',
        functionArn: 'arn:aws:lambda:eu-west-1:123456789012:function:receive:$LATEST',
        condition: 'RetriesExhausted',
        approximateInvokeCount: 3,
      },
      requestPayload: event,
      responseContext: { statusCode: 200, executedVersion: '$LATEST', functionError: 'Unhandled' },
      responsePayload: { errorMessage: 'connect ECONNREFUSED 127.0.0.1:9', errorType: 'Error' },
    };
    await handler(JSON.parse(JSON.stringify(dlqRecord)).requestPayload);
    expect((await deps.store.weekActivity(sub.id, 1)).replies.map((r) => r.day)).toEqual([3]);
  });

  it('reports a deletion request it cannot read as failed, so only that record returns to the queue', async () => {
    const record = (messageId: string, body: string) => ({
      messageId,
      body,
      eventSource: 'aws:sqs',
      receiptHandle: messageId,
    });
    // Kept where the receipt rule puts raw mail, as for a reply of someone who then left.
    const id = `it-kept-${nextSubscriberId()}`;
    writeFileSync(join(rawDir, id), 'From: a@example.com\r\n\r\nThanked my aunt Rosa.');
    const answer = await handler({
      Records: [record('bad', '{"ids":"x"}'), record('good', JSON.stringify({ messageIds: [id] }))],
    });
    expect(answer).toEqual({ batchItemFailures: [{ itemIdentifier: 'bad' }] });
    expect(existsSync(join(rawDir, id))).toBe(false);
  });

  it('rejects an event that is not an SES receipt, so it lands in the DLQ instead of vanishing', async () => {
    await expect(handler({ Records: [{ eventSource: 'aws:sqs' }] })).rejects.toThrow();
  });
});
