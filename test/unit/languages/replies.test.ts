/** Replies in Spanish, German and French: logged, answered in the person's language; a confirming reply gets an answer. */
import { confirm, type Subscriber } from '../../../functions/core/subscriber';
import { weekLog } from '../../../functions/core/use-cases/week-log';
import { aSubscriber, type TestDeps, testDeps } from '../../builders/deps';
import { deliver, replyTo } from '../../builders/inbound';
import { mime } from '../../builders/mail';

async function stored(deps: TestDeps, overrides: Partial<Subscriber>, confirmed = true): Promise<Subscriber> {
  const base = aSubscriber(overrides);
  const sub = confirmed ? { ...confirm(base, new Date('2026-11-24T15:00:00Z')), ...overrides } : base;
  await deps.store.create(sub);
  return sub;
}

describe('confirming by reply', () => {
  it('answers a reply to the welcome with when the first prompt arrives, as the page says it', async () => {
    const deps = testDeps();
    const sub = await stored(deps, { language: 'en', timezone: 'Europe/London', name: 'Dana' }, false);
    const to = replyTo(sub, 0);
    expect(
      await deliver(deps, to, await mime({ to, subject: 'Re: Please confirm', text: 'Yes please!' })),
    ).toBe('confirmed');
    const [answer] = deps.mailer.sent;
    const confirmed = await deps.store.get(sub.id);
    expect(confirmed?.status).toBe('active');
    expect(answer?.to).toBe(sub.email);
    expect(answer?.subject.startsWith('Day')).toBe(false);
    expect(answer?.text).toContain('You’re in');
    expect(answer?.text).toMatch(
      /Your first prompt arrives [A-Z][a-z]+day \d+ [A-Z][a-z]+ at 08:00 \(Europe\/London time\)\./,
    );
    expect(answer?.replyTo).toBe(replyTo(sub, 1));
  });

  it('answers in the person’s language and zone', async () => {
    const deps = testDeps();
    const sub = await stored(deps, { language: 'de', timezone: 'Europe/Berlin', name: 'Jonas' }, false);
    const to = replyTo(sub, 0);
    await deliver(deps, to, await mime({ to, subject: 'AW: Bitte bestätige', text: 'Ja, gerne!' }));
    const [answer] = deps.mailer.sent;
    expect(answer?.subject).toBe('Du bist dabei: deine Woche der Dankbarkeit ist bestätigt');
    expect(answer?.text).toMatch(
      /Deine erste Anregung kommt am [A-Z][a-z]+, \d+\. [A-Z][a-zä]+ um 08:00 \(Zeitzone Europe\/Berlin\)\./,
    );
    expect(answer?.html).toContain('<html lang="de"');
  });

  it('answers only the reply that confirmed: a second reply to the welcome gets nothing', async () => {
    const deps = testDeps();
    const sub = await stored(deps, { language: 'fr' }, false);
    const to = replyTo(sub, 0);
    await deliver(deps, to, await mime({ to, text: 'Oui !' }));
    await deliver(deps, to, await mime({ to, text: 'Oui, vraiment !' }));
    expect(deps.mailer.to(sub.email)).toHaveLength(1);
  });

  it('an auto-reply to the welcome neither confirms nor gets an answer', async () => {
    const deps = testDeps();
    const sub = await stored(deps, { language: 'es' }, false);
    const to = replyTo(sub, 0);
    await deliver(
      deps,
      to,
      await mime({ to, text: 'Estoy fuera de la oficina.', headers: { 'Auto-Submitted': 'auto-replied' } }),
    );
    expect((await deps.store.get(sub.id))?.status).toBe('pending');
    expect(deps.mailer.sent).toHaveLength(0);
  });
});

describe('replies in Spanish, German and French', () => {
  it('logs a Spanish reply and sends the receipt in Spanish', async () => {
    const deps = testDeps();
    const sub = await stored(deps, { language: 'es', name: 'Lucía' });
    const to = replyTo(sub, 1);
    expect(
      await deliver(
        deps,
        to,
        await mime({ to, text: 'Hoy le di las gracias a mi hermana Ana por llamarme cada domingo.' }),
      ),
    ).toBe('logged');
    const log = await weekLog(deps, (await deps.store.get(sub.id))!);
    expect(log.language).toBe('es');
    expect(log.thanked).toEqual([
      expect.objectContaining({ day: 1, name: 'Ana', note: expect.stringContaining('cada domingo') }),
    ]);
    const [receipt] = deps.mailer.sent;
    expect(receipt?.subject).toBe('Anotado: el día 1 de tu Semana de la Gratitud');
    expect(receipt?.text).toContain('Hola, Lucía:');
    expect(receipt?.text).toContain('Anotado en el día 1:');
    expect(receipt?.text).toContain('Ana');
  });

  it('answers PAUSE and WEITER in German', async () => {
    const deps = testDeps();
    const sub = await stored(deps, { language: 'de' });
    const to = replyTo(sub, 2);
    expect(await deliver(deps, to, await mime({ to, text: 'PAUSE' }))).toBe('command');
    expect((await deps.store.get(sub.id))?.status).toBe('paused');
    expect(await deliver(deps, to, await mime({ to, text: 'WEITER' }))).toBe('command');
    expect((await deps.store.get(sub.id))?.status).toBe('active');
    expect(deps.mailer.sent.map((m) => m.subject)).toEqual([
      'Deine Woche der Dankbarkeit ist pausiert',
      'Deine Woche der Dankbarkeit geht weiter',
    ]);
  });

  it('answers a French unsubscribe with a goodbye in French', async () => {
    const deps = testDeps();
    const sub = await stored(deps, { language: 'fr' });
    const to = replyTo(sub, 3);
    expect(await deliver(deps, to, await mime({ to, text: 'Désabonnez-moi, merci.' }))).toBe('unsubscribed');
    const [goodbye] = deps.mailer.sent;
    expect(goodbye?.subject).toBe('Vous êtes désabonné de la Semaine de la gratitude');
    expect(goodbye?.text).toContain('C’est le dernier e-mail que vous recevrez');
  });

  it('understands Spanish commands named in the Spanish footer', async () => {
    const deps = testDeps();
    const sub = await stored(deps, { language: 'es' });
    const to = replyTo(sub, 2);
    await deliver(deps, to, await mime({ to, text: 'Por favor, pausa los correos.' }));
    expect((await deps.store.get(sub.id))?.status).toBe('paused');
    await deliver(deps, to, await mime({ to, text: 'REANUDAR' }));
    expect((await deps.store.get(sub.id))?.status).toBe('active');
    await deliver(deps, to, await mime({ to, text: 'BAJA' }));
    expect((await deps.store.get(sub.id))?.status).toBe('unsubscribed');
  });
});
