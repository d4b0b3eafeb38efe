/** Every email rendered with sample values: both parts, subject rules, links, footer, escaping. */
import { type SaidPerson, saidList, weekTally } from '../../../functions/adapters/templates/channels';
import { describePerson, excerpt, html, safeUrl } from '../../../functions/adapters/templates/format';
import {
  type RenderedEmail,
  renderCommandConfirmation,
  renderPrompt,
  renderRecap,
  renderReceipt,
  renderWelcome,
} from '../../../functions/adapters/templates/render';
import { templateRenderer } from '../../../functions/adapters/templates/renderer';
import type { Language } from '../../../functions/core/language';
import { dayContent, WEEK } from '../../../functions/core/week';

const FOOTER_SENTENCE = 'Reply STOP to unsubscribe or PAUSE to take a break';
const SCRIPT = '<script>alert(1)</script>';
const links = {
  // An & in a URL shows that attribute values are escaped too.
  unsubscribeUrl: 'https://gratitude.example/unsubscribe?token=u-123&src=email',
  logUrl: 'https://gratitude.example/log?token=l-456',
  postalAddress: '12 Example Lane, Springfield, IL 62701',
};
const confirmUrl = 'https://gratitude.example/confirm?token=c-789';

/** The href form of a URL inside HTML. */
const href = (url: string) => `href="${url.replace(/&/g, '&amp;')}"`;

function samplePrompts(): RenderedEmail[] {
  return WEEK.map((d) => renderPrompt({ ...links, firstName: 'Anna', day: d.day }));
}

function sampleOthers() {
  return {
    welcome: renderWelcome({ ...links, firstName: 'Anna', confirmUrl }),
    receiptNone: renderReceipt({
      ...links,
      firstName: 'Anna',
      day: 3,
      thanked: [],
      note: 'Thought about it.',
    }),
    receiptOne: renderReceipt({
      ...links,
      firstName: 'Anna',
      day: 3,
      thanked: [{ name: 'Anna', relationship: 'sister' }],
      note: 'Called my sister Anna.',
    }),
    receiptSeveral: renderReceipt({
      ...links,
      firstName: null,
      day: 6,
      thanked: [
        { name: 'Anna', relationship: 'sister' },
        { name: 'Mom', relationship: 'mom' },
        { name: 'Ben', relationship: null },
      ],
      note: 'Wrote to all three.',
    }),
    recap: renderRecap({
      ...links,
      firstName: 'Anna',
      days: [
        { day: 1, theme: 'Family', thanked: [{ name: 'Ben', relationship: 'brother', note: 'Called Ben.' }] },
      ],
    }),
    recapEmpty: renderRecap({ ...links, firstName: 'Anna', days: [] }),
    paused: renderCommandConfirmation({ ...links, kind: 'paused', firstName: 'Anna' }),
    resumed: renderCommandConfirmation({ ...links, kind: 'resumed', firstName: 'Anna', nextDay: 4 }),
    restarted: renderCommandConfirmation({ ...links, kind: 'restarted', firstName: 'Anna' }),
    stopped: renderCommandConfirmation({ ...links, kind: 'stopped', firstName: 'Anna' }),
  };
}

function allEmails(): [string, RenderedEmail][] {
  return [
    ...samplePrompts().map((e, i): [string, RenderedEmail] => [`prompt ${i + 1}`, e]),
    ...Object.entries(sampleOthers()),
  ];
}

