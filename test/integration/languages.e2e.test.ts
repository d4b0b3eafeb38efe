/**
 * A week in Spanish, German and French on `npm start`'s stack: each person subscribes in their
 * language, confirms by replying over real SMTP (and is answered), gets seven prompts titled
 * "Día N", "Tag N", "Jour N", replies in their language (logged, with a receipt in it), and gets
 * the recap in it. Driven through HTTP, SMTP, the SES emulator's inbox and the `gratitude` CLI.
 */
import nodemailer from 'nodemailer';
import { inboxOf, mailTo, type RunningStack, startStack } from '../support/main-process';

jest.setTimeout(240_000);

const PEOPLE = [
  {
    language: 'es',
    email: 'lucia.lang@example.es',
    name: 'Lucía',
    day: 'Día',
    welcome: 'Confirma tu Semana de la Gratitud',
    confirmReply: '¡Sí, me apunto!',
    answered: 'Ya estás dentro: tu Semana de la Gratitud está confirmada',
    firstPrompt: /Tu primera propuesta llega el \p{Ll}+, \d+ de \p{Ll}+, 08:00 \(hora de Europe\/Madrid\)\./u,
    reply: 'Hoy le di las gracias a mi hermana Ana por llamarme cada domingo.',
    thanked: 'Ana',
    receipt: 'Anotado: el día 1 de tu Semana de la Gratitud',
    receiptLine: 'Anotado en el día 1: Ana (hermana).',
    recap: 'Tu Semana de la Gratitud: todas las personas a las que diste las gracias',
    recapDay: 'Día 1 · Familia',
  },
  {
    language: 'de',
    email: 'jonas.lang@example.de',
    name: 'Jonas',
    day: 'Tag',
    welcome: 'Bitte bestätige deine Woche der Dankbarkeit',
    confirmReply: 'Ja, gerne!',
    answered: 'Du bist dabei: deine Woche der Dankbarkeit ist bestätigt',
    firstPrompt:
      /Deine erste Anregung kommt am \p{Lu}\p{Ll}+, \d+\. \p{Lu}\p{Ll}+ um 08:00 \(Zeitzone Europe\/Madrid\)\./u,
    reply: 'Ich habe heute meiner Schwester Anna gedankt, weil sie mir beim Umzug geholfen hat.',
    thanked: 'Anna',
    receipt: 'Eingetragen: Tag 1 deiner Woche der Dankbarkeit',
    receiptLine: 'Eingetragen für Tag 1: Anna (Schwester).',
    recap: 'Deine Woche der Dankbarkeit: alle, bei denen du dich bedankt hast',
    recapDay: 'Tag 1 · Familie',
  },
  {
    language: 'fr',
    email: 'claire.lang@example.fr',
    name: 'Claire',
    day: 'Jour',
    welcome: 'Confirmez votre Semaine de la gratitude',
    confirmReply: 'Oui, avec plaisir !',
    answered: 'C’est parti : votre Semaine de la gratitude est confirmée',
    firstPrompt:
      /Votre première invitation arrive le \p{Ll}+ \d+ \p{Ll}+ à 08:00 \(heure de Europe\/Madrid\)\./u,
    reply: 'J’ai remercié ma sœur Julie pour son aide pendant le déménagement.',
    thanked: 'Julie',
    receipt: 'C’est noté : jour 1 de votre Semaine de la gratitude',
    receiptLine: 'Noté pour le jour 1\u00a0: Julie (sœur).',
    recap: 'Votre Semaine de la gratitude : toutes les personnes que vous avez remerciées',
    recapDay: 'Jour 1 · La famille',
  },
] as const;

let stack: RunningStack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.stop();
});

const inbox = (to: string) => inboxOf(stack, to);

const exported = async (email: string) => JSON.parse((await stack.cli(['export', '--email', email])).stdout);

