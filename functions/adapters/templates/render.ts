/**
 * Renders every outbound email from the templates compiled at build time: only values are filled
 * in here, so a render costs microseconds and mjml never reaches a Lambda bundle.
 *
 * The placeholder rules are deliberately small: `{{name}}` takes either a string, which is always
 * HTML-escaped in the HTML part (and used as is in the text part), or a Fragment whose HTML was
 * built with the escaping `html` tag. Subjects never contain participant data, and only a
 * prompt's subject starts with "Day".
 */
import { DAYS_IN_WEEK, dayContent } from '../../core/week';
import { compiledTemplates, type TemplateName } from './compiled.generated';
import {
  capitalise,
  describePerson,
  EMPTY,
  escapeHtml,
  excerpt,
  type Fragment,
  fragment,
  greeting,
  html,
  isSafeHtml,
  listHtml,
  listText,
  oneLine,
  type SafeHtml,
  STYLE,
  safeUrl,
} from './format';

export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
}

/** Links and the footer line every email needs. */
interface Footer {
  unsubscribeUrl: string;
  postalAddress: string;
}

export interface WelcomeInput extends Footer {
  firstName: string | null;
  confirmUrl: string;
}

export interface PromptInput extends Footer {
  firstName: string | null;
  /** 1..7 */
  day: number;
  logUrl: string;
}

export interface ThankedPerson {
  name: string;
  relationship: string | null;
}

export interface ReceiptInput extends Footer {
  firstName: string | null;
  day: number;
  /** The people understood from this reply; empty when no one was recognised. */
  thanked: readonly ThankedPerson[];
  /** The participant's own words from this reply (shown as a short excerpt). */
  note: string;
  /** Sentences the person should know (a reply cut to fit, the day's last receipt), in order. */
  notices?: readonly string[];
  logUrl: string;
  /** A correction: `thanked` is the whole day as it now stands. */
  corrected?: boolean;
  /** The reply was hard to read: add one line on how to put it right. */
  unsure?: boolean;
}

/** A short notice about something that needs the person (a reply held from another address). */
export interface NoticeInput extends Footer {
  firstName: string | null;
  subject: string;
  heading: string;
  paragraphs: readonly string[];
  /** Leads the link to the log: "<lead>: your gratitude log." */
  linkLead: string;
  logUrl: string;
}

export interface RecapDay {
  day: number;
  theme: string;
  thanked: readonly (ThankedPerson & { note: string })[];
}

export interface RecapInput extends Footer {
  firstName: string | null;
  days: readonly RecapDay[];
  logUrl: string;
}

export type CommandKind = 'stopped' | 'paused' | 'resumed' | 'restarted';

export type CommandConfirmationInput =
  | {
      kind: 'stopped';
      firstName: string | null;
      postalAddress: string;
      /** When given, the goodbye says where the log stays available. */
      logUrl?: string | null;
      unsubscribeUrl?: string;
    }
  | {
      kind: 'paused' | 'resumed' | 'restarted';
      firstName: string | null;
      postalAddress: string;
      unsubscribeUrl: string;
      logUrl?: string | null;
      /** For `resumed`: the day whose prompt comes next, if known. */
      nextDay?: number | null;
    };

// ---------------------------------------------------------------------------------------------
// The placeholder mechanism

type Templates = typeof compiledTemplates;
type Placeholder<N extends TemplateName> = Templates[N]['placeholders'][number];
type Value = string | Fragment;
/** Exactly the placeholders of template N, checked by the compiler against the compiled module. */
type Values<N extends TemplateName> = Record<Placeholder<N>, Value>;

interface Parsed {
  /** Literal text, one more entry than `names`. */
  statics: string[];
  names: string[];
}

function parse(source: string): Parsed {
  // split() with a capture group alternates literal text and placeholder names.
  const parts = source.split(/\{\{([A-Za-z][A-Za-z0-9]*)\}\}/);
  return {
    statics: parts.filter((_, i) => i % 2 === 0),
    names: parts.filter((_, i) => i % 2 === 1),
  };
}

// Parsed once per cold start; each render is then a single pass of string concatenation.
const parsed = new Map<TemplateName, { html: Parsed; text: Parsed }>(
  (Object.keys(compiledTemplates) as TemplateName[]).map((name) => [
    name,
    { html: parse(compiledTemplates[name].html), text: parse(compiledTemplates[name].text) },
  ]),
);

function lookup(values: Readonly<Record<string, Value>>, name: string, template: string): Value {
  const value = values[name];
  if (value === undefined) throw new Error(`Template ${template} needs a value for {{${name}}}`);
  return value;
}

