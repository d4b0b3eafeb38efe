/**
 * Corrections by reply, through the inbound use case with in-memory ports and real MIME: a reply
 * to a receipt that corrects the day edits it; anything else still adds.
 */
import type { OutboundEmail } from '../../../functions/core/ports';
import { inboundMailFrom } from '../../../functions/core/ses-receipt';
import { confirm, type Subscriber } from '../../../functions/core/subscriber';
import { PARSER_ERRORS_METRIC, receiveMail } from '../../../functions/core/use-cases/receive-mail';
import { weekLog } from '../../../functions/core/use-cases/week-log';
import { aSubscriber, type TestDeps, testDeps, testLinks } from '../../builders/deps';
import { mime, receiptEvent } from '../../builders/mail';

async function active(deps: TestDeps): Promise<Subscriber> {
  const sub = confirm(aSubscriber({ nextDay: 4 }), new Date('2026-11-24T15:00:00Z'));
  await deps.store.create(sub);
  return sub;
}

const links = testLinks;

async function deliver(deps: TestDeps, to: string, text: string, subject?: string) {
  const [mail] = inboundMailFrom(receiptEvent([to]));
  if (!mail) throw new Error('no mail');
  deps.rawMail.messages.set(mail.messageId, await mime({ to, text, ...(subject ? { subject } : {}) }));
  return receiveMail(deps, mail);
}

/** A reply to `receipt` as a mail client writes it: new words on top, the receipt quoted below. */
function answer(receipt: OutboundEmail, words: string): string {
  const quoted = receipt.text
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
  return `${words}\n\nOn Thu, 26 Nov 2026 at 09:20, Gratitude Week <hello@gratitude.test> wrote:\n${quoted}\n`;
}

async function thankedOn(deps: TestDeps, sub: Subscriber, day: number) {
  const log = await weekLog(deps, (await deps.store.get(sub.id)) as Subscriber);
  return log.thanked.filter((t) => t.day === day).map((t) => [t.name, t.relationship]);
}

async function loggedGreg(deps: TestDeps, sub: Subscriber, day = 2): Promise<OutboundEmail> {
  expect(
    await deliver(deps, links(sub).replyTo(day, sub.week), 'Called Greg to thank him for the lift.'),
  ).toBe('logged');
  const receipt = deps.mailer.sent.at(-1) as OutboundEmail;
  expect(receipt.replyTo).toBe(links(sub).receiptReplyTo(day, sub.week));
  return receipt;
}

