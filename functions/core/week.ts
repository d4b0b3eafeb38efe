/**
 * The seven days of Gratitude Week as plain data: whom to thank each day, a nudge, and an example of
 * what to say. The order follows the challenge's argument, from the people closest to home out to
 * the people behind why you do what you do. The words themselves live in the message catalogue,
 * one module per language (core/messages). Pure: the templates and the log page read it.
 */
import type { Language } from './language';
import { messages } from './messages';

export const DAYS_IN_WEEK = 7;

/**
 * The emails of a week as numbered steps: days 1..7 are the prompts, then the recap, then one
 * reconnect email thirty days later; after it nothing more is due. Send claims, reply addresses and
 * logged replies use the same numbers.
 */
export const RECAP_DAY = DAYS_IN_WEEK + 1;
export const RECONNECT_DAY = RECAP_DAY + 1;
export const NOTHING_DUE = RECONNECT_DAY + 1;

/** How long after the recap the reconnect email comes, in local calendar days. */
export const RECONNECT_AFTER_DAYS = 30;

export type DayNumber = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export interface DayContent {
  readonly day: DayNumber;
  /** Short theme; the prompt's subject is `Day N: <theme>`. */
  readonly theme: string;
  /** Whom to thank today, a phrase that completes "Today, thank …". */
  readonly who: string;
  /** One or two sentences of encouragement. */
  readonly encouragement: string;
  /** A concrete idea of what to say, with an example sentence. */
  readonly idea: string;
}

/**
 * The week in English; `dayContent(day, language)` gives any language's. The calls are marked pure
 * so that a bundle reading only the constants above (dispatch, mail events) leaves the message
 * catalogue out.
 */
export const WEEK: readonly DayContent[] = /* @__PURE__ */ weekIn('en');

function weekIn(language: Language): readonly DayContent[] {
  return Object.freeze(
    messages(language).week.map((copy, i) => Object.freeze({ day: (i + 1) as DayNumber, ...copy })),
  );
}

const WEEKS: Readonly<Record<Language, readonly DayContent[]>> = {
  en: WEEK,
  es: /* @__PURE__ */ weekIn('es'),
  de: /* @__PURE__ */ weekIn('de'),
  fr: /* @__PURE__ */ weekIn('fr'),
};

export function isDayNumber(day: unknown): day is DayNumber {
  return typeof day === 'number' && Number.isInteger(day) && day >= 1 && day <= DAYS_IN_WEEK;
}

/** The content of one day; throws a RangeError for anything but an integer 1..7. */
export function dayContent(day: number, language: Language = 'en'): DayContent {
  const content = isDayNumber(day) ? WEEKS[language][day - 1] : undefined;
  if (content === undefined) throw new RangeError(`No such day in the week: ${day}`);
  return content;
}