function fill<N extends TemplateName>(template: N, values: Values<N>): { html: string; text: string } {
  const source = parsed.get(template);
  if (source === undefined) throw new Error(`Unknown email template: ${template}`);
  const all = values as Readonly<Record<string, Value>>;

  // join() builds one flat string; repeated += would leave a rope for the SDK to flatten later.
  const { statics, names } = source.html;
  const htmlParts: string[] = [statics[0] ?? ''];
  for (let i = 0; i < names.length; i++) {
    const value = lookup(all, names[i] ?? '', template);
    htmlParts.push(typeof value === 'string' ? escapeHtml(value) : safe(value.html), statics[i + 1] ?? '');
  }

  const text = source.text;
  const textParts: string[] = [text.statics[0] ?? ''];
  for (let i = 0; i < text.names.length; i++) {
    const value = lookup(all, text.names[i] ?? '', template);
    textParts.push(typeof value === 'string' ? value : value.text, text.statics[i + 1] ?? '');
  }
  // Empty fragments leave blank lines behind; a text email needs at most one in a row.
  return { html: htmlParts.join(''), text: textParts.join('').replace(/\n{3,}/g, '\n\n') };
}

function safe(value: SafeHtml): string {
  // Guards against a plain object passed off as a fragment by untyped code.
  if (!isSafeHtml(value)) throw new TypeError('Fragment HTML must be built with the html tag');
  return value.value;
}

// ---------------------------------------------------------------------------------------------
// Shared pieces

function postal(address: string): string {
  // A multi-line address reads as one footer line.
  const line = address
    .split(/\r?\n/)
    .map((part) => oneLine(part))
    .filter((part) => part !== '')
    .join(', ');
  if (line === '') throw new Error('A postal address is required in every email footer');
  return line;
}

function logLink(logUrl: string | null | undefined): Fragment {
  if (logUrl === null || logUrl === undefined) return EMPTY;
  const url = safeUrl(logUrl);
  return fragment(
    html` &nbsp;·&nbsp; <a href="${url}" style="${STYLE.a}">Your log and preferences</a>`,
    `Your log and preferences: ${url}`,
  );
}

/** Paragraphs of copy or of fragments (a sentence with a link), in both forms. */
function paragraphs(...items: (string | Fragment)[]): Fragment {
  return fragment(
    html`${items.map((item) => html`<p style="${STYLE.p}">${typeof item === 'string' ? item : item.html}</p>`)}`,
    items.map((item) => (typeof item === 'string' ? item : item.text)).join('\n\n'),
  );
}

function checkedDay(day: number): number {
  return dayContent(day).day;
}

// ---------------------------------------------------------------------------------------------
// Emails

export function renderWelcome(input: WelcomeInput): RenderedEmail {
  const subject = 'Please confirm your Gratitude Week';
  return {
    subject,
    ...fill('welcome', {
      subject,
      preheader: 'One person to thank each day for seven days. Confirm your address to begin.',
      greeting: greeting(input.firstName),
      confirmUrl: safeUrl(input.confirmUrl),
      unsubscribeUrl: safeUrl(input.unsubscribeUrl),
      logLink: EMPTY,
      postalAddress: postal(input.postalAddress),
    }),
  };
}

export function renderPrompt(input: PromptInput): RenderedEmail {
  const content = dayContent(input.day);
  const subject = `Day ${content.day}: ${content.theme}`;
  return {
    subject,
    ...fill('prompt', {
      subject,
      preheader: `Today, thank ${content.who}.`,
      greeting: greeting(input.firstName),
      day: String(content.day),
      theme: content.theme,
      who: content.who,
      encouragement: content.encouragement,
      idea: content.idea,
      unsubscribeUrl: safeUrl(input.unsubscribeUrl),
      logLink: logLink(input.logUrl),
      postalAddress: postal(input.postalAddress),
    }),
  };
}

/** How much of a reply the receipt quotes back: enough to recognise it, not the whole letter. */
const RECEIPT_EXCERPT = 200;
/** The recap shows what was written; very long replies are shortened to keep it a summary. */
const RECAP_EXCERPT = 400;

/** The one line a receipt adds when the reading was a guess. */
const HOW_TO_FIX = 'Not quite right? Reply with the name, e.g. “It was Craig, not Greg.”';

