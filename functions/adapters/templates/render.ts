/**
 * Renders every outbound email from the templates compiled at build time: only values are filled
 * in here, so a render costs microseconds and mjml never reaches a Lambda bundle.
 *
 * The placeholder rules are deliberately small: `{{name}}` takes either a string, which is always
 * HTML-escaped in the HTML part (and used as is in the text part), or a Fragment whose HTML was
 * built with the escaping `html` tag. Subjects never contain participant data, and only a
 * prompt's subject starts with "Day" ("Día", "Tag", "Jour"). Every email is written in the
 * person's language: the templates were compiled once per language, and the sentences computed
 * here come from the same catalogue (functions/core/messages).
 */
import type { Channel } from '../../core/channels';
import { DEFAULT_LANGUAGE, type Language } from '../../core/language';
import { type EmailCatalogue, emailMessages } from '../../core/messages';
import { dayContent, RECONNECT_DAY } from '../../core/week';
import { type SaidPerson, saidList, tallyEmail, weekTally } from './channels';
import { compiledTemplates, type TemplateName } from './compiled.generated';
import { fillCopy } from './copy';
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

/** Links and the footer line every email needs, and the language it is written in (English if not given). */
interface Footer {
  unsubscribeUrl: string;
  postalAddress: string;
  language?: Language;
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
  /** How the thanks was given, when the reply said it. */
  channel?: Channel | null;
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
  /** For a member of a group: one line on what the group did together. */
  groupLine?: string | null;
}

/** Someone thanked during the week, as the reconnect email names them. */
export interface RememberedPerson extends ThankedPerson {
  /** The day of the week they were thanked (1..7): what to offer follows the day's theme. */
  day: number;
  /** The participant's words about them. */
  note: string;
}

export interface ReconnectInput extends Footer {
  firstName: string | null;
  /** One or two people from the week, the first of whom the offer is about. */
  people: readonly RememberedPerson[];
  logUrl: string;
  /** The one-click page that turns reconnect emails off. */
  reconnectOffUrl: string;
}

/** An email to a group's organizer: paragraphs, and links each with a lead. */
export interface GroupEmailInput {
  language?: Language;
  postalAddress: string;
  subject: string;
  heading: string;
  paragraphs: readonly string[];
  links: readonly { lead: string; url: string }[];
}

export interface ConfirmedInput extends Footer {
  firstName: string | null;
  /** When the first prompt arrives, already said in the person's language and zone; null if unknown. */
  firstPrompt: string | null;
  /** A reply can confirm a week that is paused meanwhile: then it says how to resume. */
  paused: boolean;
  logUrl: string;
}

export type CommandKind = 'stopped' | 'paused' | 'resumed' | 'restarted';