describe('corrections by reply to a receipt', () => {
  it('replaces the wrong name and answers with the whole corrected day', async () => {
    const deps = testDeps();
    const sub = await active(deps);
    const receipt = await loggedGreg(deps, sub);
    const outcome = await deliver(
      deps,
      receipt.replyTo as string,
      answer(receipt, 'his name is Craig, not Greg'),
      `Re: ${receipt.subject}`,
    );
    expect(outcome).toBe('corrected');
    expect(await thankedOn(deps, sub, 2)).toEqual([['Craig', null]]);
    const corrected = deps.mailer.sent.at(-1) as OutboundEmail;
    expect(corrected.subject).toBe('Corrected: day 2 of Gratitude Week');
    expect(corrected.text).toContain('Day 2 now reads: Craig, by phone.');
    expect(corrected.text).not.toContain('Logged for Day 2');
    expect(corrected.replyTo).toBe(links(sub).receiptReplyTo(2, sub.week));
  });

  it('a correction whose receipt failed is answered on the retry, and its words never become a report', async () => {
    const deps = testDeps();
    const sub = await active(deps);
    const receipt = await loggedGreg(deps, sub);
    const to = receipt.replyTo as string;
    const [mail] = inboundMailFrom(receiptEvent([to]));
    if (!mail) throw new Error('no mail');
    deps.rawMail.messages.set(
      mail.messageId,
      await mime({ to, text: answer(receipt, 'his name is Craig, not Greg') }),
    );
    deps.mailer.throttleNext = 1;
    await expect(receiveMail(deps, mail)).rejects.toThrow('throttled');
    expect(await thankedOn(deps, sub, 2)).toEqual([['Craig', null]]);

    expect(await receiveMail(deps, mail)).toBe('corrected');
    expect(await thankedOn(deps, sub, 2)).toEqual([['Craig', null]]);
    const answers = deps.mailer.sent.filter((e) => e.subject === 'Corrected: day 2 of Gratitude Week');
    expect(answers).toHaveLength(1);
    expect(answers[0]?.text).toContain('Day 2 now reads: Craig, by phone.');
  });

  it('shows every entry of the day after the correction, not just the one changed', async () => {
    const deps = testDeps();
    const sub = await active(deps);
    await deliver(deps, links(sub).replyTo(3, sub.week), 'Thanked my sister Anna for the soup.');
    const receipt = await loggedGreg(deps, sub, 3);
    await deliver(deps, receipt.replyTo as string, answer(receipt, 'It was Craig, not Greg.'));
    expect(await thankedOn(deps, sub, 3)).toEqual([
      ['Anna', 'sister'],
      ['Craig', null],
    ]);
    expect(deps.mailer.sent.at(-1)?.text).toContain('Day 3 now reads: your sister Anna and Craig by phone.');
  });

  it('turns a relationship into another and keeps the words they wrote first', async () => {
    const deps = testDeps();
    const sub = await active(deps);
    await deliver(deps, links(sub).replyTo(1, sub.week), 'Called my brother to thank him for the move.');
    const receipt = deps.mailer.sent.at(-1) as OutboundEmail;
    expect(await deliver(deps, receipt.replyTo as string, answer(receipt, 'not my brother, my cousin'))).toBe(
      'corrected',
    );
    const log = await weekLog(deps, (await deps.store.get(sub.id)) as Subscriber);
    expect(log.thanked).toEqual([
      {
        day: 1,
        name: 'Cousin',
        relationship: 'cousin',
        // The correction changes who it was, not how the thanks was given.
        channel: 'call',
        note: 'Called my brother to thank him for the move.',
      },
    ]);
    // The correcting message is kept for the record but is no entry of the day.
    expect(log.replies).toHaveLength(1);
  });

  it('removes an entry, in German too', async () => {
    const deps = testDeps();
    const sub = await active(deps);
    const receipt = await loggedGreg(deps, sub);
    expect(await deliver(deps, receipt.replyTo as string, answer(receipt, 'Greg bitte löschen.'))).toBe(
      'corrected',
    );
    expect(await thankedOn(deps, sub, 2)).toEqual([]);
    expect(deps.mailer.sent.at(-1)?.text).toContain('Day 2 has no one in it now.');
  });

  it('moves the day to the one it was for, and the receipt shows that day', async () => {
    const deps = testDeps();
    const sub = await active(deps);
    const receipt = await loggedGreg(deps, sub);
    expect(await deliver(deps, receipt.replyTo as string, answer(receipt, 'Eso era para el día 3.'))).toBe(
      'corrected',
    );
    expect(await thankedOn(deps, sub, 2)).toEqual([]);
    expect(await thankedOn(deps, sub, 3)).toEqual([['Greg', null]]);
    const corrected = deps.mailer.sent.at(-1) as OutboundEmail;
    expect(corrected.text).toContain('Day 3 now reads: Greg, by phone.');
    expect(corrected.replyTo).toBe(links(sub).receiptReplyTo(3, sub.week));
  });

  it('adds whoever else the correcting reply names', async () => {
    const deps = testDeps();
    const sub = await active(deps);
    const receipt = await loggedGreg(deps, sub);
    await deliver(
      deps,
      receipt.replyTo as string,
      answer(receipt, 'Remove Greg.\n\nAlso thanked my aunt Rosa for the scarf.'),
    );
    expect(await thankedOn(deps, sub, 2)).toEqual([['Rosa', 'aunt']]);
  });

  it('a reply to a receipt that adds someone still adds', async () => {
    const deps = testDeps();
    const sub = await active(deps);
    const receipt = await loggedGreg(deps, sub);
    expect(
      await deliver(
        deps,
        receipt.replyTo as string,
        answer(receipt, 'Also thanked my neighbour Carla for the plants.'),
      ),
    ).toBe('logged');
    expect(await thankedOn(deps, sub, 2)).toEqual([
      ['Greg', null],
      ['Carla', 'neighbor'],
    ]);
  });

  it('a correction naming someone not logged that day changes nothing and is logged as a reply', async () => {
    const deps = testDeps();
    const sub = await active(deps);
    const receipt = await loggedGreg(deps, sub);
    expect(await deliver(deps, receipt.replyTo as string, answer(receipt, 'remove Paul'))).toBe('logged');
    expect(await thankedOn(deps, sub, 2)).toEqual([['Greg', null]]);
  });

  it('the same words in a reply to a prompt are not a correction', async () => {
    const deps = testDeps();
    const sub = await active(deps);
    await loggedGreg(deps, sub);
    expect(await deliver(deps, links(sub).replyTo(2, sub.week), 'his name is Craig, not Greg')).toBe(
      'logged',
    );
    expect(await thankedOn(deps, sub, 2)).toEqual([['Greg', null]]);
  });

  it('a correction that loses a race with another edit of the day is retried on fresh data', async () => {
    const deps = testDeps();
    const sub = await active(deps);
    const receipt = await loggedGreg(deps, sub);
    const rewrite = deps.store.rewriteReplies.bind(deps.store);
    let raced = false;
    deps.store.rewriteReplies = async (...args) => {
      if (!raced) {
        raced = true;
        // Someone renames Greg on the log page a moment earlier: the first write must fail.
        const { replies } = await deps.store.weekActivity(sub.id, sub.week);
        const before = replies[0]!;
        await rewrite(sub.id, sub.week, [
          { before, after: { ...before, thanked: [{ name: 'Greg', relationship: 'friend' }] } },
        ]);
      }
      return rewrite(...args);
    };
    expect(
      await deliver(deps, receipt.replyTo as string, answer(receipt, 'his name is Craig, not Greg')),
    ).toBe('corrected');
    expect(await thankedOn(deps, sub, 2)).toEqual([['Craig', 'friend']]);
  });
});

