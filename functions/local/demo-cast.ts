/**
 * The four people of `npm run demo` and what each of them writes back during the week. Plain data:
 * the demo sends these words as real mail clients would and reports what the service made of them,
 * so nothing here says what the parser is expected to find.
 */

/** The mail program a person replies from; it decides how the reply quotes the prompt. */
export type MailClient = 'gmail' | 'outlook' | 'iphone';

/** What a person does with one day's prompt. */
export type DayAction =
  | { kind: 'reply'; text: string }
  /** Their mailbox answers on its own (out of office); they write nothing that day. */
  | { kind: 'auto-reply'; text: string }
  /** They reply STOP: no more prompts, no recap. */
  | { kind: 'stop' }
  | { kind: 'none' };

export interface CastMember {
  /** Short handle for progress lines and file names. */
  key: string;
  name: string;
  email: string;
  timezone: string;
  sendHour: number;
  /** The language chosen on the form; English when not given. */
  language?: 'es' | 'de' | 'fr';
  client: MailClient;
  /** How the subscribe request is made: the browser's form post, or JSON as a script would. */
  subscribeWith: 'form' | 'json';
  /** Confirm on the page the welcome links to, or by replying to the welcome. */
  confirmBy: 'page' | 'reply';
  /** Their answer to the welcome when `confirmBy` is `reply`. */
  welcomeReply?: string;
  /** Signature under their own words (Outlook users tend to sign). */
  signature?: string;
  /** Days 1..7, in order. */
  days: readonly DayAction[];
}

export const CAST: readonly CastMember[] = [
  {
    key: 'zoe',
    name: 'Zoë Müller',
    email: 'zoe.mueller@example.de',
    timezone: 'Europe/Berlin',
    sendHour: 8,
    // Gmail with a German interface: "Am Do., 26. Nov. 2026 um 08:00 Uhr schrieb …:".
    client: 'gmail',
    subscribeWith: 'form',
    confirmBy: 'page',
    days: [
      {
        kind: 'reply',
        text: 'I called my grandmother Oma Hilde to thank her for teaching me to bake bread when I was little. She laughed and said I still knead it wrong.',
      },
      {
        kind: 'reply',
        text: 'Left a card for our neighbour Jürgen, who has watered our tomatoes all summer without ever being asked.',
      },
      {
        kind: 'reply',
        text: 'Thanked my friend Leonie and my sister Clara for listening to me go on about the job interview for a whole evening.',
      },
      {
        kind: 'reply',
        text: 'Wrote to Dr. Weber on my team to thank her for checking my analysis so carefully before the board meeting.',
      },
      {
        kind: 'reply',
        text: 'Emailed my old professor, José García, to say his seminar is the reason I went into research.',
      },
      {
        kind: 'reply',
        text: "Messaged Ayşe, a friend from school I hadn't spoken to in ten years. We're meeting for coffee next month!",
      },
      {
        kind: 'reply',
        text: 'Told my mum she is the reason I love science: she let me take apart every radio in the house. She cried a little, then asked when I am visiting.',
      },
    ],
  },
  {
    key: 'marcus',
    name: 'Marcus Johnson',
    email: 'marcus.johnson@example.com',
    timezone: 'America/New_York',
    sendHour: 7,
    client: 'outlook',
    subscribeWith: 'form',
    confirmBy: 'page',
    signature: 'Marcus',
    days: [
      {
        kind: 'reply',
        text: 'Called my brother Darnell to thank him for driving me to the airport at 4am last week.',
      },
      { kind: 'reply', text: 'Thanked my neighbor Mrs. Alvarez for shoveling our walk during the storm.' },
      {
        kind: 'auto-reply',
        // Names a colleague on purpose: nothing in an automatic reply may end up in the log.
        text: 'Thank you for your email. I am out of the office until Monday with limited access to email. For anything urgent, please contact my colleague Sarah Kim at sarah.kim@example.com.',
      },
      {
        kind: 'reply',
        text: 'Sent a note to Priscilla in accounting thanking her for catching the invoice error before it went out.',
      },
      {
        kind: 'reply',
        text: 'Sent a note to my old coach, Mr. Delgado, thanking him for not giving up on me in 10th grade.',
      },
      {
        kind: 'reply',
        text: 'Reached out to my college roommate Kevin after three years. Long overdue, and he was thrilled.',
      },
      {
        kind: 'reply',
        text: "Thanked my daughter Maya. She's the reason I get up and go to work every day.",
      },
    ],
  },
  {
    key: 'priya',
    name: 'Priya Raghunathan',
    email: 'priya.r@example.in',
    timezone: 'Asia/Kolkata',
    sendHour: 21,
    client: 'iphone',
    subscribeWith: 'json',
    confirmBy: 'reply',
    welcomeReply: 'Yes please, count me in! 🙏',
    days: [
      {
        kind: 'reply',
        text: 'Thanked my dad for teaching me to ride a scooter and for never once losing his patience.',
      },
      { kind: 'reply', text: 'Thanked my neighbour Mrs. Iyer for feeding my cat while I was away 🐱' },
      {
        kind: 'reply',
        text: 'Called Rohan to thank him for listening to me vent after a terrible day. He always picks up.',
      },
      {
        kind: 'reply',
        text: 'Thanked my colleague Ananya for covering my shift when my dad was in hospital 🙏',
      },
      { kind: 'stop' },
      { kind: 'none' },
      { kind: 'none' },
    ],
  },
  {
    key: 'lucia',
    name: 'Lucía Fernández',
    email: 'lucia.fernandez@example.es',
    timezone: 'Europe/Madrid',
    sendHour: 9,
    language: 'es',
    client: 'gmail',
    subscribeWith: 'form',
    confirmBy: 'reply',
    welcomeReply: '¡Sí, me apunto!',
    days: [
      {
        kind: 'reply',
        text: 'Llamé a mi abuela Carmen para darle las gracias por enseñarme a hacer croquetas. Se rio y me dijo que sigo poniendo demasiada bechamel.',
      },
      {
        kind: 'reply',
        text: 'Le di las gracias a mi vecino Andrés por regarme las plantas todo el verano sin que se lo pidiera.',
      },
      {
        kind: 'reply',
        text: 'Le di las gracias a mi amiga Marta por escucharme una tarde entera hablando de la entrevista.',
      },
      {
        kind: 'reply',
        text: 'Escribí a mi compañero Javier para agradecerle que revisara mi presentación antes de la reunión.',
      },
      {
        kind: 'reply',
        text: 'Mandé un correo a mi antigua profesora, Elena Ruiz, para decirle que gracias a sus clases me dediqué a la química.',
      },
      {
        kind: 'reply',
        text: 'Le escribí a Nuria, una amiga del colegio con la que no hablaba desde hacía años. ¡Quedamos el mes que viene!',
      },
      {
        kind: 'reply',
        text: 'Le dije a mi padre que por él me encanta la ciencia: me dejaba desmontar todas las radios de casa.',
      },
    ],
  },
];

/** Minutes after a prompt arrives that its reply is written, by day: people answer at odd times. */
export const REPLY_DELAY_MINUTES = [38, 95, 12, 240, 61, 17, 133] as const;

/**
 * The organizer of the demo's group: the four people above do their week together, as a workshop
 * would, starting two days after the demo runs.
 */
export const ORGANIZER = {
  email: 'coach@example.org',
  group: 'Career workshop, room 4',
  timezone: 'Europe/Berlin',
} as const;
