/**
 * Subscription commands issued by reply (stop/unsubscribe, pause, resume, restart), only when the
 * participant actually asks: "please unsubscribe me", "Could we put this on hold?", a bare "STOP".
 * Not when negated ("please don't stop these"), only mentioned ("I almost replied STOP"), about
 * someone else, or used in another sense ("couldn't stop smiling", "stop by his garage"). Reads
 * the participant's own words only; the quoted footer never reaches this stage.
 */
import {
  ASKING_WORDS,
  BARE_COMMANDS,
  COMMAND_CANCELLERS,
  COMMAND_FILLERS,
  COMMAND_TRIGGERS,
  CONTACT_DETERMINERS,
  CONTACT_NOUNS,
  type CommandTrigger,
  FIGURATIVE_AFTER_FOR,
  GERMAN_SEPARABLE_COMMANDS,
  HABIT_ADVERBS,
  INTENT_WORDS,
  OBJECT_PERSONS,
  QUOTE_INTRODUCERS,
  REMOVAL_VERBS,
  REQUEST_WORDS,
  type ReplyCommand,
  SERVICE_NOUNS,
  SERVICE_OBJECTS,
  STOP_OTHER_SENSE_NEXT,
  TELLING_STEMS,
  UNTIL_WORDS,
} from './lexicon/commands';
import { fold } from './normalize';
import { sentences, type Token } from './tokens';

export type { ReplyCommand };

const TRIGGERS_BY_FIRST = (() => {
  const map = new Map<string, CommandTrigger[]>();
  for (const trigger of COMMAND_TRIGGERS) {
    const first = trigger.words[0] as string;
    map.set(first, [...(map.get(first) ?? []), trigger]);
  }
  return map;
})();

const PRIORITY: readonly ReplyCommand[] = ['stop', 'pause', 'restart', 'resume'];
const IMPERATIVE_FIRST_WORDS = new Set([
  'unsubscribe',
  'unsub',
  'stop',
  'remove',
  'take',
  'opt',
  'cancel',
  'end',
  'pause',
  'hold',
  'snooze',
  'resume',
  'unpause',
  'un-pause',
  'restart',
  'start',
  'keep',
  'continue',
  'begin',
  'abmelden',
  'stopp',
  'pausieren',
  'désabonnez-moi',
  'désinscrivez-moi',
  'arrêtez',
  'dame',
  'reanudar',
  'reiniciar',
  'pausar',
  'pausa',
  'taking',
]);
const THIRD_PERSON = new Set([
  'he',
  'she',
  'they',
  'him',
  'her',
  'them',
  'his',
  'mom',
  'dad',
  'er',
  'sie',
  'il',
  'elle',
  'él',
  'ella',
]);
const NOUN_BEFORE = new Set([
  'a',
  'the',
  'bus',
  'next',
  'last',
  'full',
  'one',
  'each',
  'every',
  'first',
  'final',
  'pit',
  'rest',
  'our',
  'my',
  'his',
  'her',
  'short',
  'quick',
  'awkward',
  'long',
]);