it('a week in Spanish, German and French: welcome, answer to a confirming reply, prompts, receipt and recap', async () => {
  const smtp = nodemailer.createTransport({
    host: '127.0.0.1',
    port: stack.smtpPort,
    secure: false,
    ignoreTLS: true,
  });

  for (const person of PEOPLE) {
    // JSON without a language field: the browser's Accept-Language decides.
    const res = await fetch(`${stack.url}/subscribe`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'accept-language': `${person.language};q=0.9, en;q=0.5`,
      },
      body: JSON.stringify({
        email: person.email,
        name: person.name,
        timezone: 'Europe/Madrid',
        sendHour: 8,
      }),
    });
    expect(res.status).toBe(202);
    const [welcome] = await inbox(person.email);
    expect(welcome?.subject).toBe(person.welcome);
    expect(welcome?.body.html).toContain(`<html lang="${person.language}"`);

    await smtp.sendMail({
      from: `${person.name} <${person.email}>`,
      to: welcome?.replyTo[0],
      subject: `Re: ${welcome?.subject}`,
      text: person.confirmReply,
    });
    expect(await exported(person.email)).toMatchObject({ status: 'active', language: person.language });
    const answer = await mailTo(stack, person.email, (e) => e.subject === person.answered);
    expect(answer?.body.text).toMatch(person.firstPrompt);
  }

  // All three confirmed just now for 08:00 in Madrid: one schedule serves them all.
  const plan = JSON.parse(
    (
      await stack.cli([
        'schedule',
        '--timezone',
        'Europe/Madrid',
        '--send-hour',
        '8',
        '--confirmed-at',
        new Date().toISOString(),
      ])
    ).stdout,
  ) as { sends: string[]; recap: string };
  const tickAt = async (iso: string) =>
    JSON.parse((await stack.cli(['tick', '--at', new Date(Date.parse(iso) + 60_000).toISOString()])).stdout);

  expect(await tickAt(plan.sends[0] ?? '')).toEqual({ due: 3, sent: 3 });
  for (const person of PEOPLE) {
    const [prompt] = (await inbox(person.email)).filter((e) => e.subject.startsWith(`${person.day} 1`));
    expect(prompt?.body.html).toContain(`<html lang="${person.language}"`);
    await smtp.sendMail({
      from: `${person.name} <${person.email}>`,
      to: prompt?.replyTo[0],
      subject: `Re: ${prompt?.subject}`,
      text: person.reply,
    });
    const log = await exported(person.email);
    expect(log.thanked).toEqual([
      expect.objectContaining({ day: 1, name: person.thanked, note: person.reply }),
    ]);
    const receipt = await mailTo(stack, person.email, (e) => e.subject === person.receipt);
    expect(receipt?.body.text).toContain(person.receiptLine);
  }

  for (const send of plan.sends.slice(1)) expect(await tickAt(send)).toEqual({ due: 3, sent: 3 });
  expect(await tickAt(plan.recap)).toEqual({ due: 3, sent: 3 });

  for (const person of PEOPLE) {
    const emails = await inbox(person.email);
    const prompts = emails.filter((e) => new RegExp(`^${person.day} \\d`).test(e.subject));
    expect(prompts.map((e) => e.subject.slice(0, person.day.length + 2))).toEqual(
      [1, 2, 3, 4, 5, 6, 7].map((n) => `${person.day} ${n}`),
    );
    // Only prompts start with the day word: not the welcome, the answer, the receipt or the recap.
    expect(emails.filter((e) => /^(?:Day|Día|Tag|Jour) \d/.test(e.subject))).toHaveLength(7);
    const recap = emails.find((e) => e.subject === person.recap);
    expect(recap?.body.text).toContain(person.recapDay);
    expect(recap?.body.text).toContain(person.reply);
    expect(recap?.body.text).not.toMatch(/Reply STOP|Your log|everyone you thanked/);
    expect((await exported(person.email)).status).toBe('completed');
  }
});
