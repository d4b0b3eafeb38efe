/**
 * The reply corpus's rendered files are exactly what its specs render to, and the renderer writes
 * what the labels promise: the reply token, the thread headers, the participant's words in the
 * decoded text, and the quoted prompt's phrases where a correct extraction must not keep them.
 */
import PostalMime from 'postal-mime';
import { PARTS, renderPart, staleFiles } from '../../../scripts/corpus/corpus';
import { renderCase } from '../../../scripts/corpus/render';
import type { CaseSpec } from '../../fixtures/reply-corpus/spec';
import { phraseKey } from '../../support/reply-scorer';

const base: CaseSpec = {
  id: 'probe-001',
  client: 'gmail',
  locale: 'en',
  layout: 'top',
  day: 3,
  from: { name: 'Ines Calloway', address: 'ines@mail.example' },
  body: 'Called my aunt Dorota and thanked her for the piano lessons.',
  labels: {
    thanked: [{ name: 'Dorota', accept: ['aunt Dorota'], relationship: 'aunt', channel: 'call' }],
    command: null,
    autoReply: false,
    mustContain: ['thanked her for the piano lessons'],
    mustNotContain: [],
    thankedSomeone: true,
    tags: [],
  },
};

async function decodeMessage(eml: Buffer) {
  const email = await PostalMime.parse(new Uint8Array(eml));
  return {
    ...email,
    to: email.to ?? [],
    inReplyTo: email.inReplyTo ?? null,
  };
}

describe('the rendered reply corpus', () => {
  it.each(PARTS)('%s part is up to date with its specs (else run npm run corpus:build)', (part) => {
    expect(staleFiles(renderPart(part))).toEqual([]);
  });
});

describe('rendering a corpus case', () => {
  it('addresses the reply to the day’s reply token and threads it under the prompt', async () => {
    const { eml, label } = renderCase(base);
    const message = await decodeMessage(eml);
    expect(message.to[0]?.address).toMatch(
      /^reply\+r\.[a-z2-7]{16}\.3\.1\.[a-z2-7]{24}@in\.gratitude\.example$/,
    );
    expect(message.inReplyTo).toMatch(/^<day3\.[a-z2-7]{16}@gratitude\.example>$/);
    expect(label.day).toBe(3);
    expect(eml.toString('latin1')).not.toMatch(/[^\r]\n/);
  });

  it('labels the quoted example, the footer and the device line as phrases to drop', async () => {
    const { eml, label } = renderCase({ ...base, client: 'iphone', locale: 'de' });
    const text = phraseKey((await decodeMessage(eml)).text ?? '');
    expect(label.mustNotContain).toEqual(
      expect.arrayContaining(['Reply STOP to unsubscribe', 'Von meinem iPhone gesendet']),
    );
    for (const phrase of [...label.mustNotContain, ...label.mustContain])
      expect(text).toContain(phraseKey(phrase));
  });

  it.each([
    ['iso-8859-1', 'qp'],
    ['utf-8', 'base64'],
  ] as const)('decodes back to the same words in %s with %s', async (charset, encoding) => {
    const body = 'Ich habe Jürgen gedankt – „für alles“ und noch mehr.';
    const spec: CaseSpec = {
      ...base,
      client: 'outlook',
      locale: 'de',
      mime: 'text',
      charset,
      encoding,
      body: charset === 'iso-8859-1' ? 'Ich habe Jürgen gedankt, für alles.' : body,
      labels: { ...base.labels, thanked: [], mustContain: ['Jürgen gedankt'] },
    };
    const message = await decodeMessage(renderCase(spec).eml);
    expect(message.text).toContain(charset === 'iso-8859-1' ? 'Jürgen gedankt, für alles.' : body);
  });

  it('writes windows-1252 typography as its single bytes', () => {
    const spec: CaseSpec = {
      ...base,
      client: 'outlook',
      mime: 'text',
      charset: 'windows-1252',
      encoding: '8bit',
      body: 'Ich habe Jürgen gedankt – „für alles“.',
      labels: { ...base.labels, thanked: [], mustContain: ['Jürgen gedankt'] },
    };
    const eml = renderCase(spec).eml;
    expect(eml.includes(Buffer.from([0x4a, 0xfc, 0x72, 0x67, 0x65, 0x6e, 0x20]))).toBe(true);
    expect(eml.includes(Buffer.from([0x96, 0x20, 0x84, 0x66, 0xfc, 0x72]))).toBe(true);
    expect(eml.toString('latin1')).toContain('Content-Type: text/plain; charset="windows-1252"');
  });

  it('keeps decomposed Unicode in the message when the case asks for it', async () => {
    const spec: CaseSpec = {
      ...base,
      nfd: true,
      body: 'Thanked Zoë for the lift.',
      labels: { ...base.labels, thanked: [], mustContain: ['Thanked Zoë'] },
    };
    const message = await decodeMessage(renderCase(spec).eml);
    expect(message.text).toContain('Zoe\u0308');
  });

  it('refuses a case whose kept phrase is not in its words', () => {
    expect(() =>
      renderCase({ ...base, labels: { ...base.labels, mustContain: ['the violin lessons'] } }),
    ).toThrow(/mustContain "the violin lessons" is not in the body/);
  });
});
