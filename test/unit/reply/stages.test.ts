/**
 * The parser's two stages, as the inbound functions run them: what the sender wrote, read where
 * the raw mail is and handed on as JSON, then understood where the subscribers are, gives what
 * `parseReply` gives in one go; and the sentence shapes of our emails the first stage carries are
 * those of today's catalogue.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { LANGUAGES } from '../../../functions/core/language';
import { emailMessages } from '../../../functions/core/messages';
import { parseReply, readWritten, understandWritten } from '../../../functions/core/reply';
import { isOurParagraph } from '../../../functions/core/reply/our-words';
import { buildOurWordsModule, OUTPUT_FILE } from '../../../scripts/build-our-words';

const FIXTURES = path.resolve(__dirname, '../../fixtures/replies');
const CORPUS = path.resolve(__dirname, '../../fixtures/reply-corpus/dev');

function messages(): { name: string; raw: Buffer }[] {
  return [FIXTURES, CORPUS].flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.eml'))
      .map((f) => ({ name: f, raw: readFileSync(path.join(dir, f)) })),
  );
}

describe('the reply parser in two stages', () => {
  it('reads every real message handed on as JSON exactly as parseReply reads it', async () => {
    const all = messages();
    expect(all.length).toBeGreaterThan(100);
    for (const { name, raw } of all) {
      const handedOn = JSON.parse(JSON.stringify(await readWritten(raw)));
      expect({ name, reply: understandWritten(handedOn) }).toEqual({ name, reply: await parseReply(raw) });
    }
  });

  it('hands on an auto-reply as one, with nothing to understand in it', async () => {
    const written = await readWritten(readFileSync(path.join(FIXTURES, 'gmail-vacation.eml')));
    expect(written.autoReply).toBe(true);
    expect(understandWritten(written)).toMatchObject({ autoReply: true, thanked: [], command: null });
  });

  it('reads a command in the first stage, where the raw mail is, and keeps it whatever the second makes of the words', async () => {
    const raw = [
      'From: Ana <ana@example.com>',
      'To: reply+tok@in.example.com',
      'Subject: Re: Day 3',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Could you stop sending these until after Easter? Thanked my aunt Rosa first.',
    ].join('\r\n');
    const written = await readWritten(raw);
    expect(written.command).toBe('pause');
    const handedOn = JSON.parse(JSON.stringify(written));
    expect(understandWritten(handedOn)).toMatchObject({
      command: 'pause',
      thanked: [{ name: 'Rosa', relationship: 'aunt' }],
    });
    expect(understandWritten({ ...handedOn, text: 42 })).toMatchObject({ command: 'pause', thanked: [] });
  });

  it('reads whom from the subject when the words name nobody, and keeps the words as they are', async () => {
    const mail = (subject: string, text: string) =>
      [
        'From: Ffion <ffion@example.com>',
        'To: reply+tok@in.example.com',
        `Subject: ${subject}`,
        'Content-Type: text/plain; charset=utf-8',
        '',
        text,
      ].join('\r\n');
    const named = await parseReply(
      mail('Re: Day 3: Someone who listened - thanked Maria!', 'She cried. Best one yet.'),
    );
    expect(named).toMatchObject({ text: 'She cried. Best one yet.', thanked: [{ name: 'Maria' }] });
    // The words' own person comes first; our subject alone names nobody.
    const both = await parseReply(mail('Re: Day 3 - thanked Maria', 'Thanked my brother Idris today.'));
    expect(both.thanked.map((p) => p.name)).toEqual(['Idris']);
    const ours = await parseReply(mail('Re: Day 3: Someone who listened', 'She cried. Best one yet.'));
    expect(ours.thanked).toEqual([]);
  });

  it('turns a first stage it cannot understand into an empty, unsure reading, never a throw', () => {
    const broken = { text: 42 } as unknown as Parameters<typeof understandWritten>[0];
    const reply = understandWritten(broken);
    expect(reply).toMatchObject({ text: '', thanked: [], command: null, confidence: 'low' });
    expect(reply.notes[0]).toMatch(/^parser error/);
  });
});

describe('the sentences of our emails', () => {
  it('are up to date with the catalogue (run npm run build:our-words after editing an email)', () => {
    if (readFileSync(OUTPUT_FILE, 'utf8') !== buildOurWordsModule()) {
      throw new Error(
        'our-sentences.generated.ts is stale: run npm run build:our-words and commit the result',
      );
    }
  });

  it('know a quoted paragraph of a prompt in every language', () => {
    for (const language of LANGUAGES) {
      const { week } = emailMessages(language);
      const sentence = Object.values(week[0] ?? {}).find(
        (value): value is string =>
          typeof value === 'string' && !value.includes('{{') && /[.!?]$/.test(value),
      );
      if (sentence === undefined) throw new Error(`no plain sentence on day 1 in ${language}`);
      expect(isOurParagraph(sentence)).toBe(true);
    }
    expect(isOurParagraph('I called my sister last night.')).toBe(false);
  });
});
