/**
 * Sample values for every email, shared by `npm run preview`, the benchmarks and the browser
 * checks: ordinary weeks, the empty cases, hostile names for escaping, and long unbroken words
 * that would push a narrow layout sideways. Each language has its own people and words, as a
 * participant writing in that language would.
 */
import {
  type RenderedEmail,
  renderCommandConfirmation,
  renderConfirmed,
  renderGroupEmail,
  renderPrompt,
  renderRecap,
  renderReceipt,
  renderReconnect,
  renderWelcome,
} from '../functions/adapters/templates/render';
import { formatCalendarDate, LANGUAGES, type Language } from '../functions/core/language';
import { messages, sayLocalTime } from '../functions/core/messages';
import { dayContent, RECONNECT_DAY } from '../functions/core/week';

export const SCRIPT = '<script>alert(1)</script>';
export const LONG_NAME = 'Maximiliana-Wilhelmina Oberhauser-Schwarzenegger';
export const LONG_NOTE =
  'Wrote to my old teacher https://example.com/a/very/long/path/that/does/not/break/anywhere/at/all ' +
  'and said thank you for everything, then talked for an hour about the books she gave me.';

/** What a participant writing in each language might have written back. */
const WORDS: Readonly<
  Record<
    Language,
    {
      zone: string;
      mother: { name: string; relationship: string; note: string };
      sister: { name: string; relationship: string };
      friend: string;
      neighbours: { name: string; relationship: string };
      several: string;
      nobody: string;
      colleague: { name: string; relationship: string; note: string };
      recapMother: string;
      recapMove: string;
    }
  >
> = {
  en: {
    zone: 'America/Chicago',
    mother: {
      name: 'Mom',
      relationship: 'mom',
      note: 'Called Mom and thanked her for driving me to every swimming lesson for six years.',
    },
    sister: { name: 'Anna', relationship: 'sister' },
    friend: 'Ben',
    neighbours: { name: 'Mr. & Mrs. Kowalski', relationship: 'neighbours' },
    several:
      'Texted my sister Anna to thank her for the plants she watered while I was away, then wrote a card ' +
      'to Ben for helping me move the sofa, and finally knocked on the Kowalskis’ door with a cake to say ' +
      'thanks for shovelling our path all winter without ever being asked.',
    nobody: 'Had a long walk today and thought about who to write to. Will do it tomorrow.',
    colleague: { name: 'Priya', relationship: 'colleague', note: 'Thanked Priya for the design review.' },
    recapMother: 'Called Mom about the swimming lessons.',
    recapMove: 'Texted Anna and Ben after the move.',
  },
  es: {
    zone: 'Europe/Madrid',
    mother: {
      name: 'Mamá',
      relationship: 'madre',
      note: 'Llamé a mi madre para darle las gracias por llevarme a natación durante seis años.',
    },
    sister: { name: 'Lucía', relationship: 'hermana' },
    friend: 'Javi',
    neighbours: { name: 'Carmen y Paco', relationship: 'vecinos' },
    several:
      'Le escribí a mi hermana Lucía para agradecerle que me regara las plantas mientras estaba fuera, ' +
      'luego le mandé una tarjeta a Javi por ayudarme a subir el sofá, y al final llamé a la puerta de ' +
      'Carmen y Paco con un bizcocho para darles las gracias por quitar la nieve todo el invierno.',
    nobody: 'Hoy di un paseo largo pensando a quién escribir. Lo haré mañana.',
    colleague: {
      name: 'Marta',
      relationship: 'compañera',
      note: 'Le di las gracias a Marta por revisar el diseño.',
    },
    recapMother: 'Llamé a mamá por lo de las clases de natación.',
    recapMove: 'Les escribí a Lucía y a Javi después de la mudanza.',
  },
  de: {
    zone: 'Europe/Berlin',
    mother: {
      name: 'Mama',
      relationship: 'Mutter',
      note: 'Mama angerufen und ihr gedankt, dass sie mich sechs Jahre lang zum Schwimmen gefahren hat.',
    },
    sister: { name: 'Lena', relationship: 'Schwester' },
    friend: 'Jonas',
    neighbours: { name: 'Familie Öztürk', relationship: 'Nachbarn' },
    several:
      'Meiner Schwester Lena geschrieben, weil sie meine Pflanzen gegossen hat, dann Jonas eine Karte ' +
      'geschickt, weil er mir mit dem Sofa geholfen hat, und zum Schluss bei Familie Öztürk mit einem ' +
      'Kuchen geklingelt, weil sie den ganzen Winter unseren Weg geräumt haben.',
    nobody: 'Heute lange spazieren gewesen und überlegt, wem ich schreibe. Mache ich morgen.',
    colleague: { name: 'Stefan', relationship: 'Kollege', note: 'Stefan für das Design-Review gedankt.' },
    recapMother: 'Mama wegen der Schwimmstunden angerufen.',
    recapMove: 'Lena und Jonas nach dem Umzug geschrieben.',
  },
  fr: {
    zone: 'Europe/Paris',
    mother: {
      name: 'Maman',
      relationship: 'mère',
      note: 'J’ai appelé maman pour la remercier de m’avoir emmenée à la piscine pendant six ans.',
    },
    sister: { name: 'Claire', relationship: 'sœur' },
    friend: 'Julien',
    neighbours: { name: 'M. et Mme Martin', relationship: 'voisins' },
    several:
      'J’ai écrit à ma sœur Claire pour la remercier d’avoir arrosé mes plantes, puis une carte à Julien ' +
      'pour le canapé, et enfin j’ai sonné chez M. et Mme Martin avec un gâteau pour les remercier d’avoir ' +
      'déneigé notre allée tout l’hiver.',
    nobody: 'Longue promenade aujourd’hui à réfléchir à qui écrire. Je le ferai demain.',
    colleague: { name: 'Sophie', relationship: 'collègue', note: 'J’ai remercié Sophie pour sa relecture.' },
    recapMother: 'Appelé maman pour les cours de natation.',
    recapMove: 'Écrit à Claire et Julien après le déménagement.',
  },
};

