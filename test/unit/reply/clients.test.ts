/**
 * End to end through MIME: each mail client's way of quoting, signing and encoding a reply, in
 * four languages, with our current prompt wording (not the corpus's).
 */
import { parseReply } from '../../../functions/core/reply';
import { CLIENT_CASES } from './client-cases';
import { buildReply, PROMPT_NAMES } from './support/mail';

const squash = (s: string) => s.replace(/\s+/g, ' ').toLowerCase();

describe('replies from each mail client', () => {
  it.each(Object.entries(CLIENT_CASES))('%s', async (_title, c) => {
    const parsed = await parseReply(await buildReply(c.spec));
    const text = squash(parsed.text);
    for (const phrase of c.keep) expect(text).toContain(squash(phrase));
    for (const phrase of c.drop) expect(text).not.toContain(squash(phrase));
    expect(parsed.thanked.map((p) => p.name).sort()).toEqual([...c.names].sort());
    for (const name of PROMPT_NAMES) expect(parsed.thanked.map((p) => p.name)).not.toContain(name);
    expect(parsed.command).toBeNull();
    expect(parsed.autoReply).toBe(false);
  });

  it('reads the envelope: sender, recipients, token, day, ids and date', async () => {
    const parsed = await parseReply(await buildReply({ client: 'gmail', body: 'Thanked my dad.' }));
    expect(parsed.from).toEqual({ name: 'Robin Vale', address: 'robin@example.com' });
    expect(parsed.to).toEqual(['reply+r.abc123.3.k2j4@in.gratitude.example']);
    expect(parsed.replyToken).toBe('r.abc123.3.k2j4');
    expect(parsed.day).toBe(3);
    expect(parsed.inReplyTo).toBe('<day3.abc123@gratitude.example>');
    expect(parsed.references).toEqual(['<day3.abc123@gratitude.example>']);
    expect(parsed.messageId).toMatch(/^<.+@.+>$/);
    expect(parsed.date).toBe('Wed, 25 Nov 2026 13:30:11 +0000');
    expect(parsed.dateIso).toBe('2026-11-25T13:30:11.000Z');
    expect(parsed.confidence).toBe('high');
  });

  it('keeps an interleaved answer written between quoted paragraphs', async () => {
    const raw = Buffer.from(
      [
        'From: Hugo <hugo@example.com>',
        'To: reply+r.a.4.b@in.gratitude.example',
        'Subject: Re: Day 4: Lost touch',
        'Content-Type: text/plain; charset=utf-8',
        '',
        'On Thu, Nov 12, 2026 at 8:00 AM Gratitude Week <prompts@gratitude.example>',
        'wrote:',
        '',
        '> Hi Hugo,',
        '> Reach out to a friend you lost touch with.',
        '',
        'Easy. Dagny and I were inseparable at university.',
        '',
        '> Try something like: "Thank you for the road trip, Callum."',
        '',
        'Sent her a message this morning thanking her for the letters.',
        '',
        '> Reply STOP to unsubscribe or PAUSE to take a break.',
      ].join('\r\n'),
    );
    const parsed = await parseReply(raw);
    expect(parsed.text).toContain('Dagny and I were inseparable');
    expect(parsed.text).toContain('thanking her for the letters');
    expect(parsed.text).not.toContain('road trip');
    expect(parsed.thanked).toEqual([{ name: 'Dagny', relationship: null, channel: 'message' }]);
  });
});
