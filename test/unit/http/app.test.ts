import { signToken, verifyToken } from '../../../functions/core/tokens';
import { handleHttp } from '../../../functions/runtime/http/app';
import { TEST_KEYS, type TestDeps, testDeps } from '../../builders/deps';
import { httpEvent } from '../../builders/events';

function app(deps: TestDeps) {
  return (event: Parameters<typeof handleHttp>[1]) => handleHttp(async () => deps, event);
}

/** The confirm URL of the newest welcome email to `to`. */
function confirmToken(deps: TestDeps, to: string): string {
  const welcome = deps.mailer.to(to).at(-1);
  const url = welcome?.text.match(/https:\/\/gratitude\.test\/confirm\?token=[^\s)>\]]+/)?.[0];
  if (!url) throw new Error('no confirm link in the welcome email');
  return new URL(url).searchParams.get('token') ?? '';
}

describe('HTTP: subscribe', () => {
  it('accepts a JSON subscription with 202 pending and sends one welcome with list headers', async () => {
    const deps = testDeps();
    const res = await app(deps)(
      httpEvent({
        method: 'POST',
        path: '/subscribe',
        body: { email: 'Ana@Example.com', name: 'Ana', timezone: 'Europe/Lisbon', sendHour: 7 },
      }),
    );
    expect(res.statusCode).toBe(202);
    expect(JSON.parse(res.body ?? '')).toEqual({ status: 'pending' });
    const [welcome] = deps.mailer.sent;
    expect(welcome?.to).toBe('Ana@example.com');
    expect(welcome?.subject.startsWith('Day')).toBe(false);
    expect(welcome?.replyTo).toMatch(/^reply\+[a-z0-9.]+@in\.gratitude\.test$/);
    expect(welcome?.replyTo?.split('@')[0]?.length).toBeLessThanOrEqual(64);
    const headers = Object.fromEntries((welcome?.headers ?? []).map((h) => [h.name, h.value]));
    expect(headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
    expect(headers['List-Unsubscribe']).toMatch(
      /^<https:\/\/gratitude\.test\/unsubscribe\?token=[^>]+>, <mailto:unsubscribe\+[^>]+@in\.gratitude\.test\?subject=unsubscribe>$/,
    );
  });

  it('answers a plain form post with a check-your-inbox page and reads the hour sent as text', async () => {
    const deps = testDeps();
    const res = await app(deps)(
      httpEvent({
        method: 'POST',
        path: '/subscribe',
        form: { email: 'bo@example.com', name: '', timezone: 'Asia/Kolkata', sendHour: '8' },
      }),
    );
    expect(res.statusCode).toBe(202);
    expect(res.headers?.['content-type']).toContain('text/html');
    expect(res.body).toContain('Check your inbox');
    expect([...deps.store.subscribers.values()][0]).toMatchObject({
      timezone: 'Asia/Kolkata',
      sendHour: 8,
      name: null,
    });
  });

  it('stores the time zone as the time-zone database names it', async () => {
    const deps = testDeps();
    await app(deps)(
      httpEvent({
        method: 'POST',
        path: '/subscribe',
        body: { email: 'tz@example.com', timezone: 'europe/berlin', sendHour: '08' },
      }),
    );
    expect([...deps.store.subscribers.values()][0]).toMatchObject({ timezone: 'Europe/Berlin', sendHour: 8 });
  });

  it('gives the same answer for a known address and sends an active one nothing', async () => {
    const deps = testDeps();
    const subscribeAs = () =>
      app(deps)(httpEvent({ method: 'POST', path: '/subscribe', body: { email: 'cy@example.com' } }));
    await subscribeAs();
    await app(deps)(
      httpEvent({ method: 'POST', path: '/confirm', query: { token: confirmToken(deps, 'cy@example.com') } }),
    );
    const again = await subscribeAs();
    expect(again.statusCode).toBe(202);
    expect(JSON.parse(again.body ?? '')).toEqual({ status: 'pending' });
    expect(deps.mailer.to('cy@example.com')).toHaveLength(1);
  });

  it('treats addresses case-insensitively but keeps plus tags apart', async () => {
    const deps = testDeps();
    for (const email of ['a+1@x.example', 'A+1@X.example', 'a+2@x.example']) {
      await app(deps)(httpEvent({ method: 'POST', path: '/subscribe', body: { email } }));
    }
    expect(deps.store.subscribers.size).toBe(2);
  });

  it.each([
    [{ email: 'not-an-address' }, 'invalid_email', 'email'],
    [{ email: 'a@b.example', timezone: 'Mars/Olympus' }, 'invalid_timezone', 'timezone'],
    [{ email: 'a@b.example', sendHour: 24 }, 'invalid_send_hour', 'sendHour'],
    [{ email: 'a@b.example', sendHour: '7.5' }, 'invalid_send_hour', 'sendHour'],
    [{ email: 'a@b.example', sendHour: '0x8' }, 'invalid_send_hour', 'sendHour'],
    [{ email: 'a@b.example', sendHour: '1e1' }, 'invalid_send_hour', 'sendHour'],
    [{ email: 'a@b.example', sendHour: '8.0' }, 'invalid_send_hour', 'sendHour'],
    [{ email: 'a@b.example', sendHour: '' }, 'invalid_send_hour', 'sendHour'],
    [{ email: 'a@b.example', sendHour: 8.5 }, 'invalid_send_hour', 'sendHour'],
  ])('rejects %j with 400 %s on field %s', async (body, code, field) => {
    const deps = testDeps();
    const res = await app(deps)(httpEvent({ method: 'POST', path: '/subscribe', body }));
    expect(res.statusCode).toBe(400);
    expect(JSON.parse(res.body ?? '')).toEqual({ error: { code, message: expect.any(String), field } });
    expect(deps.mailer.sent).toHaveLength(0);
  });

  it('refuses a body over 16 KiB with 413 in the error shape, and reads none of it', async () => {
    const deps = testDeps();
    const res = await app(deps)(
      httpEvent({
        method: 'POST',
        path: '/subscribe',
        body: { email: 'big@example.com', name: 'x'.repeat(17 * 1024) },
      }),
    );
    expect(res.statusCode).toBe(413);
    expect(JSON.parse(res.body ?? '').error).toMatchObject({
      code: 'body_too_large',
      message: 'The request is larger than the 16 KiB accepted.',
    });
    expect(await deps.store.findByEmail('big@example.com')).toBeNull();
  });

  it('rejects a body that is not JSON with a clear 400', async () => {
    const res = await app(testDeps())(
      httpEvent({
        method: 'POST',
        path: '/subscribe',
        body: '{"email":',
        headers: { 'content-type': 'application/json' },
      }),
    );
    expect(res.statusCode).toBe(400);
    expect(JSON.parse(res.body ?? '').error.code).toBe('invalid_json');
  });

  it('limits one address to a few welcomes an hour with 429 and Retry-After', async () => {
    const deps = testDeps();
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      const res = await app(deps)(
        httpEvent({
          method: 'POST',
          path: '/subscribe',
          body: { email: 'spam@example.com' },
          sourceIp: `203.0.113.${i}`,
        }),
      );
      statuses.push(res.statusCode ?? 0);
      if (res.statusCode === 429) expect(Number(res.headers?.['retry-after'])).toBeGreaterThan(0);
    }
    expect(statuses.slice(0, 3)).toEqual([202, 202, 202]);
    expect(statuses.at(-1)).toBe(429);
  });

  it('allows ten requests a minute from one client, then refuses', async () => {
    const deps = testDeps();
    const statuses: number[] = [];
    for (let i = 0; i < 30; i++) {
      const res = await app(deps)(
        httpEvent({ method: 'POST', path: '/subscribe', body: { email: `p${i}@example.com` } }),
      );
      statuses.push(res.statusCode ?? 0);
    }
    expect(statuses.slice(0, 10).every((s) => s === 202)).toBe(true);
    expect(statuses).toContain(429);
  });
});