/** Every sample email in every language, named `<language>/<sample>`. */
export function allEmailSamples(base = 'https://gratitude.example'): Record<string, () => RenderedEmail> {
  return Object.fromEntries(
    LANGUAGES.flatMap((language) =>
      Object.entries(emailSamples(base, language)).map(([name, render]) => [`${language}/${name}`, render]),
    ),
  );
}

/** Every sample email by name, with links under `base`, in one language (English by default). */
export function emailSamples(
  base = 'https://gratitude.example',
  language: Language = 'en',
): Record<string, () => RenderedEmail> {
  const words = WORDS[language];
  /** The organizer's summary after the week, with these paragraphs. */
  const groupSummary = (paragraphs: string[], subject = messages(language).groups.summarySubject) =>
    renderGroupEmail({
      language,
      postalAddress: links.postalAddress,
      subject,
      heading: messages(language).groups.summaryHeading,
      paragraphs,
      links: [
        {
          lead: messages(language).groups.dashboardLink,
          url: `${base}/groups/dashboard?token=g.aaaaaaaaaaaaaaaa.bbbbbbbbbbbbbbbbbbbbbbbb`,
        },
      ],
    });
  const links = {
    unsubscribeUrl: `${base}/unsubscribe?token=u.aaaaaaaaaaaaaaaa.bbbbbbbbbbbbbbbbbbbbbbbb`,
    logUrl: `${base}/log?token=l.aaaaaaaaaaaaaaaa.bbbbbbbbbbbbbbbbbbbbbbbb`,
    postalAddress: 'PO Box 1234, Springfield, IL 62701, USA',
    language,
  };
  const confirmUrl = `${base}/confirm?token=c.aaaaaaaaaaaaaaaa.1790000000.bbbbbbbbbbbbbbbbbbbbbbbb`;
  const reconnectOffUrl = `${base}/reconnect?token=l.aaaaaaaaaaaaaaaa.bbbbbbbbbbbbbbbbbbbbbbbb`;
  const day = (n: number) => ({ day: n, theme: dayContent(n, language).theme });
  const firstPrompt = sayLocalTime('2026-12-02T14:00:00Z', words.zone, language);
  return {
    welcome: () => renderWelcome({ ...links, firstName: 'Anna', confirmUrl }),
    'welcome-no-name': () => renderWelcome({ ...links, firstName: null, confirmUrl }),
    ...Object.fromEntries(
      [1, 2, 3, 4, 5, 6, 7].map((n) => [
        `prompt-day-${n}`,
        () => renderPrompt({ ...links, firstName: n === 4 ? null : 'Anna', day: n }),
      ]),
    ),
    'prompt-long-name': () => renderPrompt({ ...links, firstName: LONG_NAME, day: 5 }),
    'receipt-nobody': () =>
      renderReceipt({
        ...links,
        firstName: 'Anna',
        day: 3,
        thanked: [],
        note: words.nobody,
      }),
    'receipt-one': () =>
      renderReceipt({
        ...links,
        firstName: 'Anna',
        day: 1,
        thanked: [{ name: words.mother.name, relationship: words.mother.relationship }],
        note: words.mother.note,
      }),
    'receipt-several': () =>
      renderReceipt({
        ...links,
        firstName: 'Anna',
        day: 2,
        thanked: [words.sister, { name: words.friend, relationship: null }, words.neighbours],
        note: words.several,
      }),
    'receipt-long': () =>
      renderReceipt({
        ...links,
        firstName: LONG_NAME,
        day: 6,
        thanked: [{ name: LONG_NAME, relationship: null }],
        note: LONG_NOTE,
      }),
    'receipt-escaping': () =>
      renderReceipt({
        ...links,
        firstName: SCRIPT,
        day: 5,
        thanked: [
          { name: SCRIPT, relationship: null },
          { name: 'Tom & Jerry', relationship: '"mentors"' },
        ],
        note: `I thanked ${SCRIPT} & "Tom & Jerry" <b>today</b>.`,
      }),
    recap: () =>
      renderRecap({
        ...links,
        firstName: 'Anna',
        days: [
          {
            ...day(1),
            thanked: [{ ...words.mother, channel: 'call', note: words.recapMother }],
          },
          {
            ...day(2),
            thanked: [
              { ...words.sister, channel: 'message', note: words.recapMove },
              { name: words.friend, relationship: null, channel: 'message', note: words.recapMove },
            ],
          },
          { ...day(3), thanked: [] },
          { ...day(4), thanked: [words.colleague] },
          { ...day(7), thanked: [{ name: SCRIPT, relationship: null, note: 'Escaping check & "quotes".' }] },
        ],
      }),
    'recap-long': () =>
      renderRecap({
        ...links,
        firstName: LONG_NAME,
        days: [{ ...day(2), thanked: [{ name: LONG_NAME, relationship: null, note: LONG_NOTE }] }],
      }),
    'recap-empty': () => renderRecap({ ...links, firstName: 'Anna', days: [] }),
    'recap-group': () =>
      renderRecap({
        ...links,
        firstName: 'Anna',
        days: [{ ...day(1), thanked: [{ ...words.mother, channel: 'call', note: words.recapMother }] }],
        groupLine: messages(language).groups.recapLine('Thursday job club', 23),
      }),
    'group-ready': () =>
      renderGroupEmail({
        language,
        postalAddress: links.postalAddress,
        subject: messages(language).groups.readySubject,
        heading: messages(language).groups.readyTitle,
        paragraphs: [
          messages(language).groups.readyEmail(
            'Thursday job club',
            formatCalendarDate('2026-12-07', language),
          ),
          messages(language).groups.dashboardEmail,
        ],
        links: [
          { lead: messages(language).groups.joinLink, url: `${base}/join/gnmvb84` },
          {
            lead: messages(language).groups.dashboardLink,
            url: `${base}/groups/dashboard?token=g.aaaaaaaaaaaaaaaa.bbbbbbbbbbbbbbbbbbbbbbbb`,
          },
        ],
      }),
    'group-summary': () =>
      groupSummary([
        messages(language).groups.summaryEmail('Thursday job club', 14, 23),
        ...[3, 2, 4, 1, 5, 0, 8].map((thanks, i) =>
          messages(language).groups.summaryDay(i + 1, Math.min(thanks, 3), thanks),
        ),
      ]),
    'group-summary-everyone-left': () =>
      groupSummary(
        [messages(language).groups.summaryEveryoneLeft('Thursday job club')],
        messages(language).groups.summaryEmptySubject,
      ),
    reconnect: () =>
      renderReconnect({
        ...links,
        firstName: 'Anna',
        reconnectOffUrl,
        people: [
          { ...words.mother, channel: 'call', day: 1 },
          { ...words.colleague, channel: null, day: 4 },
        ],
      }),
    'reconnect-escaping': () =>
      renderReconnect({
        ...links,
        firstName: SCRIPT,
        reconnectOffUrl,
        people: [{ name: LONG_NAME, relationship: SCRIPT, channel: 'letter', day: 6, note: LONG_NOTE }],
      }),
    'receipt-after': () =>
      renderReceipt({
        ...links,
        firstName: 'Anna',
        day: RECONNECT_DAY,
        thanked: [{ name: words.mother.name, relationship: words.mother.relationship, channel: 'in-person' }],
        note: words.mother.note,
      }),
    'command-stopped': () => renderCommandConfirmation({ ...links, kind: 'stopped', firstName: 'Anna' }),
    'command-paused': () => renderCommandConfirmation({ ...links, kind: 'paused', firstName: 'Anna' }),
    'command-resumed': () =>
      renderCommandConfirmation({ ...links, kind: 'resumed', firstName: 'Anna', nextDay: 4 }),
    'command-restarted': () => renderCommandConfirmation({ ...links, kind: 'restarted', firstName: null }),
    confirmed: () => renderConfirmed({ ...links, firstName: 'Anna', firstPrompt, paused: false }),
    'confirmed-paused': () => renderConfirmed({ ...links, firstName: null, firstPrompt: null, paused: true }),
  };
}
