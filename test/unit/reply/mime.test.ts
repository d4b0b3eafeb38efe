/** Decoding: charsets, transfer encodings, decomposed Unicode, HTML-only bodies, broken input. */
import { decodeMessage, parseReply } from '../../../functions/core/reply';
import { normalizeText } from '../../../functions/core/reply/normalize';
import { buildReply, legacyCharsetMessage } from './support/mail';

const raw = (headers: string[], body: string | Buffer) =>
  Buffer.concat([
    Buffer.from(`${headers.join('\r\n')}\r\n\r\n`, 'utf8'),
    typeof body === 'string' ? Buffer.from(body, 'utf8') : body,
  ]);

describe('decoding a message', () => {
  it.each([
    ['iso-8859-1', '8bit'],
    ['iso-8859-1', 'quoted-printable'],
    ['windows-1252', '8bit'],
    ['windows-1252', 'quoted-printable'],
  ] as const)('reads %s in %s', async (charset, encoding) => {
    const text = 'Today I wrote to Mr. Castellanos — Renée’s “guidance counselor”. Gracias, José.';
    const message = await decodeMessage(legacyCharsetMessage(text, charset, encoding));
    const expected = charset === 'windows-1252' ? text : text.replace(/[—’“”]/g, '?');
    expect(message.text.trim()).toBe(expected);
  });

  it('turns names sent in decomposed Unicode (NFD) into composed form (NFC)', async () => {
    const message = await decodeMessage(
      raw(['Content-Type: text/plain; charset=utf-8'], 'Thanked Roci\u0301o and Zoe\u0308.'),
    );
    expect(message.text.trim()).toBe('Thanked Rocío and Zoë.');
  });

  it('repairs UTF-8 that was labelled with a charset it is not', async () => {
    const message = await decodeMessage(
      raw(
        ['Content-Type: text/plain; charset=x-unknown-charset', 'Content-Transfer-Encoding: 8bit'],
        Buffer.from('Thanked Zoë and Søren.', 'utf8'),
      ),
    );
    expect(message.text.trim()).toBe('Thanked Zoë and Søren.');
  });

  it('removes byte-order marks and zero-width spaces, and maps no-break spaces to spaces', () => {
    expect(normalizeText('\uFEFFHi\u200B Anna,\u00A0thanks\r\n')).toBe('Hi Anna, thanks\n');
  });

  it('removes bidirectional controls, so a name written behind an override is read and shown as stored', async () => {
    expect(normalizeText('Thanked \u202Eanna\u202C and \u2067Omar\u2069.')).toBe('Thanked anna and Omar.');
    const parsed = await parseReply(
      Buffer.from(
        'From: a@example.com\r\nTo: r@example.com\r\n\r\nCalled my sister \u202EMaya\u202C to thank her.\r\n',
      ),
    );
    expect(parsed.text).toBe('Called my sister Maya to thank her.');
    expect(parsed.thanked.map((p) => p.name)).toEqual(['Maya']);
  });

  it('derives text from an HTML-only message', async () => {
    const parsed = await parseReply(
      await buildReply({ client: 'zoho', body: 'Told Thandiwe her voice notes get me through Mondays.' }),
    );
    expect(parsed.text).toBe('Told Thandiwe her voice notes get me through Mondays.');
    expect(parsed.notes).toContain('text derived from HTML');
  });

  it('decodes encoded-word subjects and sender names', async () => {
    const message = await decodeMessage(
      raw(
        [
          'From: =?utf-8?Q?Ren=C3=A9e_Dubois?= <r@x.example>',
          'Subject: =?iso-8859-1?Q?RE:_Day_7:_Caf=E9?=',
          'Content-Type: text/plain',
        ],
        'hi',
      ),
    );
    expect(message.from).toEqual({ name: 'Renée Dubois', address: 'r@x.example' });
    expect(message.subject).toBe('RE: Day 7: Café');
  });

  it('keeps a forwarded message/rfc822 attachment out of the text', async () => {
    const message = await decodeMessage(
      raw(
        ['Content-Type: multipart/mixed; boundary="b"'],
        '--b\r\nContent-Type: text/plain\r\n\r\nThanked Ravi.\r\n--b\r\nContent-Type: message/rfc822\r\n\r\nSubject: x\r\nContent-Type: text/plain\r\n\r\nSomeone else wrote this.\r\n--b--\r\n',
      ),
    );
    expect(message.text).toContain('Thanked Ravi.');
    expect(message.text).not.toContain('Someone else');
  });

  it('falls back to a best-effort split when the MIME structure is too deep to parse', async () => {
    const deep = `Subject: deep\r\nContent-Type: multipart/mixed; boundary=a\r\n\r\n${'--a\r\nContent-Type: multipart/mixed; boundary=a\r\n\r\n'.repeat(300)}`;
    const parsed = await parseReply(deep);
    expect(parsed.subject).toBe('deep');
    expect(parsed.confidence).toBe('low');
    expect(parsed.thanked).toEqual([]);
  });

  it('gives an empty, low-confidence result for input that is not a message', async () => {
    const parsed = await parseReply(new Uint8Array([0, 1, 2, 255, 254, 10, 10, 0]));
    expect(parsed).toMatchObject({
      text: '',
      thanked: [],
      command: null,
      autoReply: false,
      confidence: 'low',
    });
  });
});