function receiptSummary(day: number, people: string[], corrected: boolean): Fragment {
  if (corrected) {
    return people.length > 0
      ? fragment(
          html`<p style="${STYLE.p}">Day ${day} now reads: ${listHtml(people)}.</p>`,
          `Day ${day} now reads: ${listText(people)}.`,
        )
      : paragraphs(`Day ${day} has no one in it now. Reply with a name to add one.`);
  }
  return people.length > 0
    ? fragment(
        html`<p style="${STYLE.p}">Logged for Day ${day}: ${listHtml(people)}.</p>`,
        `Logged for Day ${day}: ${listText(people)}.`,
      )
    : paragraphs('I couldn’t find a name in your reply — reply again to add one.');
}

export function renderReceipt(input: ReceiptInput): RenderedEmail {
  const day = checkedDay(input.day);
  const people = input.thanked.map((person) => describePerson(person));
  const found = people.length > 0;
  const corrected = input.corrected === true;
  const subject = corrected
    ? `Corrected: day ${day} of Gratitude Week`
    : found
      ? `Logged: day ${day} of Gratitude Week`
      : `Received: your reply for day ${day}`;

  const understood = receiptSummary(day, people, corrected);
  const summary = input.unsure ? join(understood, paragraphs(HOW_TO_FIX)) : understood;
  const notices = input.notices ?? [];
  const summaryWithNotices = notices.length === 0 ? summary : join(summary, paragraphs(...notices));

  const words = excerpt(input.note, RECEIPT_EXCERPT);
  const quote =
    words === ''
      ? EMPTY
      : fragment(
          html`<p style="${STYLE.label}">You wrote</p><blockquote style="${STYLE.blockquote}">${words}</blockquote>`,
          `You wrote:\n> ${words}`,
        );

  return {
    subject,
    ...fill('receipt', {
      subject,
      preheader: found || corrected ? understood.text : 'Reply again with a name and it goes into your log.',
      greeting: greeting(input.firstName),
      heading: corrected
        ? `Day ${day} is corrected`
        : found
          ? `Day ${day} is in your log`
          : `Got your reply for Day ${day}`,
      summary: summaryWithNotices,
      quote,
      logUrl: safeUrl(input.logUrl),
      unsubscribeUrl: safeUrl(input.unsubscribeUrl),
      logLink: logLink(input.logUrl),
      postalAddress: postal(input.postalAddress),
    }),
  };
}

/** People thanked in one reply share its note: show the note once, after all their names. */
function groupByNote(thanked: RecapDay['thanked']): { people: string[]; note: string }[] {
  const groups: { people: string[]; note: string }[] = [];
  for (const entry of thanked) {
    const note = excerpt(entry.note, RECAP_EXCERPT);
    const last = groups.at(-1);
    if (last !== undefined && last.note === note) last.people.push(describePerson(entry));
    else groups.push({ people: [describePerson(entry)], note });
  }
  return groups;
}

function recapDays(days: readonly RecapDay[]): Fragment {
  const htmlParts: SafeHtml[] = [];
  const textParts: string[] = [];
  const sorted = [...days].filter((d) => d.thanked.length > 0).sort((a, b) => a.day - b.day);
  for (const entry of sorted) {
    const day = checkedDay(entry.day);
    const theme = oneLine(entry.theme) || dayContent(day).theme;
    htmlParts.push(html`<h2 style="${STYLE.h2}">Day ${day} · ${theme}</h2>`);
    textParts.push(`Day ${day} · ${theme}`);
    for (const group of groupByNote(entry.thanked)) {
      const people = capitaliseFirst(group.people);
      htmlParts.push(html`<p style="${STYLE.people}">${listHtml(people)}</p>`);
      textParts.push(`  ${listText(people)}`);
      if (group.note !== '') {
        htmlParts.push(html`<blockquote style="${STYLE.blockquote}">${group.note}</blockquote>`);
        textParts.push(`  > ${group.note}`);
      }
    }
    textParts.push('');
  }
  return fragment(html`${htmlParts}`, textParts.join('\n').trimEnd());
}

function capitaliseFirst(people: string[]): string[] {
  return people.map((p, i) => (i === 0 ? capitalise(p) : p));
}