describe('how sure the reading is', () => {
  it('a receipt for a reply whose person could not be identified says how to fix it', async () => {
    const deps = testDeps();
    const sub = await active(deps);
    await deliver(deps, links(sub).replyTo(2, sub.week), 'Thanked her after class, she was so happy.');
    const receipt = deps.mailer.sent.at(-1) as OutboundEmail;
    expect(receipt.text).toContain('Not quite right? Reply with the name, e.g. “It was Craig, not Greg.”');
  });

  it('a plain, clear reply gets no such line', async () => {
    const deps = testDeps();
    const sub = await active(deps);
    await loggedGreg(deps, sub);
    expect(deps.mailer.sent.at(-1)?.text).not.toContain('Not quite right?');
  });

  it('a parser error is logged and counted, and the reply is still kept', async () => {
    const deps = testDeps({
      readReply: async () => ({
        text: '',
        thanked: [],
        thankedSomeone: false,
        command: null,
        autoReply: false,
        confidence: 'low',
        notes: ['parser error: boom'],
        from: { address: 'dana@example.com', name: 'Dana' },
        dateOffsetMinutes: null,
        date: null,
      }),
    });
    const sub = await active(deps);
    expect(await deliver(deps, links(sub).replyTo(2, sub.week), 'anything')).toBe('logged');
    expect(deps.telemetry.counters.get(PARSER_ERRORS_METRIC)).toBe(1);
    expect(deps.telemetry.warnings).toEqual([
      expect.objectContaining({ fields: expect.objectContaining({ notes: ['parser error: boom'] }) }),
    ]);
    expect((await weekLog(deps, sub)).replies).toHaveLength(1);
  });

  it('an ordinary reply counts no parser error', async () => {
    const deps = testDeps();
    const sub = await active(deps);
    await loggedGreg(deps, sub);
    expect(deps.telemetry.counters.size).toBe(0);
    expect(deps.telemetry.warnings).toEqual([]);
  });
});
