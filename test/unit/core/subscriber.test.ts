import {
  advanceAfterDelivery,
  changePreferences,
  confirm,
  hasSendDue,
  pause,
  restart,
  resubscribe,
  resume,
  setReconnect,
  suppress,
  TransitionError,
  unsubscribe,
} from '../../../functions/core/subscriber';
import { aSubscriber } from '../../builders/deps';

const now = new Date('2026-11-25T15:00:00Z'); // 10:00 in New York

describe('subscriber lifecycle', () => {
  it('confirming a pending subscriber schedules day 1 at the next local send hour', () => {
    const active = confirm(aSubscriber(), now);
    expect(active.status).toBe('active');
    expect(active.nextDay).toBe(1);
    expect(active.nextSendAt).toBe('2026-11-26T13:00:00.000Z'); // 08:00 EST the next morning
    expect(active.confirmedAt).toBe(now.toISOString());
  });

  it('confirming twice changes nothing the second time', () => {
    const active = confirm(aSubscriber(), now);
    expect(confirm(active, new Date('2026-11-27T00:00:00Z'))).toBe(active);
  });

  it('an unsubscribed person cannot be re-activated by an old confirm link', () => {
    const gone = unsubscribe(aSubscriber(), now);
    expect(confirm(gone, now)).toBe(gone);
  });

  it('unsubscribing clears the schedule and is idempotent', () => {
    const gone = unsubscribe(confirm(aSubscriber(), now), now);
    expect(gone).toMatchObject({ status: 'unsubscribed', nextSendAt: null });
    expect(unsubscribe(gone, now)).toBe(gone);
  });

  it('a suppressed address stays suppressed when it unsubscribes', () => {
    const suppressed = suppress(aSubscriber({ status: 'active' }), now);
    expect(unsubscribe(suppressed, now).status).toBe('suppressed');
  });

  it('pause holds the day and resume continues it at the next send hour', () => {
    const active = { ...confirm(aSubscriber(), now), nextDay: 4 };
    const paused = pause(active, now);
    expect(paused).toMatchObject({ status: 'paused', nextSendAt: null, nextDay: 4 });
    const resumed = resume(paused, new Date('2026-12-01T20:00:00Z'));
    expect(resumed).toMatchObject({ status: 'active', nextDay: 4, nextSendAt: '2026-12-02T13:00:00.000Z' });
  });

  it('refuses to pause someone who is not active', () => {
    expect(() => pause(aSubscriber(), now)).toThrow(TransitionError);
  });

  it('restart begins a new week from day 1', () => {
    const done = {
      ...confirm(aSubscriber(), now),
      status: 'completed' as const,
      nextDay: 8,
      nextSendAt: null,
    };
    const again = restart(done, now);
    expect(again).toMatchObject({
      status: 'active',
      week: 2,
      nextDay: 1,
      nextSendAt: '2026-11-26T13:00:00.000Z',
    });
  });

  it('after a delivery the next email goes out on the next local day, and the recap completes the week', () => {
    let sub = confirm(aSubscriber(), now);
    sub = advanceAfterDelivery(sub, new Date('2026-11-26T13:00:05Z'));
    expect(sub).toMatchObject({ nextDay: 2, nextSendAt: '2026-11-27T13:00:00.000Z' });
    sub = { ...sub, nextDay: 8 };
    const completed = advanceAfterDelivery(sub, new Date('2026-12-03T13:00:00Z'));
    // The reconnect: thirty local days after the recap, at the send hour (08:00 New York).
    expect(completed).toMatchObject({
      status: 'completed',
      nextDay: 9,
      nextSendAt: '2027-01-02T13:00:00.000Z',
    });
    expect(hasSendDue(completed)).toBe(true);
    const done = advanceAfterDelivery(completed, new Date('2027-01-02T13:00:02Z'));
    expect(done).toMatchObject({ status: 'completed', nextDay: 10, nextSendAt: null });
    expect(hasSendDue(done)).toBe(false);
  });

  it('keeps the send hour for the reconnect across a change of clocks, and skips it for whoever turned it off', () => {
    // Recap at 08:00 New York summer time (12:00 UTC); thirty days later it is winter time.
    const sub = { ...confirm(aSubscriber(), now), nextDay: 8 };
    const completed = advanceAfterDelivery(sub, new Date('2026-10-20T12:00:00Z'));
    expect(completed.nextSendAt).toBe('2026-11-19T13:00:00.000Z');
    const declined = advanceAfterDelivery({ ...sub, reconnect: false }, new Date('2026-10-20T12:00:00Z'));
    expect(declined).toMatchObject({ status: 'completed', nextSendAt: null });
    expect(hasSendDue(declined)).toBe(false);
  });

  it('turns the reconnect off and on again: off drops a waiting one, on brings it back if its day is ahead', () => {
    const sub = { ...confirm(aSubscriber(), now), nextDay: 8 };
    const completed = advanceAfterDelivery(sub, new Date('2026-12-03T13:00:00Z'));
    const off = setReconnect(completed, new Date('2026-12-10T00:00:00Z'), false);
    expect(off).toMatchObject({ reconnect: false, nextSendAt: null, nextDay: 9 });
    expect(hasSendDue(off)).toBe(false);
    const on = setReconnect(off, new Date('2026-12-20T00:00:00Z'), true);
    expect(on).toMatchObject({ reconnect: true, nextSendAt: '2027-01-02T13:00:00.000Z' });
    // Back on after its day: at the next send hour instead.
    const late = setReconnect(off, new Date('2027-01-05T15:00:00Z'), true);
    expect(late.nextSendAt).toBe('2027-01-06T13:00:00.000Z');
    // During a running week only the wish is kept; the week's emails are unchanged.
    const running = confirm(aSubscriber(), now);
    expect(setReconnect(running, now, false)).toMatchObject({
      reconnect: false,
      nextSendAt: running.nextSendAt,
    });
    // Nobody unsubscribed, paused or suppressed has a send due.
    for (const left of [unsubscribe(completed, now), suppress(completed, now), pause(running, now)]) {
      expect(hasSendDue(left)).toBe(false);
    }
  });

  it('a new send hour keeps the next prompt on its planned local day', () => {
    // Day 2 went out this morning at 08:00 New York; day 3 is planned for tomorrow 08:00.
    const sub = { ...confirm(aSubscriber(), now), nextDay: 3, nextSendAt: '2026-11-26T13:00:00.000Z' };
    const evening = changePreferences(sub, now, { timezone: 'America/New_York', sendHour: 20 });
    expect(evening.nextSendAt).toBe('2026-11-27T01:00:00.000Z'); // tomorrow 20:00, not tonight
    const early = changePreferences(sub, now, { timezone: 'America/New_York', sendHour: 6 });
    expect(early.nextSendAt).toBe('2026-11-26T11:00:00.000Z');
  });

  it('a new send hour already past on the planned day moves to the next send instant', () => {
    const sub = { ...confirm(aSubscriber(), now), nextSendAt: '2026-11-25T23:00:00.000Z' }; // 18:00 today
    const moved = changePreferences(sub, now, { timezone: 'America/New_York', sendHour: 7 }); // 07:00 today has passed
    expect(moved.nextSendAt).toBe('2026-11-26T12:00:00.000Z');
  });

  it('a known pending address gets the welcome again; an active one gets nothing', () => {
    const wishes = { name: null, timezone: 'UTC', sendHour: 9, language: 'en' as const };
    expect(resubscribe(aSubscriber(), now, wishes).sendWelcome).toBe(true);
    const active = confirm(aSubscriber(), now);
    expect(resubscribe(active, now, wishes)).toEqual({ subscriber: active, sendWelcome: false });
  });

  it('someone who unsubscribed and signs up again is pending for a new week', () => {
    const gone = unsubscribe(confirm(aSubscriber(), now), now);
    const { subscriber, sendWelcome } = resubscribe(gone, now, {
      name: 'Dana',
      timezone: 'Europe/Paris',
      sendHour: 7,
      language: 'fr',
    });
    expect(sendWelcome).toBe(true);
    expect(subscriber).toMatchObject({
      status: 'pending',
      week: 2,
      timezone: 'Europe/Paris',
      sendHour: 7,
      language: 'fr',
    });
  });
});
