/** Which entry a correction means, and what it becomes: the rules shared by replies and the log page. */
import { planCorrections } from '../../../functions/core/day-edits';
import type { LoggedReply } from '../../../functions/core/ports';
import { readCorrections } from '../../../functions/core/reply/corrections';

const reply = (day: number, at: string, ...thanked: [string, string | null][]): LoggedReply => ({
  day,
  receivedAt: `2026-11-28T${at}:00.000Z`,
  messageId: `m-${day}-${at}`,
  text: 'words',
  thanked: thanked.map(([name, relationship]) => ({ name, relationship })),
});

function corrected(replies: LoggedReply[], day: number, correction: string, exact = false) {
  const plan = planCorrections(replies, day, readCorrections(correction).corrections, { exact });
  const changed = new Map(plan.changes.map((c) => [c.before, c.after]));
  const result = replies.map((r) => changed.get(r) ?? r).filter((r): r is LoggedReply => r !== null);
  return {
    plan,
    day: result
      .filter((r) => r.day === plan.day)
      .flatMap((r) => r.thanked.map((p) => `${p.name}${p.relationship ? ` (${p.relationship})` : ''}`)),
  };
}

describe('planning corrections of a day', () => {
  it('finds "Greg" in "Greg Miller" and keeps the relationship a name change does not touch', () => {
    const replies = [reply(2, '09:00', ['Greg Miller', 'neighbor'])];
    expect(corrected(replies, 2, 'his name is Craig, not Greg').day).toEqual(['Craig (neighbor)']);
  });

  it('a relationship correction keeps a real name and changes what they are to you', () => {
    const replies = [reply(2, '09:00', ['Tom', 'brother'])];
    expect(corrected(replies, 2, 'not my brother, my cousin').day).toEqual(['Tom (cousin)']);
  });

  it('a relationship written where the name would be is replaced whole', () => {
    const replies = [reply(2, '09:00', ['Brother', 'brother'])];
    expect(corrected(replies, 2, 'not my brother, my cousin').day).toEqual(['Cousin (cousin)']);
  });

  it('with no wrong entry named, changes the day’s only entry, or the latest reply’s only entry', () => {
    expect(corrected([reply(2, '09:00', ['Greg', null])], 2, 'Actually it was my aunt.').day).toEqual([
      'Aunt (aunt)',
    ]);
    const two = [reply(2, '09:00', ['Anna', 'sister']), reply(2, '10:00', ['Greg', null])];
    expect(corrected(two, 2, 'Actually it was Craig.').day).toEqual(['Anna (sister)', 'Craig']);
  });

  it('changes nothing when it cannot tell which entry is meant', () => {
    const replies = [reply(2, '09:00', ['Anna', 'sister'], ['Greg', null])];
    const { plan } = corrected(replies, 2, 'Actually it was Craig.');
    expect(plan.changes).toEqual([]);
    expect(plan.applied).toEqual([]);
    expect(plan.missed).toHaveLength(1);
  });

  it('only touches the day it corrects', () => {
    const replies = [reply(1, '09:00', ['Greg', null]), reply(2, '09:00', ['Greg', null])];
    const { plan } = corrected(replies, 2, 'remove Greg');
    expect(plan.changes.map((c) => c.before.day)).toEqual([2]);
  });

  it('on the log page, names must match as shown: "Greg" does not remove "Greg Miller"', () => {
    const replies = [reply(2, '09:00', ['Greg Miller', null])];
    expect(corrected(replies, 2, 'remove Greg', true).plan.applied).toEqual([]);
    expect(corrected(replies, 2, 'remove greg miller', true).day).toEqual([]);
  });

  it('a rename onto a name already in that reply leaves one entry', () => {
    const replies = [reply(2, '09:00', ['Craig', null], ['Greg', null])];
    expect(corrected(replies, 2, 'Craig, not Greg').day).toEqual(['Craig']);
  });
});