describe('every email', () => {
  it.each(allEmails())('%s has a subject, an HTML part and a text part', (_, email) => {
    expect(email.subject.trim()).not.toBe('');
    expect(email.html).toMatch(/^<!doctype html>/);
    expect(email.html).toContain('<html lang="en"');
    expect(email.text.trim().length).toBeGreaterThan(100);
    expect(email.text).not.toMatch(/<[a-z]/i);
  });

  it.each(allEmails())('%s has no placeholder left over', (_, email) => {
    for (const part of [email.subject, email.html, email.text]) {
      expect(part).not.toContain('{{');
      expect(part).not.toContain('}}');
    }
  });

  it.each(allEmails())('%s carries the postal address and a preheader', (_, email) => {
    expect(email.html).toContain(links.postalAddress);
    expect(email.text).toContain(links.postalAddress);
    expect(email.html).toMatch(/<div style="display:none;[^"]*">[^<]{10,}<\/div>/);
  });

  it.each(allEmails().filter(([name]) => name !== 'stopped'))(
    '%s has the footer sentence and the unsubscribe link in both parts',
    (_, email) => {
      expect(email.html).toContain(FOOTER_SENTENCE);
      expect(email.text).toContain(FOOTER_SENTENCE);
      expect(email.html).toContain(href(links.unsubscribeUrl));
      expect(email.text).toContain(links.unsubscribeUrl);
    },
  );

  it('greets by first name, or neutrally without one', () => {
    expect(renderPrompt({ ...links, firstName: 'Anna', day: 1 }).text).toMatch(/^Hi Anna,/);
    for (const firstName of [null, '', '   ']) {
      const email = renderPrompt({ ...links, firstName, day: 1 });
      expect(email.text).toMatch(/^Hello,/);
      expect(email.html).toContain('>Hello,<');
    }
  });

  it('writes a multi-line postal address on one line and refuses an empty one', () => {
    const email = renderWelcome({
      ...links,
      firstName: null,
      confirmUrl,
      postalAddress: 'PO Box 1\nSpringfield',
    });
    expect(email.text).toContain('PO Box 1, Springfield');
    expect(() => renderWelcome({ ...links, firstName: null, confirmUrl, postalAddress: ' \n ' })).toThrow(
      /postal address/,
    );
  });
});

describe('subjects', () => {
  it('start with "Day N" on the prompt of day N, followed by the theme', () => {
    samplePrompts().forEach((email, i) => {
      expect(email.subject).toBe(`Day ${i + 1}: ${dayContent(i + 1).theme}`);
    });
  });

  it('never start with "Day" on any other email', () => {
    for (const [name, email] of Object.entries(sampleOthers())) {
      expect([name, email.subject]).not.toEqual([name, expect.stringMatching(/^\s*day/i)]);
    }
  });

  it('contain no participant data (subjects are headers: nothing to inject)', () => {
    const email = renderReceipt({
      ...links,
      firstName: SCRIPT,
      day: 2,
      thanked: [{ name: SCRIPT, relationship: null }],
      note: SCRIPT,
    });
    expect(email.subject).toBe('Logged: day 2 of Gratitude Week');
  });
});

describe('prompts', () => {
  it('differ on all seven days and show the day, theme, idea and the ask', () => {
    const prompts = samplePrompts();
    expect(new Set(prompts.map((p) => p.html)).size).toBe(7);
    expect(new Set(prompts.map((p) => p.text)).size).toBe(7);
    prompts.forEach((email, i) => {
      const day = dayContent(i + 1);
      expect(email.text).toContain(`Day ${day.day} of 7 — ${day.theme}`);
      expect(email.text).toContain(day.encouragement);
      expect(email.text).toContain(day.idea);
      expect(email.text).toContain('Reply to this email and tell me whom you thanked');
      expect(email.html).toContain('Reply to this email and tell me whom you thanked');
    });
  });

  it('link to the log in both parts', () => {
    const email = renderPrompt({ ...links, firstName: 'Anna', day: 2 });
    expect(email.html).toContain(href(links.logUrl));
    expect(email.text).toContain(links.logUrl);
  });

  it('refuse a day outside 1..7', () => {
    expect(() => renderPrompt({ ...links, firstName: null, day: 8 })).toThrow(RangeError);
  });
});

describe('welcome', () => {
  it('offers the confirm link and confirming by reply', () => {
    const { html: body, text } = renderWelcome({ ...links, firstName: null, confirmUrl });
    expect(body).toContain(href(confirmUrl));
    expect(text).toContain(confirmUrl);
    expect(body).toContain('Or simply reply to this email to confirm.');
    expect(text).toContain('Or simply reply to this email to confirm.');
  });
});