export function renderRecap(input: RecapInput): RenderedEmail {
  const count = input.days.reduce((sum, d) => sum + d.thanked.length, 0);
  const subject = count > 0 ? 'Your Gratitude Week: everyone you thanked' : 'Your Gratitude Week recap';
  const intro =
    count > 0
      ? paragraphs(
          `You logged ${count} ${count === 1 ? 'thank-you' : 'thank-yous'} over the week. ` +
            'Here they are, day by day, in your own words.',
        )
      : paragraphs(
          'Nothing made it into your log this time, and that’s fine: plenty of thanks are said without a record.',
          'Replies to this week’s prompts still count: if you did thank someone, reply to that day’s email ' +
            'and it goes into your log.',
        );
  return {
    subject,
    ...fill('recap', {
      subject,
      preheader:
        count > 0
          ? 'Everyone you thanked this week, in your own words.'
          : `Your ${DAYS_IN_WEEK} days are done. A gentle note on what comes next.`,
      greeting: greeting(input.firstName),
      heading: count > 0 ? 'Everyone you thanked this week' : 'Your Gratitude Week is done',
      intro,
      days: count > 0 ? recapDays(input.days) : EMPTY,
      logUrl: safeUrl(input.logUrl),
      unsubscribeUrl: safeUrl(input.unsubscribeUrl),
      logLink: logLink(input.logUrl),
      postalAddress: postal(input.postalAddress),
    }),
  };
}

/** "<lead> your gratitude log." with a link, or "<lead>: URL" in text; null without a log. */
function logSentence(logUrl: string | null | undefined, lead: string): Fragment | null {
  if (logUrl === null || logUrl === undefined) return null;
  const url = safeUrl(logUrl);
  return fragment(
    html`${lead}: <a href="${url}" style="${STYLE.a}">your gratitude log</a>.`,
    `${lead}: ${url}`,
  );
}

export function renderCommandConfirmation(input: CommandConfirmationInput): RenderedEmail {
  const hello = greeting(input.firstName);
  const postalAddress = postal(input.postalAddress);

  if (input.kind === 'stopped') {
    const subject = 'You are unsubscribed from Gratitude Week';
    const log = logSentence(input.logUrl, 'Your log stays available until you delete it');
    const message = paragraphs(
      'You won’t get any more prompts. Thank you for every thank-you you sent.',
      ...(log === null ? [] : [log]),
    );
    return {
      subject,
      ...fill('goodbye', {
        subject,
        preheader: 'You won’t get any more prompts.',
        greeting: hello,
        heading: 'You’re unsubscribed',
        message,
        postalAddress,
      }),
    };
  }

  const log = logSentence(input.logUrl, 'Your week so far');
  const common = {
    greeting: hello,
    unsubscribeUrl: safeUrl(input.unsubscribeUrl),
    logLink: logLink(input.logUrl),
    postalAddress,
  };
  const extra = log === null ? [] : [log];

  switch (input.kind) {
    case 'paused': {
      const subject = 'Gratitude Week is paused';
      return {
        subject,
        ...fill('command', {
          ...common,
          subject,
          preheader: 'No prompts until you reply RESUME.',
          heading: 'Paused — reply RESUME when you’re ready',
          message: paragraphs(
            'No prompts will arrive while your week is paused. Reply RESUME whenever you like and it ' +
              'picks up where you left off.',
            ...extra,
          ),
        }),
      };
    }
    case 'resumed': {
      const subject = 'Gratitude Week is back on';
      const next =
        input.nextDay !== null && input.nextDay !== undefined
          ? `Day ${checkedDay(input.nextDay)} arrives at your usual hour.`
          : 'The next prompt arrives at your usual hour.';
      return {
        subject,
        ...fill('command', {
          ...common,
          subject,
          preheader: next,
          heading: 'Welcome back',
          message: paragraphs(`Your week picks up where it left off. ${next}`, ...extra),
        }),
      };
    }
    case 'restarted': {
      const subject = 'A new Gratitude Week begins';
      return {
        subject,
        ...fill('command', {
          ...common,
          subject,
          preheader: 'Day 1 arrives at your usual hour.',
          heading: 'A fresh week starts',
          message: paragraphs('Day 1 arrives at your usual hour, and the seven days begin again.', ...extra),
        }),
      };
    }
  }
}

/** Two fragments one after the other. */
function join(first: Fragment, second: Fragment): Fragment {
  return fragment(html`${first.html}${second.html}`, `${first.text}\n\n${second.text}`);
}

/** A notice that needs the person's attention; it never starts with "Day". */
export function renderNotice(input: NoticeInput): RenderedEmail {
  const subject = oneLine(input.subject);
  const link = logSentence(input.logUrl, input.linkLead);
  return {
    subject,
    ...fill('command', {
      subject,
      preheader: input.paragraphs[0] ?? '',
      greeting: greeting(input.firstName),
      heading: input.heading,
      message: paragraphs(...input.paragraphs, ...(link === null ? [] : [link])),
      unsubscribeUrl: safeUrl(input.unsubscribeUrl),
      logLink: logLink(input.logUrl),
      postalAddress: postal(input.postalAddress),
    }),
  };
}
