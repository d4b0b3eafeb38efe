/**
 * Scores reply-parser output against a labels file in the corpus label format, by the corpus's
 * matching rules:
 *   names    a prediction matches an entry when, after NFC, trimming and dropping one leading
 *            "my ", it equals one of the entry's accept forms ignoring case; each entry is matched
 *            at most once; order does not matter; diacritics count. Names F1 over all cases.
 *   phrases  NFC; U+00A0, U+202F and U+FEFF as spaces; ’ as '; leading '>' markers dropped from
 *            each line; whitespace collapsed; case ignored. A mustContain phrase must be in the
 *            extracted text (kept), a mustNotContain phrase must not (leaked).
 *   commands and auto-replies are compared per case.
 * The bar: every file answered, names F1 at least 0.90, every command and auto-reply right, every
 * kept phrase kept, at most 2% of the leak phrases leaked.
 */

export interface LabelledPerson {
  name: string;
  accept: string[];
  relationship: string | null;
  channel?: string | null;
}

export interface ReplyLabel {
  thanked: LabelledPerson[];
  command: string | null;
  autoReply: boolean;
  mustContain: string[];
  mustNotContain: string[];
  thankedSomeone?: boolean;
  day?: number;
  tags?: string[];
  notes?: string;
}

/** One parser answer: the JSON line `gratitude parse-reply --json` prints for a file. */
export interface ParserAnswer {
  file: string;
  text?: string;
  thanked?: ({ name?: string } | string)[];
  command?: string | null;
  autoReply?: boolean;
  thankedSomeone?: boolean;
  day?: number | null;
}

export interface Bar {
  minF1: number;
  maxLeaked: number;
}

/** The public corpus's bar. */
export const PUBLIC_BAR: Bar = { minF1: 0.9, maxLeaked: 0.02 };

export interface CaseScore {
  file: string;
  answered: boolean;
  matched: number;
  extra: string[];
  missed: string[];
  commandRight: boolean;
  autoReplyRight: boolean;
  thankedSomeoneRight: boolean | null;
  dayRight: boolean | null;
  lost: string[];
  leaked: string[];
}

export interface ScoreSummary {
  cases: number;
  missingFiles: number;
  precision: number;
  recall: number;
  f1: number;
  commandAcc: number;
  autoReplyAcc: number;
  keptText: number;
  leakedQuote: number;
  thankedSomeoneAcc: number | null;
}

export interface Score {
  summary: ScoreSummary;
  cases: CaseScore[];
  /** One line per wrong thing, by file. */
  failures: string[];
  meetsBar: boolean;
  /** "meets the bar: …" or "below the bar: …". */
  barLine: string;
}

/** A name as compared: NFC, trimmed, one leading "my " dropped, case folded. */
export function nameKey(name: string): string {
  return name
    .normalize('NFC')
    .trim()
    .replace(/^my\s+/i, '')
    .toLowerCase();
}

/** Text as compared for phrases. */
export function phraseKey(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u00a0\u202f\ufeff]/g, ' ')
    .replace(/\u2019/g, "'")
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/^\s*(?:>\s*)+/, ''))
    .join('\n')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

function predictedNames(answer: ParserAnswer): string[] {
  const list = Array.isArray(answer.thanked) ? answer.thanked : [];
  return list
    .map((p) => (typeof p === 'string' ? p : typeof p?.name === 'string' ? p.name : ''))
    .filter((name) => name.trim() !== '');
}

function scoreCase(file: string, label: ReplyLabel, answer: ParserAnswer | undefined): CaseScore {
  if (!answer) {
    return {
      file,
      answered: false,
      matched: 0,
      extra: [],
      missed: label.thanked.map((p) => p.name),
      commandRight: false,
      autoReplyRight: false,
      thankedSomeoneRight: null,
      dayRight: null,
      lost: [...label.mustContain],
      leaked: [],
    };
  }
  const used = new Set<number>();
  const extra: string[] = [];
  for (const name of predictedNames(answer)) {
    const key = nameKey(name);
    const entry = label.thanked.findIndex(
      (person, i) => !used.has(i) && [person.name, ...person.accept].some((form) => nameKey(form) === key),
    );
    if (entry >= 0) used.add(entry);
    else extra.push(name);
  }
  const text = phraseKey(answer.text ?? '');
  const command = answer.command == null ? null : String(answer.command).toLowerCase();
  return {
    file,
    answered: true,
    matched: used.size,
    extra,
    missed: label.thanked.filter((_, i) => !used.has(i)).map((p) => p.name),
    commandRight: command === label.command,
    autoReplyRight: Boolean(answer.autoReply) === label.autoReply,
    thankedSomeoneRight:
      typeof answer.thankedSomeone === 'boolean' && typeof label.thankedSomeone === 'boolean'
        ? answer.thankedSomeone === label.thankedSomeone
        : null,
    // The reply token names the day; a parser that reads no day from the subject is not wrong.
    dayRight:
      typeof answer.day === 'number' && typeof label.day === 'number' ? answer.day === label.day : null,
    lost: label.mustContain.filter((phrase) => !text.includes(phraseKey(phrase))),
    leaked: label.mustNotContain.filter((phrase) => text.includes(phraseKey(phrase))),
  };
}