/** The whole reply (or subject) is a bare command: "STOP", "Unsubscribe please.", "pause!" */
function bareCommand(text: string): ReplyCommand | null {
  const words = fold(text)
    .replace(/[^\p{L}\p{N}'’\s-]+/gu, ' ')
    .split(/\s+/)
    .filter((w) => w && !COMMAND_FILLERS.has(w));
  if (words.length === 0 || words.length > 2) return null;
  const joined = words.join(' ');
  if (
    joined === 'unsubscribe me' ||
    joined === 'remove me' ||
    joined === 'stop emails' ||
    joined === 'stop sending'
  )
    return 'stop';
  if (words.length === 1) return BARE_COMMANDS.get(words[0] as string) ?? null;
  return null;
}

/** "pausarlo", "pausarla", "cancelarla": a Spanish infinitive with its object written on, without it. */
function withoutEnclitic(word: string): string {
  return word.replace(/r(?:lo|la|los|las|me|nos)$/, 'r');
}

function sameWord(token: string | undefined, word: string): boolean {
  return token !== undefined && (token === word || withoutEnclitic(token) === word);
}

function matches(tokens: readonly Token[], i: number, trigger: CommandTrigger): boolean {
  for (let k = 0; k < trigger.words.length; k++)
    if (!sameWord(tokens[i + k]?.lower, trigger.words[k] as string)) return false;
  return true;
}

/**
 * German separable verbs with words between: "bitte meldet mich jetzt ab", "tragt mich bitte aus
 * der Liste aus": the verb, "mich", up to four words, then its particle.
 */
function germanSeparable(tokens: readonly Token[], i: number): ReplyCommand | null {
  const verb = GERMAN_SEPARABLE_COMMANDS.find((c) => c.stems.some((stem) => tokens[i]?.lower === stem));
  if (!verb || tokens[i + 1]?.lower !== 'mich') return null;
  for (let k = i + 2; k <= i + 6 && k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (!t.word || COMMAND_CANCELLERS.has(t.lower)) return null;
    // The particle closes the clause ("… ab.", "… ab –"), unlike "ab und zu".
    if (t.lower === verb.particle && !tokens[k + 1]?.word) return verb.command;
  }
  return null;
}

/**
 * "delete this email address from your mailing list", "take my details off the list": a removal
 * verb, the writer's address in up to three words, then "from" or "off" and our list, or nothing
 * more ("Please remove my email address."). Read as a
 * trigger spanning the verb and the address, so the usual checks (negation, someone else's advice)
 * still apply.
 */
function removalAt(tokens: readonly Token[], i: number): CommandTrigger | null {
  if (!REMOVAL_VERBS.has(lowerOf(tokens, i)) || !CONTACT_DETERMINERS.has(lowerOf(tokens, i + 1))) return null;
  for (let end = i + 2; end <= i + 4; end++) {
    if (!tokens[end]?.word) return null;
    if (!CONTACT_NOUNS.has(lowerOf(tokens, end))) continue;
    const trigger: CommandTrigger = {
      words: tokens.slice(i, end + 1).map((t) => t.lower),
      command: 'stop',
      strong: true,
    };
    // "Please remove my email address." and "Take my name off, thanks." say it all.
    const rest = tokens.slice(lowerOf(tokens, end + 1) === 'off' ? end + 2 : end + 1).filter((t) => t.word);
    if (rest.every((t) => COMMAND_FILLERS.has(t.lower))) return trigger;
    if (!['from', 'off'].includes(lowerOf(tokens, end + 1))) continue;
    const list = tokens.slice(end + 2, end + 5);
    return list.some((t) => t.word && SERVICE_NOUNS.has(t.lower)) ? trigger : null;
  }
  return null;
}

const lowerOf = (tokens: readonly Token[], i: number): string => tokens[i]?.lower ?? '';

/**
 * "stop sending these until after Easter", "stop the emails for now": a stop with an end, a few
 * words on, asks for a pause.
 */
function withAnEnd(tokens: readonly Token[], end: number): boolean {
  for (let k = end; k < end + 5 && k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (!t.word) return false;
    if (UNTIL_WORDS.has(t.lower) || (t.lower === 'for' && lowerOf(tokens, k + 1) === 'now')) return true;
  }
  return false;
}

/**
 * "You can start the emails again now", "start them again": start, our emails in up to three
 * words, then "again", read as a trigger spanning them.
 */
function startAgainAt(tokens: readonly Token[], i: number): CommandTrigger | null {
  if (lowerOf(tokens, i) !== 'start') return null;
  for (let end = i + 2; end <= i + 4; end++) {
    if (lowerOf(tokens, end) !== 'again') continue;
    const between = tokens.slice(i + 1, end);
    if (!between.every((t) => t.word && (SERVICE_OBJECTS.has(t.lower) || SERVICE_NOUNS.has(t.lower))))
      return null;
    return { words: tokens.slice(i, end + 1).map((t) => t.lower), command: 'resume' };
  }
  return null;
}

function clauseStartOf(tokens: readonly Token[], i: number): number {
  for (let k = i - 1; k >= 0; k--) {
    const t = tokens[k] as Token;
    if (!t.word && /^[,;:()!?.—–]$/.test(t.text)) return k + 1;
    if (t.word && (t.lower === 'but' || t.lower === 'pero' || t.lower === 'mais' || t.lower === 'aber'))
      return k + 1;
    // "…, which is why I'd like to put it on hold": the reason given, then the request.
    if (t.lower === 'why' && ['is', "that's", 'thats', 'was'].includes(tokens[k - 1]?.lower ?? ''))
      return k + 1;
  }
  return 0;
}

function isRequest(tokens: readonly Token[], i: number, trigger: CommandTrigger, wordCount: number): boolean {
  const start = clauseStartOf(tokens, i);
  const window = tokens.slice(start, i).filter((t) => t.word);
  // Cancelled: negation or mere mention in the clause, or the word in quotes ('replied "STOP"').
  if (window.some((t) => COMMAND_CANCELLERS.has(t.lower) || t.lower.endsWith("n't"))) return false;
  const before = tokens[i - 1];
  const after = tokens[i + trigger.words.length];
  if (before && /^["“'‘]$/.test(before.text) && after && /^["”'’]$/.test(after.text) && window.length > 0)
    return false;
  // Or the first of words quoted together: `the three words she made us say: "pause, check, pour"`.
  const end = i + trigger.words.length;
  if (before && /^["“]$/.test(before.text) && after?.text === ',') {
    const close = tokens.findIndex((t, q) => q > end && /^["”]$/.test(t.text));
    if (close > end && close <= end + 6 && tokens.slice(end, close).some((t) => t.word)) return false;
  }
  // About someone else: "she told me to stop worrying".
  if (window.some((t) => THIRD_PERSON.has(t.lower))) return false;
  // Inside a question someone asks: "My husband keeps asking when I'm going to unsubscribe".
  if (window.some((t, q) => ASKING_WORDS.has(t.lower) && ['when', 'if'].includes(window[q + 1]?.lower ?? '')))
    return false;
  // A habit, not a request: "I still pause like that before I send …", "I always stop to read it".
  if (HABIT_ADVERBS.has(before?.lower ?? '') && ['i', 'we'].includes(tokens[i - 2]?.lower ?? ''))
    return false;
  // Someone else's advice: "My partner keeps telling me to just unsubscribe".
  const told = tokens
    .slice(start, i)
    .some(
      (t, q) =>
        t.lower === 'me' &&
        tokens[start + q + 1]?.lower === 'to' &&
        TELLING_STEMS.some((stem) => (tokens[start + q - 1]?.lower ?? '').startsWith(stem)),
    );
  if (told) return false;
  if (trigger.needsObject) {
    if (before?.word && NOUN_BEFORE.has(before.lower)) return false;
    // "Stop me if I've told you this before"; "Nobody could stop me crying", "stop him from
    // worrying": keeping someone from something.
    const then = tokens[i + trigger.words.length + 1]?.lower ?? '';
    if (after?.lower === 'me' && ['if', 'when', 'before'].includes(then)) return false;
    if (OBJECT_PERSONS.has(after?.lower ?? '') && (then === 'from' || /\p{L}{2,}ing$/u.test(then)))
      return false;
    if (after?.word) {
      if (STOP_OTHER_SENSE_NEXT.has(after.lower)) return false;
      // "I need to pause for breath first": a figure of speech, not a pause of the emails.
      const next = tokens[i + trigger.words.length + 1]?.lower ?? '';
      if (after.lower === 'for' && FIGURATIVE_AFTER_FOR.has(next)) return false;
      if (!SERVICE_OBJECTS.has(after.lower)) return false;
    }
  }
  // "a break from work" is not a break from us.
  // "remove my name from your mailing list": the service may come a few words on.
  if (after?.lower === 'from') {
    const from = i + trigger.words.length + 1;
    const what = tokens[from];
    const ours = (t: Token | undefined) =>
      t?.word === true && (SERVICE_OBJECTS.has(t.lower) || SERVICE_NOUNS.has(t.lower));
    const yourList = what?.lower === 'your' && (ours(tokens[from + 1]) || ours(tokens[from + 2]));
    if (what?.word && !ours(what) && !yourList) return false;
  }
  if (trigger.strong) return true;
  if (window.some((t) => REQUEST_WORDS.has(t.lower))) return true;
  // "Wäre es möglich, die Woche neu zu starten?": the request ends the clause before the comma.
  if (tokens[start - 1]?.text === ',' && REQUEST_WORDS.has(tokens[start - 2]?.lower ?? '')) return true;
  if (after?.word && (SERVICE_NOUNS.has(after.lower) || REQUEST_WORDS.has(after.lower))) return true;
  // Intent is enough for a word that only means one thing here ("I'm going to unsubscribe"),
  // not for "stop" ("I'll stop here").
  if (!trigger.needsObject && trigger.command === 'stop' && window.some((t) => INTENT_WORDS.has(t.lower)))
    return true;
  const token = tokens[i] as Token;
  if (token.upper) return true; // "STOP", as the footer tells people to write it
  if (window.length === 0 && IMPERATIVE_FIRST_WORDS.has(trigger.words[0] as string)) return true;
  return wordCount <= 4;
}

/** The command the participant issued in their own words (and, failing that, a bare subject). */
/** Whether the quotation opening at `q` is introduced as someone else's: "… and go "…", "she said "…". */
function quotedBySomeoneElse(tokens: readonly Token[], q: number): boolean {
  const verb = [q - 1, q - 2].find((k) => QUOTE_INTRODUCERS.has(tokens[k]?.lower ?? ''));
  if (verb === undefined) return false;
  const before = tokens.slice(Math.max(0, verb - 8), verb).filter((t) => t.word);
  return (
    !before.some((t) => ['i', "i'd", 'we'].includes(t.lower)) &&
    before.some((t) => THIRD_PERSON.has(t.lower.replace(/['’]d$/, '')))
  );
}

export function detectCommand(text: string, subject = ''): ReplyCommand | null {
  const bare = bareCommand(text.slice(0, 200));
  if (bare && text.trim().length <= 200) return bare;
  const found = new Set<ReplyCommand>();
  // Someone else's words quoted: "he'd tap his stand and go "And... PAUSE. Again from bar twelve."".
  let quoting: 'theirs' | 'ours' | null = null;
  for (const sentence of sentences(text.slice(0, 20_000)).slice(0, 300)) {
    const tokens = sentence.tokens;
    const theirs: boolean[] = [];
    tokens.forEach((t, q) => {
      const opens =
        t.text === '„' || t.text === '«' || (t.text === '“' && !quoting) || (t.text === '"' && !quoting);
      const closes = t.text === '”' || t.text === '»' || (quoting && (t.text === '“' || t.text === '"'));
      if (closes) quoting = null;
      else if (opens) quoting = quotedBySomeoneElse(tokens, q) ? 'theirs' : 'ours';
      theirs.push(quoting === 'theirs');
    });
    const wordCount = tokens.filter((t) => t.word).length;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i];
      if (!token?.word) continue;
      const separable = germanSeparable(tokens, i);
      if (separable && !tokens.slice(0, i).some((t) => COMMAND_CANCELLERS.has(t.lower))) found.add(separable);
      const triggers =
        TRIGGERS_BY_FIRST.get(token.lower) ?? TRIGGERS_BY_FIRST.get(withoutEnclitic(token.lower));
      const spanning = removalAt(tokens, i) ?? startAgainAt(tokens, i);
      if (theirs[i]) continue;
      for (const trigger of spanning ? [spanning] : (triggers ?? [])) {
        if (!matches(tokens, i, trigger) || !isRequest(tokens, i, trigger, wordCount)) continue;
        const bounded = trigger.command === 'stop' && withAnEnd(tokens, i + trigger.words.length);
        found.add(bounded ? 'pause' : trigger.command);
      }
    }
  }
  for (const command of PRIORITY) if (found.has(command)) return command;
  if (text.trim() === '') {
    const bareSubject = subject.replace(/^(?:\s*(?:re|aw|fwd?|wg|tr|sv)\s*:\s*)+/i, '');
    return bareCommand(bareSubject);
  }
  return null;
}