export type CommandConfirmationInput =
  | {
      kind: 'stopped';
      firstName: string | null;
      postalAddress: string;
      language?: Language;
      /** When given, the goodbye says where the log stays available. */
      logUrl?: string | null;
      unsubscribeUrl?: string;
    }
  | {
      kind: 'paused' | 'resumed' | 'restarted';
      firstName: string | null;
      postalAddress: string;
      language?: Language;
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

// Each template's words are filled in and parsed once per cold start, per language on first use;
// each render is then a single pass of string concatenation.
const parsed = new Map<string, { html: Parsed; text: Parsed }>();

function source(template: TemplateName, language: Language): { html: Parsed; text: Parsed } {
  const key = `${template}|${language}`;
  let found = parsed.get(key);
  if (!found) {
    const compiled = compiledTemplates[template];
    found = {
      html: parse(fillCopy(compiled.html, language, true, template)),
      text: parse(fillCopy(compiled.text, language, false, template)),
    };
    parsed.set(key, found);
  }
  return found;
}

function lookup(values: Readonly<Record<string, Value>>, name: string, template: string): Value {
  const value = values[name];
  if (value === undefined) throw new Error(`Template ${template} needs a value for {{${name}}}`);
  return value;
}

function fill<N extends TemplateName>(
  template: N,
  language: Language,
  values: Values<N>,
): { html: string; text: string } {
  if (!Object.hasOwn(compiledTemplates, template)) throw new Error(`Unknown email template: ${template}`);
  const filled = source(template, language);
  const all = values as Readonly<Record<string, Value>>;

  // join() builds one flat string; repeated += would leave a rope for the SDK to flatten later.
  const { statics, names } = filled.html;
  const htmlParts: string[] = [statics[0] ?? ''];
  for (let i = 0; i < names.length; i++) {
    const value = lookup(all, names[i] ?? '', template);
    htmlParts.push(typeof value === 'string' ? escapeHtml(value) : safe(value.html), statics[i + 1] ?? '');
  }

  const text = filled.text;
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

function logLink(logUrl: string | null | undefined, copy: EmailCatalogue): Fragment {
  if (logUrl === null || logUrl === undefined) return EMPTY;
  const url = safeUrl(logUrl);
  return fragment(
    html` &nbsp;·&nbsp; <a href="${url}" style="${STYLE.a}">${copy.email.logLink}</a>`,
    `${copy.email.logLink}${copy.email.static.colon} ${url}`,
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

/** The language of an input and its catalogue. */
function languageOf(input: { language?: Language | undefined }): {
  language: Language;
  copy: EmailCatalogue;
} {
  const language = input.language ?? DEFAULT_LANGUAGE;
  return { language, copy: emailMessages(language) };
}

// ---------------------------------------------------------------------------------------------
// Emails

export function renderWelcome(input: WelcomeInput): RenderedEmail {
  const { language, copy } = languageOf(input);
  const subject = copy.email.welcome.subject;
  return {
    subject,
    ...fill('welcome', language, {
      subject,
      preheader: copy.email.welcome.preheader,
      greeting: greeting(input.firstName, language),
      confirmUrl: safeUrl(input.confirmUrl),
      unsubscribeUrl: safeUrl(input.unsubscribeUrl),
      logLink: EMPTY,
      postalAddress: postal(input.postalAddress),
    }),
  };
}

export function renderPrompt(input: PromptInput): RenderedEmail {
  const { language, copy } = languageOf(input);
  const content = dayContent(input.day, language);
  const subject = copy.email.prompt.subject(content.day, content.theme);
  return {
    subject,
    ...fill('prompt', language, {
      subject,
      preheader: copy.email.prompt.preheader(content.who),
      greeting: greeting(input.firstName, language),
      day: String(content.day),
      theme: content.theme,
      who: content.who,
      encouragement: content.encouragement,
      idea: content.idea,
      unsubscribeUrl: safeUrl(input.unsubscribeUrl),
      logLink: logLink(input.logUrl, copy),
      postalAddress: postal(input.postalAddress),
    }),
  };
}

/** How much of a reply the receipt quotes back: enough to recognise it, not the whole letter. */
const RECEIPT_EXCERPT = 200;
/** The recap shows what was written; very long replies are shortened to keep it a summary. */
const RECAP_EXCERPT = 400;

function receiptSummary(
  day: number,
  people: SaidPerson[],
  corrected: boolean,
  language: Language,
  words: EmailCatalogue['email']['receipt'],
): Fragment {
  const list = saidList(people, language);
  if (corrected) {
    return people.length > 0
      ? fragment(
          html`<p style="${STYLE.p}">${words.nowReads(day)} ${list.html}.</p>`,
          `${words.nowReads(day)} ${list.text}.`,
        )
      : paragraphs(words.emptyNow(day));
  }
  return people.length > 0
    ? fragment(
        html`<p style="${STYLE.p}">${words.loggedFor(day)} ${list.html}.</p>`,
        `${words.loggedFor(day)} ${list.text}.`,
      )
    : paragraphs(words.noName);
}

export function renderReceipt(input: ReceiptInput): RenderedEmail {
  if (input.day === RECONNECT_DAY) return renderAfterReceipt(input);
  const { language, copy } = languageOf(input);
  const words = copy.email.receipt;
  const day = checkedDay(input.day);
  const people = input.thanked.map((person) => ({
    who: describePerson({ ...person, note: input.note }, language),
    channel: person.channel ?? null,
  }));
  const found = people.length > 0;
  const corrected = input.corrected === true;
  const subject = corrected
    ? words.correctedSubject(day)
    : found
      ? words.subjectLogged(day)
      : words.subjectReceived(day);

  const understood = receiptSummary(day, people, corrected, language, words);
  // The reading was a guess: one line on how to put it right.
  const summary = input.unsure ? join(understood, paragraphs(words.howToFix)) : understood;
  const notices = input.notices ?? [];
  const summaryWithNotices = notices.length === 0 ? summary : join(summary, paragraphs(...notices));

  return {
    subject,
    ...fill('receipt', language, {
      subject,
      preheader: found || corrected ? understood.text : words.preheaderNoName,
      greeting: greeting(input.firstName, language),
      heading: corrected
        ? words.correctedHeading(day)
        : found
          ? words.headingLogged(day)
          : words.headingReceived(day),
      summary: summaryWithNotices,
      quote: quoted(input.note, copy),
      logUrl: safeUrl(input.logUrl),
      unsubscribeUrl: safeUrl(input.unsubscribeUrl),
      logLink: logLink(input.logUrl, copy),
      postalAddress: postal(input.postalAddress),
    }),
  };
}

/** The words of a reply quoted back, under "You wrote". */
function quoted(note: string, copy: EmailCatalogue): Fragment {
  const said = excerpt(note, RECEIPT_EXCERPT);
  return said === ''
    ? EMPTY
    : fragment(
        html`<p style="${STYLE.label}">${copy.email.receipt.youWrote}</p><blockquote style="${STYLE.blockquote}">${said}</blockquote>`,
        `${copy.email.receipt.youWrote}${copy.email.static.colon}\n> ${said}`,
      );
}

/** The receipt of an answer to the reconnect email: logged under "After the week". */
function renderAfterReceipt(input: ReceiptInput): RenderedEmail {
  const { language, copy } = languageOf(input);
  const words = copy.email.receipt;
  const people = input.thanked.map((person) => ({
    who: describePerson({ ...person, note: input.note }, language),
    channel: person.channel ?? null,
  }));
  const list = saidList(people, language);
  const summary =
    people.length > 0
      ? fragment(
          html`<p style="${STYLE.p}">${words.afterLogged} ${list.html}.</p>`,
          `${words.afterLogged} ${list.text}.`,
        )
      : paragraphs(words.afterNoName);
  const notices = input.notices ?? [];
  return {
    subject: words.afterSubject,
    ...fill('receipt', language, {
      subject: words.afterSubject,
      preheader: summary.text,
      greeting: greeting(input.firstName, language),
      heading: words.afterHeading,
      summary: notices.length === 0 ? summary : join(summary, paragraphs(...notices)),
      quote: quoted(input.note, copy),
      logUrl: safeUrl(input.logUrl),
      unsubscribeUrl: safeUrl(input.unsubscribeUrl),
      logLink: logLink(input.logUrl, copy),
      postalAddress: postal(input.postalAddress),
    }),
  };
}

/**
 * A month after the recap: the people they thanked with their own words about them, one idea of
 * what to offer in return (from the day the first was thanked), an invitation to check in and
 * reply, and a link that turns these emails off. Its subject never starts with "Day".
 */
export function renderReconnect(input: ReconnectInput): RenderedEmail {
  const { language, copy } = languageOf(input);
  const words = copy.email.reconnect;
  const first = input.people[0];
  if (first === undefined) throw new Error('A reconnect email names at least one person');
  const htmlParts: SafeHtml[] = [html`<p style="${STYLE.p}">${words.intro}</p>`];
  const textParts: string[] = [words.intro];
  for (const person of input.people) {
    const who = saidList(
      [{ who: capitalise(describePerson(person, language)), channel: person.channel }],
      language,
    );
    const note = excerpt(person.note, RECEIPT_EXCERPT);
    htmlParts.push(html`<p style="${STYLE.people}">${who.html}</p>`);
    textParts.push(`  ${who.text}`);
    if (note !== '') {
      htmlParts.push(html`<blockquote style="${STYLE.blockquote}">${note}</blockquote>`);
      textParts.push(`  > ${note}`);
    }
  }
  const offer = words.offers[checkedDay(first.day) - 1] ?? words.offers[0];
  const offUrl = safeUrl(input.reconnectOffUrl);
  return {
    subject: words.subject,
    ...fill('reconnect', language, {
      subject: words.subject,
      preheader: words.preheader,
      greeting: greeting(input.firstName, language),
      heading: words.heading,
      people: fragment(html`${htmlParts}`, textParts.join('\n')),
      offer: fragment(
        html`<p style="${STYLE.label}">${words.offerLead}</p><p style="${STYLE.p}">${offer ?? ''}</p>`,
        `${words.offerLead}${copy.email.static.colon} ${offer ?? ''}`,
      ),
      invite: paragraphs(words.invite),
      turnOff: fragment(
        html`<p style="${STYLE.p}">${words.turnOffLead} <a href="${offUrl}" style="${STYLE.a}">${words.turnOff}</a>.</p>`,
        `${words.turnOffLead} ${words.turnOff}${copy.email.static.colon} ${offUrl}`,
      ),
      unsubscribeUrl: safeUrl(input.unsubscribeUrl),
      logLink: logLink(input.logUrl, copy),
      postalAddress: postal(input.postalAddress),
    }),
  };
}

/** People thanked in one reply share its note: show the note once, after all their names. */
function groupByNote(
  thanked: RecapDay['thanked'],
  language: Language,
): { people: SaidPerson[]; note: string }[] {
  const groups: { people: SaidPerson[]; note: string }[] = [];
  for (const entry of thanked) {
    const note = excerpt(entry.note, RECAP_EXCERPT);
    const person = { who: describePerson(entry, language), channel: entry.channel ?? null };
    const last = groups.at(-1);
    if (last !== undefined && last.note === note) last.people.push(person);
    else groups.push({ people: [person], note });
  }
  return groups;
}

function recapDays(days: readonly RecapDay[], language: Language, copy: EmailCatalogue): Fragment {
  const htmlParts: SafeHtml[] = [];
  const textParts: string[] = [];
  const sorted = [...days].filter((d) => d.thanked.length > 0).sort((a, b) => a.day - b.day);
  for (const entry of sorted) {
    const day = checkedDay(entry.day);
    const theme = oneLine(entry.theme) || dayContent(day, language).theme;
    const heading = copy.email.recap.dayHeading(day, theme);
    htmlParts.push(html`<h2 style="${STYLE.h2}">${heading}</h2>`);
    textParts.push(heading);
    for (const group of groupByNote(entry.thanked, language)) {
      const people = saidList(capitaliseFirst(group.people), language);
      htmlParts.push(html`<p style="${STYLE.people}">${people.html}</p>`);
      textParts.push(`  ${people.text}`);
      if (group.note !== '') {
        htmlParts.push(html`<blockquote style="${STYLE.blockquote}">${group.note}</blockquote>`);
        textParts.push(`  > ${group.note}`);
      }
    }
    textParts.push('');
  }
  return fragment(html`${htmlParts}`, textParts.join('\n').trimEnd());
}

function capitaliseFirst(people: SaidPerson[]): SaidPerson[] {
  return people.map((p, i) => (i === 0 ? { ...p, who: capitalise(p.who) } : p));
}

/** The days, after the week's ways of thanking when any reply said how. */
function recapBody(days: readonly RecapDay[], language: Language, copy: EmailCatalogue): Fragment {
  const byDay = recapDays(days, language, copy);
  const tally = weekTally(
    days.flatMap((d) => d.thanked.map((person) => person.channel)),
    language,
  );
  return tally === null ? byDay : join(tallyEmail(tally, language), byDay);
}

export function renderRecap(input: RecapInput): RenderedEmail {
  const { language, copy } = languageOf(input);
  const words = copy.email.recap;
  const count = input.days.reduce((sum, d) => sum + d.thanked.length, 0);
  const subject = count > 0 ? words.subject : words.subjectEmpty;
  return {
    subject,
    ...fill('recap', language, {
      subject,
      preheader: count > 0 ? words.preheader : words.preheaderEmpty,
      greeting: greeting(input.firstName, language),
      heading: count > 0 ? words.heading : words.headingEmpty,
      intro: count > 0 ? paragraphs(words.intro(count)) : paragraphs(...words.emptyIntro),
      days: withGroupLine(count > 0 ? recapBody(input.days, language, copy) : EMPTY, input.groupLine),
      logUrl: safeUrl(input.logUrl),
      unsubscribeUrl: safeUrl(input.unsubscribeUrl),
      logLink: logLink(input.logUrl, copy),
      postalAddress: postal(input.postalAddress),
    }),
  };
}

function withGroupLine(days: Fragment, line: string | null | undefined): Fragment {
  if (!line) return days;
  return days === EMPTY ? paragraphs(line) : join(days, paragraphs(line));
}

/** "<lead>: your gratitude log." with a link, or "<lead>: URL" in text; null without a log. */
function logSentence(logUrl: string | null | undefined, lead: string, copy: EmailCatalogue): Fragment | null {
  if (logUrl === null || logUrl === undefined) return null;
  const url = safeUrl(logUrl);
  return fragment(
    html`${lead}${copy.email.static.colon} <a href="${url}" style="${STYLE.a}">${copy.email.gratitudeLog}</a>.`,
    `${lead}${copy.email.static.colon} ${url}`,
  );
}

/** The answer to a reply that confirmed the welcome: the same words as the confirm page. */
export function renderConfirmed(input: ConfirmedInput): RenderedEmail {
  const { language, copy } = languageOf(input);
  const subject = copy.email.confirmed.subject;
  const first =
    input.firstPrompt === null ? copy.confirmed.noDate : copy.confirmed.firstPrompt(input.firstPrompt);
  const message = input.paused
    ? paragraphs(copy.confirmed.paused)
    : paragraphs(first, copy.confirmed.howItWorks);
  return {
    subject,
    ...fill('confirmed', language, {
      subject,
      preheader: input.paused ? copy.confirmed.paused : first,
      greeting: greeting(input.firstName, language),
      message,
      unsubscribeUrl: safeUrl(input.unsubscribeUrl),
      logLink: logLink(input.logUrl, copy),
      postalAddress: postal(input.postalAddress),
    }),
  };
}

export function renderCommandConfirmation(input: CommandConfirmationInput): RenderedEmail {
  const { language, copy } = languageOf(input);
  const words = copy.email.command;
  const hello = greeting(input.firstName, language);
  const postalAddress = postal(input.postalAddress);

  if (input.kind === 'stopped') {
    const subject = words.stoppedSubject;
    const log = logSentence(input.logUrl, words.logStays, copy);
    const message = paragraphs(words.stoppedBody, ...(log === null ? [] : [log]));
    return {
      subject,
      ...fill('goodbye', language, {
        subject,
        preheader: words.stoppedPreheader,
        greeting: hello,
        heading: words.stoppedHeading,
        message,
        postalAddress,
      }),
    };
  }

  const log = logSentence(input.logUrl, words.weekSoFar, copy);
  const common = {
    greeting: hello,
    unsubscribeUrl: safeUrl(input.unsubscribeUrl),
    logLink: logLink(input.logUrl, copy),
    postalAddress,
  };
  const extra = log === null ? [] : [log];

  switch (input.kind) {
    case 'paused': {
      const subject = words.pausedSubject;
      return {
        subject,
        ...fill('command', language, {
          ...common,
          subject,
          preheader: words.pausedPreheader,
          heading: words.pausedHeading,
          message: paragraphs(words.pausedBody, ...extra),
        }),
      };
    }
    case 'resumed': {
      const subject = words.resumedSubject;
      const next =
        input.nextDay !== null && input.nextDay !== undefined
          ? words.resumedNextDay(checkedDay(input.nextDay))
          : words.resumedNext;
      return {
        subject,
        ...fill('command', language, {
          ...common,
          subject,
          preheader: next,
          heading: words.resumedHeading,
          message: paragraphs(words.resumedBody(next), ...extra),
        }),
      };
    }
    case 'restarted': {
      const subject = words.restartedSubject;
      return {
        subject,
        ...fill('command', language, {
          ...common,
          subject,
          preheader: words.restartedPreheader,
          heading: words.restartedHeading,
          message: paragraphs(words.restartedBody, ...extra),
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
  const { language, copy } = languageOf(input);
  const subject = oneLine(input.subject);
  const link = logSentence(input.logUrl, input.linkLead, copy);
  return {
    subject,
    ...fill('command', language, {
      subject,
      preheader: input.paragraphs[0] ?? '',
      greeting: greeting(input.firstName, language),
      heading: input.heading,
      message: paragraphs(...input.paragraphs, ...(link === null ? [] : [link])),
      unsubscribeUrl: safeUrl(input.unsubscribeUrl),
      logLink: logLink(input.logUrl, copy),
      postalAddress: postal(input.postalAddress),
    }),
  };
}

/** To a group's organizer (confirm, join link and dashboard, the summary): never a member's data. */
export function renderGroupEmail(input: GroupEmailInput): RenderedEmail {
  const { language, copy } = languageOf(input);
  const links = input.links.map(({ lead, url }) => {
    const safe = safeUrl(url);
    return fragment(
      html`<p style="${STYLE.p}">${lead}${copy.email.static.colon} <a href="${safe}" style="${STYLE.a}">${safe}</a></p>`,
      `${lead}${copy.email.static.colon} ${safe}`,
    );
  });
  const body = links.reduce((all, link) => join(all, link), paragraphs(...input.paragraphs));
  return {
    subject: input.subject,
    ...fill('group', language, {
      subject: input.subject,
      preheader: input.paragraphs[0] ?? input.heading,
      greeting: copy.email.greetingAnon,
      heading: input.heading,
      body,
      footer: copy.groups.footer,
      postalAddress: postal(input.postalAddress),
    }),
  };
}