describe('receipts', () => {
  it('say what was understood, naming relationship and name together', () => {
    const email = sampleOthers().receiptSeveral;
    expect(email.text).toContain('Logged for Day 6: your sister Anna, your mom and Ben.');
    expect(email.html).toContain(
      'Logged for Day 6: <strong>your sister Anna</strong>, <strong>your mom</strong> and <strong>Ben</strong>.',
    );
  });

  it('ask for a name when none was found, and quote the reply', () => {
    const { text, html: body } = renderReceipt({
      ...links,
      firstName: 'Anna',
      day: 3,
      thanked: [],
      note: 'Went for a walk and thought about it.',
    });
    expect(text).toContain('I couldn’t find a name in your reply — reply again to add one.');
    expect(text).toContain('> Went for a walk and thought about it.');
    expect(body).toContain('<blockquote');
  });

  it('quote only a short excerpt of a long reply', () => {
    const note = 'I thanked my neighbour for the ladder. '.repeat(40);
    const { text } = renderReceipt({ ...links, firstName: null, day: 2, thanked: [], note });
    const quoted = text.split('\n').find((line) => line.startsWith('> ')) ?? '';
    expect(quoted.length).toBeLessThan(210);
    expect(quoted).toMatch(/…$/);
  });

  it('after a correction, show the whole day as it now reads, with a subject that says so', () => {
    const {
      subject,
      text,
      html: body,
    } = renderReceipt({
      ...links,
      firstName: 'Anna',
      day: 2,
      thanked: [
        { name: 'Craig', relationship: null },
        { name: 'Rosa', relationship: 'aunt' },
      ],
      note: 'his name is Craig, not Greg',
      corrected: true,
    });
    expect(subject).toBe('Corrected: day 2 of Gratitude Week');
    expect(text).toContain('Day 2 now reads: Craig and your aunt Rosa.');
    expect(body).toContain('Day 2 is corrected');
  });

  it('say how to fix it in one line when the reading was unsure, and only then', () => {
    const input = {
      ...links,
      firstName: null,
      day: 4,
      thanked: [{ name: 'Greg', relationship: null }],
      note: 'Greg?',
    };
    const line = 'Not quite right? Reply with the name, e.g. “It was Craig, not Greg.”';
    expect(renderReceipt({ ...input, unsure: true }).text).toContain(`Logged for Day 4: Greg.\n\n${line}`);
    expect(renderReceipt({ ...input, unsure: true }).html).toContain(line);
    expect(renderReceipt(input).text).not.toContain('Not quite right?');
  });

  it('invite a correction and link to the log', () => {
    const { text, html: body } =
      sampleOthers().receiptOne ?? renderWelcome({ ...links, firstName: null, confirmUrl });
    expect(text).toContain('Reply to correct or add to it.');
    expect(body).toContain(href(links.logUrl));
    expect(text).toContain(links.logUrl);
  });
});

describe("corrections and unsure readings in the person's language", () => {
  it('says a corrected day and how to fix a guess in Spanish, German and French', () => {
    const base = { ...links, firstName: 'Ana', day: 2, note: 'Era Carlos, no Gregorio.' };
    const es = renderReceipt({
      ...base,
      language: 'es',
      corrected: true,
      thanked: [{ name: 'Carlos', relationship: null }],
    });
    expect(es.subject).toBe('Corregido: el día 2 de tu Semana de la Gratitud');
    expect(es.text).toContain('El día 2 queda así: Carlos.');
    expect(es.text).not.toMatch(/Day 2|now reads/);
    const emptied = renderReceipt({ ...base, language: 'fr', corrected: true, thanked: [] });
    expect(emptied.text).toContain('Le jour 2 ne compte plus personne.');
    const unsure = renderReceipt({
      ...base,
      language: 'de',
      unsure: true,
      thanked: [{ name: 'Jörg', relationship: null }],
    });
    expect(unsure.text).toContain('Nicht ganz richtig? Antworte mit dem Namen');
    expect(unsure.text).not.toContain('Not quite right');
  });
});

