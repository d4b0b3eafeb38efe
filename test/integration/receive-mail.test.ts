/**
 * The receive function as SES invokes it: a real-shaped receipt event for a real raw message kept
 * where the receipt rule put it, against DynamoDB Local and the SES emulator.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sesReceiptEventFor } from '../../functions/core/ses-receipt';
import { confirm } from '../../functions/core/subscriber';
import { signToken } from '../../functions/core/tokens';
import { weekLog } from '../../functions/core/use-cases/week-log';
import { buildLocalDeps } from '../../functions/local/local-parts';
import { handler } from '../../functions/receive-mail';
import { aSubscriber, nextSubscriberId } from '../builders/deps';
import { mime } from '../builders/mail';
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
  it('a late reply to day 2 on day 4 is logged for day 2, once, even when SES delivers it twice', async () => {
    const { deps, sub, email, replyTo } = await activeOnDay4();
    const raw = await mime({
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
    expect(await emailsTo(email)).toEqual([]);
  });

  it('a forged reply address writes nothing', async () => {
    const { deps, sub, replyTo } = await activeOnDay4();
    const forged = replyTo(1).replace(/\.[a-z2-7]{24}@/, '.bbbbbbbbbbbbbbbbbbbbbbbb@');
    await deliver(forged, await mime({ to: forged, text: 'I thanked my boss Tom.' }));
    expect((await deps.store.weekActivity(sub.id, 1)).replies).toEqual([]);
  });

  it('rejects an event that is not an SES receipt, so it lands in the DLQ instead of vanishing', async () => {
    await expect(handler({ Records: [{ eventSource: 'aws:sqs' }] })).rejects.toThrow();
  });
});
