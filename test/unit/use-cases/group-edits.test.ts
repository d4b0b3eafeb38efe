/** A member's corrections (by reply or on the log page) move their group's counts with their log. */
import type { Subscriber } from '../../../functions/core/subscriber';
import { editLogEntry } from '../../../functions/core/use-cases/edit-log';
import { schedulerPass } from '../../../functions/local/scheduler-pass';
import { type TestDeps, testDeps, testLinks } from '../../builders/deps';
import { member, openGroup } from '../../builders/groups';
import { deliver, replyTo } from '../../builders/inbound';
import { mime } from '../../builders/mail';

async function send(deps: TestDeps, from: string, to: string, text: string) {
  return deliver(deps, to, await mime({ from, to, text }));
}

/** The address of the latest receipt `sub` got: answering it can correct the day. */
function lastReceipt(deps: TestDeps, sub: Subscriber): string {
  const receipt = deps.mailer.sent.filter((e) => e.to === sub.email).at(-1);
  if (!receipt?.replyTo) throw new Error('no receipt');
  return receipt.replyTo;
}

async function groupWithReply(deps: TestDeps) {
  const { group } = await openGroup(deps);
  for (const email of ['ana@example.com', 'ben@example.com', 'chloe@example.com'])
    await member(deps, email, group.code);
  await schedulerPass(deps, new Date('2026-12-07T13:05:00Z'));
  const ana = await deps.store.findByEmail('ana@example.com');
  if (!ana) throw new Error('no ana');
  expect(
    await send(deps, ana.email, replyTo(ana, 1), 'Called my mum and my brother Tom to thank them.'),
  ).toBe('logged');
  const counts = async () => {
    const { replied, thanks, channels } = await deps.groups.counts(group.id);
    return { replied: replied.slice(0, 3), thanks: thanks.slice(0, 3), calls: channels.call };
  };
  expect(await counts()).toEqual({ replied: [1, 0, 0], thanks: [2, 0, 0], calls: 2 });
  return { ana, counts };
}

describe("a group member's corrections", () => {
  it('move the group counts as they move the log: a removal, then a move to another day', async () => {
    const deps = testDeps();
    const { ana, counts } = await groupWithReply(deps);

    expect(await send(deps, ana.email, lastReceipt(deps, ana), 'Remove Tom.')).toBe('corrected');
    expect(await counts()).toEqual({ replied: [1, 0, 0], thanks: [1, 0, 0], calls: 1 });

    // The people move to day 3; ana still answered day 1's email.
    expect(await send(deps, ana.email, lastReceipt(deps, ana), 'That was for day 3.')).toBe('corrected');
    expect(await counts()).toEqual({ replied: [1, 0, 0], thanks: [0, 0, 1], calls: 1 });
  });

  it('add whoever else a correcting reply names', async () => {
    const deps = testDeps();
    const { ana, counts } = await groupWithReply(deps);
    expect(
      await send(
        deps,
        ana.email,
        lastReceipt(deps, ana),
        'Remove Tom.\n\nAlso thanked my aunt Rosa for the scarf.',
      ),
    ).toBe('corrected');
    expect(await counts()).toEqual({ replied: [1, 0, 0], thanks: [2, 0, 0], calls: 1 });
  });

  it('on the log page count too, and a second post of the same removal changes nothing', async () => {
    const deps = testDeps();
    const { ana, counts } = await groupWithReply(deps);
    const token = new URL(testLinks(ana).logUrl).searchParams.get('token');
    const removeTom = { day: '1', name: 'Tom', action: 'remove' };
    await editLogEntry(deps, token, removeTom);
    await editLogEntry(deps, token, removeTom);
    expect(await counts()).toEqual({ replied: [1, 0, 0], thanks: [1, 0, 0], calls: 1 });
    // A rename changes whom, not how many.
    await editLogEntry(deps, token, { day: '1', name: 'Mum', action: 'rename', newName: 'Mother' });
    expect(await counts()).toEqual({ replied: [1, 0, 0], thanks: [1, 0, 0], calls: 1 });
  });

  it('no longer count once the member left the group', async () => {
    const deps = testDeps();
    const { ana, counts } = await groupWithReply(deps);
    const receipt = lastReceipt(deps, ana);
    expect(await send(deps, ana.email, replyTo(ana, 1), 'STOP')).toBe('unsubscribed');
    await send(deps, ana.email, receipt, 'Remove Tom.');
    expect(await counts()).toEqual({ replied: [1, 0, 0], thanks: [2, 0, 0], calls: 2 });
  });
});