describe('recap', () => {
  const days = [
    {
      day: 2,
      theme: 'A friend or neighbour',
      thanked: [{ name: 'Sam', relationship: 'neighbour', note: 'Parcels.' }],
    },
    {
      day: 1,
      theme: 'Family',
      thanked: [
        { name: 'Anna', relationship: 'sister', note: 'One call to both.' },
        { name: 'Dad', relationship: 'dad', note: 'One call to both.' },
      ],
    },
    { day: 3, theme: 'Someone who listened', thanked: [] },
  ];

  it('lists everyone by day, in order, with what was written', () => {
    const { text, html: body } = renderRecap({ ...links, firstName: 'Anna', days });
    expect(text.indexOf('Day 1 · Family')).toBeLessThan(text.indexOf('Day 2 · A friend or neighbour'));
    expect(text).not.toContain('Day 3 ·');
    expect(text).toContain('Your sister Anna and your dad\n  > One call to both.');
    expect(text.split('One call to both.')).toHaveLength(2);
    expect(text).toContain('Your neighbour Sam');
    expect(body).toContain('<blockquote style="');
    expect(body).toContain(href(links.logUrl));
    expect(text).toContain(links.logUrl);
  });

  it('sums up how the thanks were given, with a bar for each way, when replies said it', () => {
    expect(renderRecap({ ...links, firstName: 'Anna', days }).text).not.toContain('How you said it');
    const said = [
      {
        day: 1,
        theme: 'Family',
        thanked: [
          { name: 'Anna', relationship: 'sister', channel: 'call' as const, note: 'Rang Anna.' },
          { name: 'Leo', relationship: 'brother', channel: 'call' as const, note: 'Rang Leo.' },
        ],
      },
      {
        day: 2,
        theme: 'A friend or neighbour',
        thanked: [
          { name: 'Sam', relationship: 'neighbour', channel: 'letter' as const, note: 'A card for Sam.' },
        ],
      },
    ];
    const { text, html: body } = renderRecap({ ...links, firstName: 'Anna', days: said });
    expect(text).toContain(
      'How you said it\nThis week: 2 calls and a letter or card.\n  Calls: 2\n  Letters and cards: 1',
    );
    expect(text).toContain('Your sister Anna, by phone');
    expect(body).toContain('<th scope="row" align="left"');
    expect(body).toMatch(/width="50%" height="12" bgcolor="#1d4d3d"/);
    const spanish = renderRecap({ ...links, firstName: 'Ana', days: said, language: 'es' });
    expect(spanish.text).toContain('Esta semana: 2 llamadas y una carta o tarjeta.');
  });

  it('sends a kind nudge when nothing was logged', () => {
    for (const emptyDays of [[], [{ day: 1, theme: 'Family', thanked: [] }]]) {
      const email = renderRecap({ ...links, firstName: null, days: emptyDays });
      expect(email.text).toContain('Nothing made it into your log this time');
      expect(email.text).not.toContain('Day 1 ·');
      expect(email.html).toContain(href(links.logUrl));
    }
  });
});

describe('command confirmations', () => {
  it('say what changed', () => {
    const emails = sampleOthers();
    expect(emails.paused.text).toContain('Reply RESUME');
    expect(emails.resumed.text).toContain('Day 4 arrives at your usual hour.');
    expect(emails.restarted.text).toContain('Day 1 arrives at your usual hour');
    expect(emails.stopped.subject).toBe('You are unsubscribed from Gratitude Week');
  });

  it('say goodbye without an unsubscribe link or the STOP line after an unsubscribe', () => {
    const email = renderCommandConfirmation({
      kind: 'stopped',
      firstName: null,
      postalAddress: links.postalAddress,
    });
    expect(email.html).not.toContain(FOOTER_SENTENCE);
    expect(email.html).not.toContain('/unsubscribe');
    expect(email.text).toContain('the last email');
    expect(email.text).not.toContain(links.logUrl);
  });

  it('mention the kept log on the goodbye when a log link is given', () => {
    const email = renderCommandConfirmation({ kind: 'stopped', firstName: null, ...links });
    expect(email.html).toContain(href(links.logUrl));
    expect(email.text).toContain(links.logUrl);
  });
});