describe('HTTP: confirm and unsubscribe', () => {
  async function subscribed(deps: TestDeps, email = 'dee@example.com') {
    await app(deps)(
      httpEvent({ method: 'POST', path: '/subscribe', body: { email, timezone: 'America/New_York' } }),
    );
    return confirmToken(deps, email);
  }

  it('GET confirm shows a button and changes nothing; POST confirms, twice is fine', async () => {
    const deps = testDeps();
    const token = await subscribed(deps);
    const page = await app(deps)(httpEvent({ path: '/confirm', query: { token } }));
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('method="post"');
    expect([...deps.store.subscribers.values()][0]?.status).toBe('pending');
    for (let i = 0; i < 2; i++) {
      const res = await app(deps)(httpEvent({ method: 'POST', path: '/confirm', query: { token } }));
      expect(res.statusCode).toBe(200);
    }
    expect([...deps.store.subscribers.values()][0]?.status).toBe('active');
  });

  it('an expired confirm link explains itself with 400 and no stack trace', async () => {
    const deps = testDeps();
    const token = await subscribed(deps);
    deps.clock.advance(8 * 24 * 3600 * 1000);
    const res = await app(deps)(httpEvent({ method: 'POST', path: '/confirm', query: { token } }));
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('expired');
    expect(res.body).not.toMatch(/at .*\.ts:\d+/);
  });

  it.each(['', 'garbage', 'c.aaaaaaaaaaaaaaaa.1.bbbbbbbbbbbbbbbbbbbbbbbb'])(
    'a bad token %p gets a helpful 404 page',
    async (token) => {
      const res = await app(testDeps())(httpEvent({ path: '/unsubscribe', query: { token } }));
      expect(res.statusCode).toBe(404);
      expect(res.body).toContain('not valid');
    },
  );

  it('one-click unsubscribe: POST with List-Unsubscribe=One-Click answers 200, no redirect, idempotent', async () => {
    const deps = testDeps();
    await subscribed(deps);
    const header = deps.mailer.sent[0]?.headers.find((h) => h.name === 'List-Unsubscribe')?.value ?? '';
    const url = new URL(header.match(/<(https:[^>]+)>/)?.[1] ?? '');
    const token = url.searchParams.get('token') ?? '';
    const page = await app(deps)(httpEvent({ path: url.pathname, query: { token } }));
    expect([...deps.store.subscribers.values()][0]?.status).toBe('pending');
    expect(page.body).toContain('method="post"');
    for (let i = 0; i < 2; i++) {
      const res = await app(deps)(
        httpEvent({
          method: 'POST',
          path: url.pathname,
          query: { token },
          form: { 'List-Unsubscribe': 'One-Click' },
        }),
      );
      expect(res.statusCode).toBe(200);
      expect(res.headers?.location).toBeUndefined();
    }
    expect([...deps.store.subscribers.values()][0]?.status).toBe('unsubscribed');
  });

  it('an unsubscribe token unsubscribes only its own address, and a log token cannot unsubscribe', async () => {
    const deps = testDeps();
    await subscribed(deps, 'one@example.com');
    await subscribed(deps, 'two@example.com');
    const [one, two] = [...deps.store.subscribers.values()];
    const token = signToken(TEST_KEYS, { purpose: 'unsubscribe', subscriberId: one?.id ?? '' });
    await app(deps)(httpEvent({ method: 'POST', path: '/unsubscribe', query: { token } }));
    expect((await deps.store.get(one?.id ?? ''))?.status).toBe('unsubscribed');
    expect((await deps.store.get(two?.id ?? ''))?.status).toBe('pending');
    const logToken = signToken(TEST_KEYS, { purpose: 'log', subscriberId: two?.id ?? '' });
    const res = await app(deps)(
      httpEvent({ method: 'POST', path: '/unsubscribe', query: { token: logToken } }),
    );
    expect(res.statusCode).toBe(404);
    expect((await deps.store.get(two?.id ?? ''))?.status).toBe('pending');
    expect(() => verifyToken(TEST_KEYS, logToken, 'unsubscribe', new Date())).toThrow();
  });
});

