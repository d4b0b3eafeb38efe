/**
 * The parser faces the internet: whatever arrives, it must return a well-formed result, never
 * throw or reject, and take time proportional to the input. Arbitrary bytes and text, real
 * messages truncated and mutated, and hostile shapes (huge, deeply nested, long runs).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import {
  detectCommand,
  findThanked,
  htmlToText,
  type ParsedReply,
  parseReply,
  splitReply,
} from '../../../functions/core/reply';

const FIXTURES = path.resolve(__dirname, '../../fixtures/replies');
const CORPUS = path.resolve(__dirname, '../../fixtures/reply-corpus/dev');

/** Real messages to mutate: the hand-written fixtures and the corpus's development part. */
function samples(): Buffer[] {
  const out: Buffer[] = [];
  for (const dir of [FIXTURES, CORPUS]) {
    for (const f of readdirSync(dir)
      .filter((x) => x.endsWith('.eml'))
      .slice(0, 12))
      out.push(readFileSync(path.join(dir, f)));
  }
  return out;
}

function wellFormed(parsed: ParsedReply): void {
  expect(typeof parsed.text).toBe('string');
  expect(Array.isArray(parsed.thanked)).toBe(true);
  for (const person of parsed.thanked) {
    expect(typeof person.name).toBe('string');
    expect(person.name.length).toBeGreaterThan(0);
    expect(person.relationship === null || typeof person.relationship === 'string').toBe(true);
  }
  expect([null, 'stop', 'pause', 'resume', 'restart']).toContain(parsed.command);
  expect(typeof parsed.autoReply).toBe('boolean');
  expect(['high', 'low']).toContain(parsed.confidence);
  // The parser catches its own bugs as a note: a fuzz case that trips one is a bug to fix.
  expect(parsed.notes.filter((note) => note.startsWith('parser error'))).toEqual([]);
}

async function timed<T>(work: () => Promise<T> | T): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await work();
  return { value, ms: performance.now() - start };
}

describe('the parser under arbitrary input', () => {
  it('returns a well-formed result for arbitrary bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 3000 }), async (bytes) => {
        wellFormed(await parseReply(bytes));
      }),
      { numRuns: 100 },
    );
  });

  it('returns a well-formed result for arbitrary text, as a whole message or as a body', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 2000 }), async (text) => {
        wellFormed(await parseReply(text));
        wellFormed(
          await parseReply(
            `From: a@b.example\r\nSubject: Re: Day 2\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${text}`,
          ),
        );
      }),
      { numRuns: 100 },
    );
  });

  it('never throws in any text stage', () => {
    const words = fc.constantFrom(
      'thanked',
      'my',
      'sister',
      'Anna',
      'her',
      'him',
      'and',
      ',',
      '.',
      '(',
      ')',
      ':',
      '>',
      'On',
      'wrote:',
      'From:',
      'Sent:',
      'stop',
      'pause',
      'don’t',
      '\n',
      '\n\n',
      '-- ',
      'Mr.',
      'Dr.',
      'Hope',
      'the',
      'crew',
      'le',
      'a',
      'Rocío',
      '"',
      '*',
      '- ',
      'Day 3 of 7',
      'Reply STOP to unsubscribe',
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 500 }),
          fc.array(words, { maxLength: 120 }).map((w) => w.join(' ')),
        ),
        (text) => {
          const split = splitReply(text, { senderName: 'Anna Smith' });
          expect(typeof split.text).toBe('string');
          const people = findThanked(text, { senderName: 'Anna Smith' });
          expect(Array.isArray(people.thanked)).toBe(true);
          expect([null, 'stop', 'pause', 'resume', 'restart']).toContain(detectCommand(text, text));
          expect(typeof htmlToText(text)).toBe('string');
        },
      ),
      { numRuns: 250 },
    );
  });

  it('survives real messages cut short at any byte', async () => {
    const messages = samples();
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: messages.length - 1 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        async (which, where) => {
          const message = messages[which] as Buffer;
          wellFormed(await parseReply(message.subarray(0, Math.floor(message.length * where))));
        },
      ),
      { numRuns: 80 },
    );
  });

  it('survives real messages with bytes flipped, inserted and deleted', async () => {
    const messages = samples();
    const edit = fc.record({
      at: fc.double({ min: 0, max: 1, noNaN: true }),
      op: fc.constantFrom('flip', 'insert', 'delete'),
      bytes: fc.uint8Array({ minLength: 1, maxLength: 40 }),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: messages.length - 1 }),
        fc.array(edit, { minLength: 1, maxLength: 8 }),
        async (which, edits) => {
          let message = Buffer.from(messages[which] as Buffer);
          for (const e of edits) {
            const at = Math.floor(message.length * e.at);
            if (e.op === 'flip') message[at] = (message[at] ?? 0) ^ (e.bytes[0] ?? 1);
            else if (e.op === 'insert')
              message = Buffer.concat([message.subarray(0, at), Buffer.from(e.bytes), message.subarray(at)]);
            else message = Buffer.concat([message.subarray(0, at), message.subarray(at + e.bytes.length)]);
          }
          wellFormed(await parseReply(message));
        },
      ),
      { numRuns: 80 },
    );
  });
});

describe('the parser under hostile shapes', () => {
  it('parses a multi-megabyte message in bounded time', async () => {
    const line =
      'I thanked my sister Anna and my neighbour Carl for everything they did this year, again and again. ';
    const body = `${line.repeat(10_000)}\r\n`; // ~1 MB
    const { value, ms } = await timed(() =>
      parseReply(`From: a@b.example\r\nSubject: Re: Day 2\r\nContent-Type: text/plain\r\n\r\n${body}`),
    );
    wellFormed(value);
    expect(ms).toBeLessThan(4000);
  });

  it('parses deeply nested multiparts and HTML in bounded time', async () => {
    const nested = `Subject: x\r\nContent-Type: multipart/mixed; boundary=a\r\n\r\n${'--a\r\nContent-Type: multipart/mixed; boundary=a\r\n\r\n'.repeat(2000)}`;
    const html = `Subject: y\r\nContent-Type: text/html\r\n\r\n${'<blockquote><div>'.repeat(5000)}Thanked Anna${'</div></blockquote>'.repeat(5000)}`;
    for (const message of [nested, html]) {
      const { value, ms } = await timed(() => parseReply(message));
      wellFormed(value);
      expect(ms).toBeLessThan(3000);
    }
  });

  it('handles long runs that would trip a backtracking regex', async () => {
    const runs = [
      `${'>'.repeat(20_000)} x`,
      `On ${'1 '.repeat(5000)} wrote`,
      `${'-'.repeat(20_000)}`,
      `${'a'.repeat(50_000)}@`,
      `From: ${'x: '.repeat(4000)}`,
      `${'Hi '.repeat(4000)},`,
      `${' '.repeat(20_000)}\n`.repeat(4),
      `${'Mr. '.repeat(4000)}Smith`,
      `${'<'.repeat(20_000)}`,
      `&${'#'.repeat(20_000)};`,
      `${'(my sister '.repeat(2000)}`,
    ];
    for (const run of runs) {
      const { ms } = await timed(async () => {
        splitReply(run);
        findThanked(run);
        detectCommand(run);
        htmlToText(run);
        return parseReply(`Subject: z\r\nContent-Type: text/plain\r\n\r\n${run}`);
      });
      expect(ms).toBeLessThan(1500);
    }
  });
});
