/** Editing the log page: `POST /log/thanked` renames or removes one entry, signed by the log token. */
import { confirm, type Subscriber } from '../../../functions/core/subscriber';
import { signToken } from '../../../functions/core/tokens';
import { weekLog } from '../../../functions/core/use-cases/week-log';
import { handleHttp } from '../../../functions/runtime/http/app';
import { aSubscriber, TEST_KEYS, type TestDeps, testDeps } from '../../builders/deps';
import { httpEvent } from '../../builders/events';

async function withLog(deps: TestDeps): Promise<{ sub: Subscriber; token: string }> {
  const sub = confirm(aSubscriber({ nextDay: 4 }), new Date('2026-11-24T15:00:00Z'));
  await deps.store.create(sub);
  const reply = { receivedAt: '2026-11-26T14:00:00.000Z', text: 'Called Greg and my sister Anna.' };
  await deps.store.logReply(sub.id, sub.week, {
    ...reply,
    day: 2,
    messageId: 'm1',
    thanked: [
      { name: 'Greg', relationship: null },
      { name: 'Anna', relationship: 'sister' },
    ],
  });
  return { sub, token: signToken(TEST_KEYS, { purpose: 'log', subscriberId: sub.id }) };
}

const post = (deps: TestDeps, token: string, form: Record<string, string>) =>
  handleHttp(async () => deps, httpEvent({ method: 'POST', path: '/log/thanked', query: { token }, form }));

const entries = async (deps: TestDeps, sub: Subscriber) =>
  (await weekLog(deps, sub)).thanked.map((t) => [t.day, t.name, t.relationship]);

describe('HTTP: editing the log', () => {
  it('renames an entry and sends the browser back to the log with a 303', async () => {
    const deps = testDeps();
    const { sub, token } = await withLog(deps);
    const res = await post(deps, token, { day: '2', name: 'Greg', action: 'rename', newName: ' Craig ' });
    expect(res.statusCode).toBe(303);
    expect(res.headers?.location).toBe(`/log?token=${encodeURIComponent(token)}`);
    expect(await entries(deps, sub)).toEqual([
      [2, 'Craig', null],
      [2, 'Anna', 'sister'],
    ]);
  });

  it('removes an entry, and removing it again (a double click) still succeeds', async () => {
    const deps = testDeps();
    const { sub, token } = await withLog(deps);
    for (let i = 0; i < 2; i++) {
      expect((await post(deps, token, { day: '2', name: 'Anna', action: 'remove' })).statusCode).toBe(303);
    }
    expect(await entries(deps, sub)).toEqual([[2, 'Greg', null]]);
    // The words stay: nothing they wrote goes missing.
    expect((await weekLog(deps, sub)).replies[0]?.text).toBe('Called Greg and my sister Anna.');
  });

  it('a bad or forged token is an error page and changes nothing', async () => {
    const deps = testDeps();
    const { sub, token } = await withLog(deps);
    const forged = `${token.slice(0, -4)}aaaa`;
    const unsubscribe = signToken(TEST_KEYS, { purpose: 'unsubscribe', subscriberId: sub.id });
    for (const bad of [forged, unsubscribe, '']) {
      const res = await post(deps, bad, { day: '2', name: 'Greg', action: 'remove' });
      expect(res.statusCode).toBeGreaterThanOrEqual(400);
      expect(res.statusCode).toBeLessThan(500);
      expect(res.headers?.['content-type']).toContain('text/html');
    }
    expect(await entries(deps, sub)).toEqual([
      [2, 'Greg', null],
      [2, 'Anna', 'sister'],
    ]);
  });

  it.each([
    [{ day: '9', name: 'Greg', action: 'remove' }, 'The day must be a number from 1 to 7.'],
    [{ day: '2', name: '', action: 'remove' }, 'Please give the name as it is logged.'],
    [{ day: '2', name: 'Greg', action: 'rename', newName: '   ' }, 'Please give the new name.'],
    [{ day: '2', name: 'Greg', action: 'shred' }, 'Choose whether to rename or remove the entry.'],
  ])('a bad form %j is a 400 page saying what to fix', async (form, message) => {
    const deps = testDeps();
    const { sub, token } = await withLog(deps);
    const res = await post(deps, token, form);
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain(message);
    expect(await entries(deps, sub)).toHaveLength(2);
  });

  it('an entry that is not there (an old page) is a 404 page that says to reload', async () => {
    const deps = testDeps();
    const { token } = await withLog(deps);
    const res = await post(deps, token, { day: '3', name: 'Greg', action: 'rename', newName: 'Craig' });
    expect(res.statusCode).toBe(404);
    expect(res.body).toContain('Open your log again');
  });

  it('GET does not edit: only POST is allowed', async () => {
    const deps = testDeps();
    const { token } = await withLog(deps);
    const res = await handleHttp(
      async () => deps,
      httpEvent({ path: '/log/thanked', query: { token, day: '2', name: 'Greg', action: 'remove' } }),
    );
    expect(res.statusCode).toBe(405);
  });

  it('the log page offers a labelled rename field and a remove button for each entry', async () => {
    const deps = testDeps();
    const { token } = await withLog(deps);
    const res = await handleHttp(async () => deps, httpEvent({ path: '/log', query: { token } }));
    expect(res.body).toContain('<label for="name-2-0-0">Correct the name “Greg”</label>');
    expect(res.body).toContain('Remove Anna from day 2</button>');
    expect(res.body).toContain(`action="/log/thanked?token=${encodeURIComponent(token)}"`);
  });
});