describe('HTTP: pages and errors', () => {
  it('serves the subscribe page with a strict CSP and a labelled form', async () => {
    const res = await app(testDeps())(httpEvent({ path: '/' }));
    expect(res.statusCode).toBe(200);
    expect(res.headers?.['content-security-policy']).toContain("default-src 'none'");
    expect(res.body).toContain('<label for="email">');
    expect(res.body).toContain('<html lang="en">');
  });

  it('GET /health answers 200 and names the database it read', async () => {
    const res = await app(testDeps())(httpEvent({ path: '/health' }));
    expect(res.statusCode).toBe(200);
    expect(JSON.parse(String(res.body))).toEqual({ status: 'ok', parts: { database: 'ok' } });
  });

  it('unknown paths are 404 and wrong methods 405', async () => {
    expect((await app(testDeps())(httpEvent({ path: '/nope' }))).statusCode).toBe(404);
    expect((await app(testDeps())(httpEvent({ method: 'DELETE', path: '/subscribe' }))).statusCode).toBe(405);
  });

  it('an internal failure is a generic 500 with no details', async () => {
    const deps = testDeps();
    deps.store.findByEmail = async () => {
      throw new Error('table exploded: secret detail');
    };
    const logged: string[] = [];
    const spy = jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      logged.push(String(chunk));
      return true;
    });
    const res = await app(deps)(
      httpEvent({ method: 'POST', path: '/subscribe', body: { email: 'x@example.com' } }),
    );
    spy.mockRestore();
    expect(res.statusCode).toBe(500);
    expect(res.body).not.toContain('secret detail');
    // The operator sees it: one structured ERROR line with the message and the stack.
    const line = JSON.parse(logged.join('')) as { level: string; error: { message: string; stack: string } };
    expect(line.level).toBe('ERROR');
    expect(line.error.message).toContain('secret detail');
    expect(line.error.stack).toContain('app.test');
  });

  it('escapes a hostile name everywhere it is shown', async () => {
    const deps = testDeps();
    await app(deps)(
      httpEvent({
        method: 'POST',
        path: '/subscribe',
        body: { email: 'x@example.com', name: '<script>alert(1)</script>' },
      }),
    );
    expect(deps.mailer.sent[0]?.html).not.toContain('<script>alert(1)</script>');
  });
});

