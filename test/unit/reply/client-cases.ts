/**
 * One reply per mail client, language and layout, each with the words the participant wrote, the
 * lines that must not survive (quoted prompt, signature, device line, disclaimer) and who was thanked.
 */
import { type Client, type Locale, PROMPTS, type ReplySpec } from './support/mail';

export interface ClientCase {
  spec: ReplySpec;
  keep: string[];
  drop: string[];
  names: string[];
}

const PROMPT_DROP = [
  'think out loud about the move',
  'Esperanza',
  'Reply STOP to unsubscribe',
  'Whom you thanked'.toLowerCase(),
];

const english = (client: Client, extra: Partial<ReplySpec> = {}, drop: string[] = []): ClientCase => ({
  spec: {
    client,
    body: 'I called my sister Anna and thanked her for driving Dad to every appointment this year.',
    ...extra,
  },
  keep: ['driving Dad to every appointment'],
  drop: [...PROMPT_DROP, ...drop],
  names: ['Anna'],
});

const localized = (
  client: Client,
  locale: Locale,
  body: string,
  keep: string,
  names: string[],
  extra: Partial<ReplySpec> = {},
): ClientCase => ({
  spec: { client, locale, body, ...extra },
  keep: [keep],
  drop: PROMPT_DROP,
  names,
});

export const CLIENT_CASES: Record<string, ClientCase> = {
  'Gmail web': english('gmail'),
  'Gmail web with a sign-off and name': english('gmail', { signature: 'Cheers,\nRobin' }, ['Cheers,']),
  'Gmail web, bottom-posted': english('gmail', { layout: 'bottom' }),
  'Gmail app (Android)': english('gmail-mobile'),
  'Gmail in Spanish': localized(
    'gmail',
    'es',
    'Hoy llamé a mi abuela Carmen y le di las gracias por criarme.',
    'le di las gracias por criarme',
    ['Carmen'],
  ),
  'Gmail in German': localized(
    'gmail',
    'de',
    'Ich habe heute meinem Bruder Lukas gedankt, dass er mich jeden Tag zur Arbeit fährt.',
    'mich jeden Tag zur Arbeit fährt',
    ['Lukas'],
  ),
  'Gmail in French': localized(
    'gmail',
    'fr',
    "J'ai remercié ma voisine Hélène pour les courses pendant ma convalescence.",
    'les courses pendant ma convalescence',
    ['Hélène'],
  ),
  'Outlook desktop with a corporate signature and disclaimer': english(
    'outlook',
    {
      signature:
        'Thanks,\nRobin\n\nRobin Vale | Senior Analyst\nContoso Ltd.\n+1 555 0100\n\nThis email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it.',
    },
    ['Senior Analyst', 'intended solely for the addressee'],
  ),
  'Outlook desktop in German': localized(
    'outlook',
    'de',
    'Habe heute Frau Becker aus der Buchhaltung angerufen und mich bei ihr bedankt.',
    'aus der Buchhaltung angerufen',
    ['Frau Becker'],
  ),
  'Outlook desktop in French': localized(
    'outlook',
    'fr',
    "J'ai écrit à mon ancien professeur, M. Girard, pour le remercier.",
    'pour le remercier',
    ['M. Girard'],
  ),
  'Outlook desktop in Spanish': localized(
    'outlook',
    'es',
    'Le escribí a mi compañero de trabajo Andrés para agradecerle su paciencia.',
    'para agradecerle su paciencia',
    ['Andrés'],
  ),
  'Outlook, HTML only (Word HTML)': english('outlook-html-only', { signature: 'Robin' }),
  'Outlook on the web': english('owa'),
  'Outlook for Android': english('outlook-mobile', {}, ['Get Outlook for Android']),
  'iPhone Mail (byte-order mark in the quote)': english('iphone', {}, ['Sent from my iPhone']),
  'iPhone Mail in French': localized(
    'iphone',
    'fr',
    "J'ai appelé Mathis hier soir pour le remercier de m'avoir écouté.",
    "pour le remercier de m'avoir écouté",
    ['Mathis'],
  ),
  'Apple Mail with a signature': english(
    'apple-mail',
    { signature: 'Best,\nRobin\n\nVP Marketing | Fabrikam' },
    ['VP Marketing'],
  ),
  'Apple Mail in German': localized(
    'apple-mail',
    'de',
    'Ich habe Oma angerufen und ihr für die Sonntagsessen gedankt.',
    'für die Sonntagsessen gedankt',
    ['Oma'],
  ),
  'Yahoo Mail (no quote markers)': english('yahoo'),
  'Yahoo Mail for Android (first quoted line glued on)': english('yahoo-android', {}, [
    'Sent from Yahoo Mail on Android',
    'Hello Robin',
  ]),
  'Proton Mail (base64)': english('proton', {}, ['Sent with Proton Mail secure email']),
  'Thunderbird (format=flowed)': english(
    'thunderbird',
    { signature: '-- \nRobin Vale\nhttps://robin.example' },
    ['robin.example'],
  ),
  'Thunderbird, bottom-posted': english('thunderbird', { layout: 'bottom' }),
  'Thunderbird in German': localized(
    'thunderbird',
    'de',
    'Ich habe meiner Nachbarin Frau Özdemir eine Karte geschrieben.',
    'eine Karte geschrieben',
    ['Frau Özdemir'],
  ),
  'Samsung Email (base64)': english('samsung', {}, ['Sent from my Galaxy']),
  Fastmail: english('fastmail'),
  'Fastmail, bottom-posted': english('fastmail', { layout: 'bottom' }),
  'Zoho Mail (HTML only, base64)': english('zoho'),
  'GMX (HTML only, German quote header)': localized(
    'gmx',
    'de',
    'Ich habe meinem Trainer Jonas für die Geduld gedankt.',
    'für die Geduld gedankt',
    ['Jonas'],
  ),
  'no quote at all': english('gmail', { layout: 'none' }),
  'a prompt for day 1': english('gmail', { prompt: PROMPTS[0] }, ['every school run', 'Marcus']),
  'a prompt for day 5': english('apple-mail', { prompt: PROMPTS[2] }, [
    'your feedback on my first paper',
    'Okonkwo',
  ]),
  'a server disclaimer below a quoted reply': english(
    'gmail',
    {
      serverFooter:
        'CONFIDENTIALITY NOTICE: This message is intended only for the named recipient. If you are not the intended recipient, you are notified that any dissemination is prohibited.',
    },
    ['CONFIDENTIALITY NOTICE'],
  ),
};
