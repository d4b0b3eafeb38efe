/** Pages and answers in the person's language: negotiation, the form's choice, preferences, export. */
import { linksFor } from '../../../functions/core/links';
import { handleHttp } from '../../../functions/runtime/http/app';
import { TEST_KEYS, type TestDeps, testDeps } from '../../builders/deps';
import { httpEvent } from '../../builders/events';

function app(deps: TestDeps) {
  return (event: Parameters<typeof handleHttp>[1]) => handleHttp(async () => deps, event);
}

const htmlLang = (body: string | undefined) => body?.match(/<html lang="([a-z]+)">/)?.[1];

async function subscribed(
  deps: TestDeps,
  body: Record<string, unknown>,
  headers: Record<string, string> = {},
) {
  const res = await app(deps)(httpEvent({ method: 'POST', path: '/subscribe', body, headers }));
  expect(res.statusCode).toBe(202);
  const sub = [...deps.store.subscribers.values()].find((s) => s.email === body.email);
  if (!sub) throw new Error('not stored');
  return sub;
}

const tokenOf = (deps: TestDeps, id: string, kind: 'logUrl' | 'unsubscribeUrl' | 'confirmUrl') =>
  new URL(
    linksFor(
      { publicUrl: 'https://gratitude.test', inboundDomain: 'in.gratitude.test', keys: TEST_KEYS },
      id,
      deps.clock.now(),
    )[kind],
  ).searchParams.get('token') ?? '';

describe('the language of a page', () => {
  it('follows Accept-Language on the subscribe page and says it in <html lang>', async () => {
    const deps = testDeps();
    const res = await app(deps)(
      httpEvent({ path: '/', headers: { 'accept-language': 'de-AT,de;q=0.9,en;q=0.5' } }),
    );
    expect(htmlLang(res.body)).toBe('de');
    expect(res.body).toContain('Eine Woche voller Dankeschöns');
    expect(res.headers?.vary).toBe('Accept-Language');
  });

  it('lets ?lang= override the browser, and falls back to English for a language we do not write', async () => {
    const deps = testDeps();
    const fr = await app(deps)(
      httpEvent({ path: '/', query: { lang: 'fr' }, headers: { 'accept-language': 'es' } }),
    );
    expect(htmlLang(fr.body)).toBe('fr');
    const ja = await app(deps)(httpEvent({ path: '/', headers: { 'accept-language': 'ja' } }));
    expect(htmlLang(ja.body)).toBe('en');
  });

  it('offers the emails’ language on the form, defaulting to the page’s', async () => {
    const deps = testDeps();
    const res = await app(deps)(httpEvent({ path: '/', headers: { 'accept-language': 'es-MX' } }));
    expect(res.body).toMatch(/<select id="language" name="language">/);
    expect(res.body).toContain('<option value="es" lang="es" selected>Español</option>');
  });

  it('answers an unknown address in the browser’s language', async () => {
    const deps = testDeps();
    const res = await app(deps)(httpEvent({ path: '/nowhere', headers: { 'accept-language': 'fr' } }));
    expect(res.statusCode).toBe(404);
    expect(htmlLang(res.body)).toBe('fr');
    expect(res.body).toContain('Page introuvable');
  });
});

describe('subscribing in a language', () => {
  it('keeps the language sent with the subscription and writes the welcome in it', async () => {
    const deps = testDeps();
    const sub = await subscribed(deps, { email: 'lucia@example.com', name: 'Lucía', language: 'es' });
    expect(sub.language).toBe('es');
    const [welcome] = deps.mailer.sent;
    expect(welcome?.subject).toBe('Confirma tu Semana de la Gratitud');
    expect(welcome?.text).toContain('Hola, Lucía:');
    expect(welcome?.html).toContain('<html lang="es"');
  });

  it('without a language takes the page’s (the browser’s)', async () => {
    const deps = testDeps();
    const sub = await subscribed(
      deps,
      { email: 'jonas@example.com' },
      { 'accept-language': 'de-DE,de;q=0.9' },
    );
    expect(sub.language).toBe('de');
    expect(deps.mailer.sent[0]?.subject).toBe('Bitte bestätige deine Woche der Dankbarkeit');
  });

  it('answers a form post in the chosen language', async () => {
    const deps = testDeps();
    const res = await app(deps)(
      httpEvent({
        method: 'POST',
        path: '/subscribe',
        form: { email: 'claire@example.com', language: 'fr' },
      }),
    );
    expect(res.statusCode).toBe(202);
    expect(htmlLang(res.body)).toBe('fr');
    expect(res.body).toContain('Consultez votre boîte de réception');
  });

  it('refuses a language we do not write with a clear error, and stores nothing', async () => {
    const deps = testDeps();
    const res = await app(deps)(
      httpEvent({ method: 'POST', path: '/subscribe', body: { email: 'x@example.com', language: 'pt' } }),
    );
    expect(res.statusCode).toBe(400);
    expect(JSON.parse(res.body ?? '')).toEqual({
      error: { code: 'invalid_language', message: expect.any(String), field: 'language' },
    });
    expect(deps.store.subscribers.size).toBe(0);
  });

  it('gives error messages in the page’s language, with the same codes', async () => {
    const deps = testDeps();
    const res = await app(deps)(
      httpEvent({
        method: 'POST',
        path: '/subscribe',
        body: { email: 'not-an-address' },
        headers: { 'accept-language': 'es' },
      }),
    );
    expect(res.statusCode).toBe(400);
    expect(JSON.parse(res.body ?? '')).toEqual({
      error: { code: 'invalid_email', message: 'Escribe una dirección de correo válida.', field: 'email' },
    });
    const form = await app(deps)(
      httpEvent({ method: 'POST', path: '/subscribe', form: { email: 'nope' }, query: { lang: 'de' } }),
    );
    expect(form.statusCode).toBe(400);
    expect(htmlLang(form.body)).toBe('de');
    expect(form.body).toContain('Bitte gib eine gültige E-Mail-Adresse ein.');
  });
});