describe('HTTP: the personal log and preferences', () => {
  async function withReplies(deps: TestDeps) {
    const email = 'log@example.com';
    await app(deps)(
      httpEvent({ method: 'POST', path: '/subscribe', body: { email, timezone: 'Europe/Paris' } }),
    );
    const sub = (await deps.store.findByEmail(email))!;
    await deps.store.logReply(sub.id, sub.week, {
      day: 1,
      receivedAt: '2026-11-26T09:00:00.000Z',
      messageId: 'a',
      text: 'Called my sister Anna, "merci", = thanks',
      thanked: [{ name: 'Anna', relationship: 'sister', channel: 'call' }],
    });
    await deps.store.logReply(sub.id, sub.week, {
      day: 2,
      receivedAt: '2026-11-27T09:00:00.000Z',
      messageId: 'b',
      text: 'Thanked her after class.',
      thanked: [],
    });
    return signToken(TEST_KEYS, { purpose: 'log', subscriberId: sub.id });
  }

  it('keeps the words of a reply in which nobody was recognised, on the page and in the CSV', async () => {
    const deps = testDeps();
    const token = await withReplies(deps);
    const page = await app(deps)(httpEvent({ path: '/log', query: { token } }));
    expect(page.body).toContain('Thanked her after class.');
    const csv = await app(deps)(httpEvent({ path: '/log.csv', query: { token } }));
    expect(csv.body).toBe(
      'day,name,relationship,note,channel\r\n1,Anna,sister,"Called my sister Anna, ""merci"", = thanks",call\r\n2,,,Thanked her after class.,\r\n',
    );
    const json = JSON.parse((await app(deps)(httpEvent({ path: '/log.json', query: { token } }))).body ?? '');
    expect(json.thanked).toEqual([
      {
        day: 1,
        name: 'Anna',
        relationship: 'sister',
        channel: 'call',
        note: 'Called my sister Anna, "merci", = thanks',
      },
    ]);
    expect(json.replies).toHaveLength(2);
  });

  it('a bad preference shows the form again with the problem and changes nothing', async () => {
    const deps = testDeps();
    const token = await withReplies(deps);
    const res = await app(deps)(
      httpEvent({
        method: 'POST',
        path: '/preferences',
        query: { token },
        form: { timezone: 'Moon/Base', sendHour: '9' },
      }),
    );
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('role="alert"');
    expect(res.body).toContain('<select id="timezone"');
    expect((await deps.store.findByEmail('log@example.com'))?.timezone).toBe('Europe/Paris');
  });

  it('a good preference is saved and moves the next send', async () => {
    const deps = testDeps();
    const token = await withReplies(deps);
    const res = await app(deps)(
      httpEvent({
        method: 'POST',
        path: '/preferences',
        query: { token },
        form: { timezone: 'Asia/Tokyo', sendHour: '6' },
      }),
    );
    expect(res.statusCode).toBe(200);
    expect(await deps.store.findByEmail('log@example.com')).toMatchObject({
      timezone: 'Asia/Tokyo',
      sendHour: 6,
    });
  });

  it('turns the check-in email off from its link (a button, then a POST) and on again in preferences', async () => {
    const deps = testDeps();
    const token = await withReplies(deps);
    const page = await app(deps)(httpEvent({ path: '/reconnect', query: { token } }));
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<form class="card" method="post" action="/reconnect?token=');
    // Opening the link (as a mail scanner does) changes nothing.
    expect((await deps.store.findByEmail('log@example.com'))?.reconnect).toBe(true);
    const done = await app(deps)(httpEvent({ method: 'POST', path: '/reconnect', query: { token } }));
    expect(done.statusCode).toBe(200);
    expect(done.body).toContain('Check-in emails are off');
    expect((await deps.store.findByEmail('log@example.com'))?.reconnect).toBe(false);
    const prefs = await app(deps)(httpEvent({ path: '/preferences', query: { token } }));
    expect(prefs.body).toContain('<input type="checkbox" id="reconnect" name="reconnect" value="on">');
    const form = { timezone: 'Europe/Paris', sendHour: '8', reconnectShown: '1' };
    await app(deps)(
      httpEvent({
        method: 'POST',
        path: '/preferences',
        query: { token },
        form: { ...form, reconnect: 'on' },
      }),
    );
    expect((await deps.store.findByEmail('log@example.com'))?.reconnect).toBe(true);
    // An unticked box, on the form that showed it, turns it off; a client that never showed one keeps it.
    await app(deps)(httpEvent({ method: 'POST', path: '/preferences', query: { token }, form }));
    expect((await deps.store.findByEmail('log@example.com'))?.reconnect).toBe(false);
    await app(deps)(
      httpEvent({
        method: 'POST',
        path: '/preferences',
        query: { token },
        form: { timezone: 'Europe/Paris', sendHour: '8' },
      }),
    );
    expect((await deps.store.findByEmail('log@example.com'))?.reconnect).toBe(false);
    const forged = await app(deps)(
      httpEvent({ method: 'POST', path: '/reconnect', query: { token: `${token.slice(0, -4)}aaaa` } }),
    );
    // A forged token is a clear error page, and changes nothing.
    expect(forged.statusCode).toBe(404);
    expect(forged.body).toContain('This link doesn’t work');
    expect((await deps.store.findByEmail('log@example.com'))?.reconnect).toBe(false);
  });
});