function failuresOf(c: CaseScore, label: ReplyLabel, answer: ParserAnswer | undefined): string[] {
  if (!c.answered) return [`${c.file}: no output`];
  const out: string[] = [];
  if (c.extra.length > 0 || c.missed.length > 0) {
    const got = predictedNames(answer as ParserAnswer);
    out.push(
      `${c.file}: names got [${got.join(', ')}] want [${label.thanked.map((p) => p.name).join(', ')}]`,
    );
  }
  if (!c.commandRight) out.push(`${c.file}: command ${answer?.command ?? null} != ${label.command}`);
  if (!c.autoReplyRight) out.push(`${c.file}: autoReply ${Boolean(answer?.autoReply)} != ${label.autoReply}`);
  if (c.thankedSomeoneRight === false)
    out.push(`${c.file}: thankedSomeone ${answer?.thankedSomeone} != ${label.thankedSomeone}`);
  if (c.dayRight === false) out.push(`${c.file}: day ${answer?.day} != ${label.day}`);
  for (const phrase of c.lost) out.push(`${c.file}: lost "${phrase}"`);
  for (const phrase of c.leaked) out.push(`${c.file}: kept "${phrase}"`);
  return out;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** Scores answers (matched to labels by file name, any directory) against labels. */
export function scoreReplies(
  labels: Record<string, ReplyLabel>,
  answers: readonly ParserAnswer[],
  bar: Bar = PUBLIC_BAR,
): Score {
  const byFile = new Map<string, ParserAnswer>();
  for (const answer of answers) byFile.set(baseName(answer.file), answer);
  const cases: CaseScore[] = [];
  const failures: string[] = [];
  for (const [file, label] of Object.entries(labels)) {
    const answer = byFile.get(file);
    const c = scoreCase(file, label, answer);
    cases.push(c);
    failures.push(...failuresOf(c, label, answer));
  }
  const sum = (f: (c: CaseScore) => number) => cases.reduce((n, c) => n + f(c), 0);
  const tp = sum((c) => c.matched);
  const fp = sum((c) => c.extra.length);
  const fn = sum((c) => c.missed.length);
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const n = cases.length;
  const labelsList = Object.values(labels);
  const containAll = labelsList.reduce((k, l) => k + l.mustContain.length, 0);
  const leakAll = labelsList.reduce((k, l) => k + l.mustNotContain.length, 0);
  const judged = cases.filter((c) => c.thankedSomeoneRight !== null);
  const summary: ScoreSummary = {
    cases: n,
    missingFiles: cases.filter((c) => !c.answered).length,
    precision: round(precision),
    recall: round(recall),
    f1: round(f1),
    commandAcc: round(n === 0 ? 1 : sum((c) => Number(c.commandRight)) / n),
    autoReplyAcc: round(n === 0 ? 1 : sum((c) => Number(c.autoReplyRight)) / n),
    keptText: round(containAll === 0 ? 1 : (containAll - sum((c) => c.lost.length)) / containAll),
    leakedQuote: round(leakAll === 0 ? 0 : sum((c) => c.leaked.length) / leakAll),
    thankedSomeoneAcc:
      judged.length === 0 ? null : round(judged.filter((c) => c.thankedSomeoneRight).length / judged.length),
  };
  const meetsBar =
    summary.missingFiles === 0 &&
    f1 >= bar.minF1 &&
    summary.commandAcc === 1 &&
    summary.autoReplyAcc === 1 &&
    summary.keptText === 1 &&
    summary.leakedQuote <= bar.maxLeaked;
  const barLine =
    `${meetsBar ? 'meets' : 'below'} the bar: names F1 ${summary.f1} (P ${summary.precision} ` +
    `R ${summary.recall}), commands ${summary.commandAcc}, auto-replies ${summary.autoReplyAcc}, ` +
    `kept ${summary.keptText}, leaked ${summary.leakedQuote}`;
  return { summary, cases, failures, meetsBar, barLine };
}

function baseName(file: string): string {
  const at = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
  return at < 0 ? file : file.slice(at + 1);
}

/** Parses JSON lines (one parser answer each); lines that are not JSON objects with a `file` are reported. */
export function parseAnswerLines(input: string): { answers: ParserAnswer[]; rejected: number } {
  const answers: ParserAnswer[] = [];
  let rejected = 0;
  for (const line of input.split('\n')) {
    if (line.trim() === '') continue;
    try {
      const value = JSON.parse(line) as unknown;
      if (value && typeof value === 'object' && typeof (value as ParserAnswer).file === 'string')
        answers.push(value as ParserAnswer);
      else rejected++;
    } catch {
      rejected++;
    }
  }
  return { answers, rejected };
}