describe('signed pages in the person’s language', () => {
  it('shows the confirm page and the first prompt’s time in the subscriber’s language and zone', async () => {
    const deps = testDeps();
    const sub = await subscribed(deps, {
      email: 'ana@example.com',
      language: 'es',
      timezone: 'Europe/Madrid',
    });
    const token = tokenOf(deps, sub.id, 'confirmUrl');
    const page = await app(deps)(httpEvent({ path: '/confirm', query: { token } }));
    expect(htmlLang(page.body)).toBe('es');
    const done = await app(deps)(httpEvent({ method: 'POST', path: '/confirm', query: { token } }));
    expect(done.body).toContain('¡Ya estás dentro!');
    expect(done.body).toMatch(
      /Tu primera propuesta llega el [a-zé]+, \d+ de [a-z]+, 08:00 \(hora de Europe\/Madrid\)/,
    );
  });

  it('changes the language on the preferences page, and export says it', async () => {
    const deps = testDeps();
    const sub = await subscribed(deps, { email: 'max@example.com', language: 'en' });
    const token = tokenOf(deps, sub.id, 'logUrl');
    const saved = await app(deps)(
      httpEvent({
        method: 'POST',
        path: '/preferences',
        query: { token },
        form: { timezone: 'Europe/Berlin', sendHour: '7', language: 'de' },
      }),
    );
    expect(saved.statusCode).toBe(200);
    expect(htmlLang(saved.body)).toBe('de');
    expect(saved.body).toContain('Gespeichert.');
    const exported = await app(deps)(httpEvent({ path: '/log.json', query: { token } }));
    expect(JSON.parse(exported.body ?? '')).toMatchObject({
      language: 'de',
      timezone: 'Europe/Berlin',
      sendHour: 7,
    });
    const log = await app(deps)(httpEvent({ path: '/log', query: { token } }));
    expect(htmlLang(log.body)).toBe('de');
    expect(log.body).toContain('Anregungen kommen um 07:00 Uhr');

    // Every entry's form speaks the page's language too.
    await deps.store.logReply(sub.id, sub.week, {
      day: 1,
      receivedAt: '2026-11-26T09:00:00.000Z',
      messageId: 'm-de',
      text: 'Mama angerufen, um Danke zu sagen.',
      thanked: [{ name: 'Mama', relationship: 'mother', channel: 'call' }],
    });
    const withEntry = (await app(deps)(httpEvent({ path: '/log', query: { token } }))).body ?? '';
    expect(withEntry).toContain('Den Namen „Mama“ korrigieren');
    expect(withEntry).toContain('>Umbenennen</button>');
    expect(withEntry).toContain('Mama aus Tag 1 entfernen');
    expect(withEntry).toContain('Diese Woche: ein Anruf.');
    expect(withEntry).not.toMatch(/Rename|Correct the name|by phone/);
  });

  it('refuses an unknown language in preferences and keeps the old one', async () => {
    const deps = testDeps();
    const sub = await subscribed(deps, { email: 'eva@example.com', language: 'fr' });
    const token = tokenOf(deps, sub.id, 'logUrl');
    const res = await app(deps)(
      httpEvent({
        method: 'POST',
        path: '/preferences',
        query: { token },
        form: { timezone: 'UTC', sendHour: '8', language: 'klingon' },
      }),
    );
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Veuillez choisir l’anglais, l’espagnol, l’allemand ou le français.');
    expect((await deps.store.get(sub.id))?.language).toBe('fr');
  });

  it('shows the unsubscribe pages in the subscriber’s language', async () => {
    const deps = testDeps();
    const sub = await subscribed(deps, { email: 'paul@example.com', language: 'fr' });
    const token = tokenOf(deps, sub.id, 'unsubscribeUrl');
    const page = await app(deps)(httpEvent({ path: '/unsubscribe', query: { token } }));
    expect(page.body).toContain('Me désabonner');
    const done = await app(deps)(httpEvent({ method: 'POST', path: '/unsubscribe', query: { token } }));
    expect(htmlLang(done.body)).toBe('fr');
    expect(done.body).toContain('Vous êtes désabonné');
  });
});
