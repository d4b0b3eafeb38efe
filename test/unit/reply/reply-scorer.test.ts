/** The project's reply scorer applies the corpus's matching rules and its bar. */
import { type ReplyLabel, scoreReplies } from '../../support/reply-scorer';

const label = (over: Partial<ReplyLabel> = {}): ReplyLabel => ({
  thanked: [{ name: 'Zoë', accept: ['Zoë', 'my sister Zoë', 'sister Zoë'], relationship: 'sister' }],
  command: null,
  autoReply: false,
  mustContain: ['for the lift’s sake'],
  mustNotContain: ['Reply STOP to unsubscribe'],
  ...over,
});

describe('scoring reply-parser answers', () => {
  it('matches names by accept form, ignoring case, NFC and one leading "my "', () => {
    const score = scoreReplies({ 'a.eml': label() }, [
      { file: 'dir/a.eml', text: "for the lift's sake", thanked: [{ name: 'My SISTER Zoe\u0308' }] },
    ]);
    expect(score.summary).toMatchObject({ precision: 1, recall: 1, f1: 1 });
    expect(score.failures).toEqual([]);
    expect(score.meetsBar).toBe(true);
  });

  it('keeps diacritics significant and matches each entry once', () => {
    const score = scoreReplies({ 'a.eml': label() }, [
      { file: 'a.eml', text: 'for the lift’s sake', thanked: ['Zoe', 'Zoë', 'zoë'] },
    ]);
    expect(score.summary).toMatchObject({ precision: 0.333, recall: 1, f1: 0.5 });
    expect(score.failures).toEqual(['a.eml: names got [Zoe, Zoë, zoë] want [Zoë]']);
  });

  it('compares phrases after dropping quote markers, odd spaces and line breaks', () => {
    const score = scoreReplies({ 'a.eml': label() }, [
      {
        file: 'a.eml',
        text: '> for the\n> lift’s\u00a0sake\n> Reply STOP to\n>   unsubscribe',
        thanked: [{ name: 'Zoë' }],
      },
    ]);
    expect(score.summary).toMatchObject({ keptText: 1, leakedQuote: 1 });
    expect(score.failures).toEqual(['a.eml: kept "Reply STOP to unsubscribe"']);
    expect(score.meetsBar).toBe(false);
  });

  it('counts a missing answer as lost names and phrases and fails the bar', () => {
    const score = scoreReplies({ 'a.eml': label(), 'b.eml': label({ command: 'stop' }) }, [
      { file: 'a.eml', text: 'for the lift’s sake', thanked: [{ name: 'Zoë' }] },
    ]);
    expect(score.summary).toMatchObject({ missingFiles: 1, recall: 0.5, keptText: 0.5 });
    expect(score.failures).toEqual(['b.eml: no output']);
    expect(score.barLine).toMatch(/^below the bar: names F1 0\.667/);
  });

  it('requires every command and auto-reply to be right', () => {
    const score = scoreReplies({ 'a.eml': label({ command: 'pause', thanked: [], mustContain: [] }) }, [
      { file: 'a.eml', text: 'pause please', thanked: [], command: null, autoReply: true },
    ]);
    expect(score.summary).toMatchObject({ commandAcc: 0, autoReplyAcc: 0, f1: 1 });
    expect(score.failures).toEqual(['a.eml: command null != pause', 'a.eml: autoReply true != false']);
    expect(score.meetsBar).toBe(false);
  });
});