describe('escaping', () => {
  const hostile = () =>
    renderReceipt({
      ...links,
      firstName: SCRIPT,
      day: 4,
      thanked: [
        { name: SCRIPT, relationship: null },
        { name: 'Tom & Jerry', relationship: '"mentors"' },
      ],
      note: `${SCRIPT} & <b>bold</b>`,
    });

  it('never lets markup from names or notes into the HTML', () => {
    const { html: body } = hostile();
    expect(body).not.toContain('<script');
    expect(body).not.toContain('<b>bold');
    expect(body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(body).toContain('Tom &amp; Jerry');
    expect(body).toContain('your &quot;mentors&quot; Tom &amp; Jerry');
  });

  it('keeps the text part as written', () => {
    const { text } = hostile();
    expect(text).toContain(`Hi ${SCRIPT},`);
    expect(text).toContain('your "mentors" Tom & Jerry');
  });

  it('escapes the recap too', () => {
    const { html: body } = renderRecap({
      ...links,
      firstName: SCRIPT,
      days: [
        { day: 5, theme: `<i>theme</i>`, thanked: [{ name: SCRIPT, relationship: '<u>', note: SCRIPT }] },
      ],
    });
    expect(body).not.toContain('<script');
    expect(body).not.toContain('<i>theme');
    expect(body).not.toContain('<u>');
  });

  it('refuses links that are not http(s)', () => {
    expect(() => safeUrl('javascript:alert(1)')).toThrow(TypeError);
    expect(() => safeUrl('https://x.example/a"onmouseover="x')).toThrow(TypeError);
    expect(() => renderWelcome({ ...links, firstName: null, confirmUrl: 'javascript:alert(1)' })).toThrow(
      TypeError,
    );
    expect(safeUrl(links.unsubscribeUrl)).toBe(links.unsubscribeUrl);
  });

  it('escapes interpolations in the html tag but keeps nested safe fragments', () => {
    const inner = html`<em>${'a<b'}</em>`;
    expect(html`<p>${inner}${'&'}${['<', inner]}</p>`.value).toBe(
      '<p><em>a&lt;b</em>&amp;&lt;<em>a&lt;b</em></p>',
    );
  });

  it('rejects a plain object passed off as safe HTML', () => {
    const forged = { value: SCRIPT } as never;
    expect(() => html`<p>${forged}</p>`).toThrow(TypeError);
  });
});

describe('naming people', () => {
  it.each([
    [{ name: 'Anna', relationship: 'sister' }, 'your sister Anna'],
    [{ name: 'Anna', relationship: 'my sister' }, 'your sister Anna'],
    [{ name: 'Mom', relationship: null }, 'Mom'],
    [{ name: 'Mom', relationship: 'mom' }, 'your mom'],
    [{ name: 'my brother', relationship: 'brother' }, 'your brother'],
    [{ name: 'my brother', relationship: null }, 'your brother'],
    [{ name: '', relationship: 'Mom' }, 'your mom'],
    [{ name: 'Aunt Mary', relationship: 'aunt' }, 'your aunt Mary'],
    [{ name: 'Dr. Patel', relationship: 'PhD supervisor' }, 'your PhD supervisor Dr. Patel'],
    [{ name: 'José  García', relationship: null }, 'José García'],
    [{ name: '  ', relationship: null }, 'someone'],
  ])('%j reads "%s"', (person, expected) => {
    expect(describePerson(person)).toBe(expected);
  });

  it('joins names the way the copy does, with how each was thanked', () => {
    const list = (people: SaidPerson[], language: Language = 'en') => saidList(people, language).text;
    expect(list([])).toBe('');
    expect(list([{ who: 'Anna' }])).toBe('Anna');
    expect(list([{ who: 'Anna' }, { who: 'Ben' }, { who: 'Cleo' }])).toBe('Anna, Ben and Cleo');
    expect(list([{ who: 'your sister Leah', channel: 'call' }])).toBe('your sister Leah, by phone');
    expect(
      list([
        { who: 'Anna', channel: 'message' },
        { who: 'Ben', channel: 'message' },
      ]),
    ).toBe('Anna and Ben, by message');
    expect(
      list([{ who: 'Anna', channel: 'call' }, { who: 'Ben', channel: 'in-person' }, { who: 'Cleo' }]),
    ).toBe('Anna by phone, Ben in person and Cleo');
    expect(list([{ who: 'Ana (hermana)', channel: 'letter' }], 'es')).toBe(
      'Ana (hermana), por carta o tarjeta',
    );
    expect(saidList([{ who: 'A<b>', channel: 'video' }], 'en').html.value).toBe(
      '<strong>A&lt;b&gt;</strong>, by video call',
    );
  });

  it('sums up the week by how the thanks were given, most used first, or says nothing when no reply said', () => {
    expect(weekTally([null, undefined], 'en')).toBeNull();
    const tally = weekTally(['call', 'message', 'call', null, 'letter', 'call', 'message'], 'en');
    expect(tally?.sentence).toBe(
      'This week: 3 calls, 2 messages, a letter or card and one without saying how.',
    );
    expect(tally?.rows.map((row) => [row.label, row.count])).toEqual([
      ['Calls', 3],
      ['Messages', 2],
      ['Letters and cards', 1],
    ]);
    expect(weekTally(['in-person', 'in-person'], 'de')?.sentence).toBe('Diese Woche: 2-mal persönlich.');
    expect(weekTally(['video'], 'fr')?.sentence).toBe('Cette semaine : une visio.');
  });

  it('shortens long text at a word boundary', () => {
    expect(excerpt('Called my sister to say thank you for everything', 30)).toBe(
      'Called my sister to say thank…',
    );
    expect(excerpt('  short\n text ', 50)).toBe('short text');
  });
});

describe('the renderer port', () => {
  it('exposes the render functions to the composition root', () => {
    expect(templateRenderer.prompt({ ...links, language: 'en', firstName: null, day: 1 }).subject).toMatch(
      /^Day 1: /,
    );
    expect(
      templateRenderer.command({ ...links, language: 'es', kind: 'paused', firstName: null }).subject,
    ).toBe('Tu Semana de la Gratitud está en pausa');
  });
});
