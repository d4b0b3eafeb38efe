/**
 * Quote headers recognised by their shape (a sender and a moment closed by a colon, `Key: value`
 * blocks holding an address and a date, framed separators) in languages the word lists do not
 * cover, and the writer's words kept wherever they stand: above, below or between quotes.
 */
import { messages } from '../../../functions/core/messages';
import { splitReply } from '../../../functions/core/reply';

const FOOTER = 'Reply STOP to unsubscribe or PAUSE to take a break.';
const PROMPT = [
  'Hi Robin,',
  '',
  'Day 4 of 7 — A colleague',
  '',
  'Who made work lighter this year?',
  '',
  FOOTER,
];
const marked = PROMPT.map((l) => (l ? `> ${l}` : '>')).join('\n');
const unmarked = PROMPT.join('\n');
const OWN = 'Thanked Oksana from payroll for sorting out my visa paperwork.';
const ADDR = 'Gratitude Week <prompts@gratitude.example>';

describe('attribution lines in any language, by shape', () => {
  it.each([
    ['Russian Gmail', `пн, 16 нояб. 2026 г. в 08:00, ${ADDR}:`],
    [
      'Russian Gmail, older',
      `16 нояб. 2026 г., в 8:00, пользователь Alexander L <prompts@gratitude.example> написал:`,
    ],
    ['Polish', `Dnia 16.11.2026 o 08:00 ${ADDR} napisał(a):`],
    ['Italian', `Il giorno lun 16 nov 2026 alle ore 08:00 ${ADDR} ha scritto:`],
    ['Portuguese', `Em seg., 16 de nov. de 2026 às 08:00, ${ADDR} escreveu:`],
    ['Dutch', `Op ma 16 nov. 2026 om 08:00 schreef ${ADDR}:`],
    ['Norwegian', `Den man. 16. nov. 2026 kl. 08:00 skrev ${ADDR}:`],
    ['Swedish', `Den mån 16 nov. 2026 kl 08:00 skrev ${ADDR}:`],
    ['Finnish', `ma 16. marrask. 2026 klo 8.00 Gratitude Week (prompts@gratitude.example) kirjoitti:`],
    ['Turkish', `${ADDR}, 16 Kas 2026 Pzt, 08:00 tarihinde şunu yazdı:`],
    ['Japanese', `2026年11月16日(月) 8:00 ${ADDR}:`],
    ['Chinese', `在 2026年11月16日 08:00，${ADDR} 写道：`],
    ['Korean', `2026년 11월 16일 (월) 오전 8:00, ${ADDR}님이 작성:`],
    ['Czech', `po 16. 11. 2026 v 8:00 odesílatel ${ADDR} napsal:`],
    ['a date and an address only', `30.09.2026, 18.30, "Gratitude Week" <prompts@gratitude.example>:`],
    ['ISO date first', `2026-11-24 16:32 GMT+01:00 ${ADDR}:`],
    ['time first', `08:00, 16 November 2026, ${ADDR}:`],
    [
      '"from" an address',
      `16.11.2026 08:00 +0300 from prompts@gratitude.example <prompts@gratitude.example>:`,
    ],
  ])('%s, above a ">" quote', (_name, line) => {
    expect(splitReply(`${OWN}\n\n${line}\n${marked}`).text).toBe(OWN);
  });

  it('cuts a shape-only attribution above an unmarked quote too', () => {
    expect(splitReply(`${OWN}\n\nпн, 16 нояб. 2026 г. в 08:00, ${ADDR}:\n\n${unmarked}`).text).toBe(OWN);
  });

  it('keeps the last line written right above an attribution, with no blank line between', () => {
    const body = `${OWN}\nShe laughed.\nOn Mon, Nov 16, 2026 at 8:00 AM ${ADDR} wrote:\n${marked}`;
    expect(splitReply(body).text).toBe(`${OWN}\nShe laughed.`);
  });

  it.each([
    'I emailed her at oksana@payroll.example at 9:30 and wrote:',
    'On 16.11.2026 I called my boss:',
    'Yesterday at 18:00 my mentor said:',
  ])('leaves the writer\'s own sentence alone: "%s"', (line) => {
    const body = `${line}\nThank you for everything, truly.`;
    expect(splitReply(body).text).toBe(body);
  });
});

describe('header blocks in any language, by shape', () => {
  it.each([
    [
      'Russian Outlook',
      `От: ${ADDR}\nОтправлено: 16 ноября 2026 г. 8:00\nКому: Robin <r@x.example>\nТема: Day 4`,
    ],
    [
      'Dutch Outlook',
      `Van: ${ADDR}\nVerzonden: maandag 16 november 2026 08:00\nAan: Robin\nOnderwerp: Day 4`,
    ],
    ['Swedish Outlook', `Från: ${ADDR}\nSkickat: den 16 november 2026 08:00\nTill: Robin\nÄmne: Day 4`],
    [
      'Polish Outlook',
      `Od: ${ADDR}\nWysłano: poniedziałek, 16 listopada 2026 08:00\nDo: Robin\nTemat: Day 4`,
    ],
    [
      'French webmail',
      `Message du : 16/11/2026 08:00\nDe : "Gratitude Week" <prompts@gratitude.example>\nA : r@x.example\nObjet : Day 4`,
    ],
    [
      'a From: wrapped over two lines',
      `From: Gratitude Week\n<prompts@gratitude.example>\nSent: Monday, November 16, 2026 8:00 AM\nTo: Robin\nSubject: Day 4`,
    ],
  ])('%s', (_name, block) => {
    const result = splitReply(`${OWN}\n\n${block}\n\n${unmarked}`);
    expect(result.text).toBe(OWN);
  });

  it('does not take a short list the writer typed for a header block', () => {
    const body = 'Who: my colleague Oksana\nWhat: thanked her for the visa paperwork';
    expect(splitReply(body).text).toBe(body);
  });
});

describe('separators in any language', () => {
  it.each([
    [
      'Danish',
      '-------- Oprindelig besked --------\nFra: Gratitude Week <prompts@gratitude.example>\nDato: 16.11.2026 08.00',
    ],
    [
      'Russian',
      '-------- Исходное сообщение --------\nОт: Gratitude Week <prompts@gratitude.example>\nДата: 16.11.2026 08:00',
    ],
  ])('%s', (_name, block) => {
    expect(splitReply(`${OWN}\n\n${block}\n${unmarked}`).text).toBe(OWN);
  });

  it("keeps a framed line of the writer's own that no quote follows", () => {
    const body = `--- update ---\n${OWN}`;
    expect(splitReply(body).text).toBe(body);
  });
});

describe('device lines in any language', () => {
  it.each([
    'Отправлено с iPhone',
    'Wysłane z iPhone’a',
    'Skickat från min iPhone',
    'iPhoneから送信',
    '从我的iPhone发送',
    '내 iPhone에서 보냄',
    'Enviado do meu Galaxy',
  ])('cuts "%s"', (device) => {
    expect(splitReply(`${OWN}\n\n${device}\n\n${marked}`).text).toBe(OWN);
  });

  it('keeps a sentence that names a phone', () => {
    const body = `${OWN}\n\nI called her from my new iPhone`;
    expect(splitReply(body).text).toBe(body);
  });
});

describe("the writer's words wherever they stand", () => {
  it('keeps an answer written below a ">" quote (bottom posting)', () => {
    const body = `On Mon, Nov 16, 2026 at 8:00 AM ${ADDR} wrote:\n${marked}\n\n${OWN}\n\nRobin`;
    expect(splitReply(body, { senderName: 'Robin Ames' }).text).toBe(OWN);
  });

  it('keeps an answer written below an unmarked quote of our prompt, after its footer', () => {
    const body = `From: ${ADDR}\nSent: Monday, November 16, 2026 8:00 AM\nTo: Robin\nSubject: Day 4\n\n${unmarked}\nUnsubscribe: https://gratitude.example/u/x\n\n${OWN}`;
    const result = splitReply(body);
    expect(result.text).toBe(OWN);
    expect(result.confidence).toBe('low');
  });

  it('does not take older history below the footer for an answer', () => {
    const older = `From: Robin <r@x.example>\nSent: Sunday, November 15, 2026 9:00 PM\nTo: ${ADDR}\nSubject: Re: Day 3\n\nI called my aunt.`;
    const body = `${OWN}\n\nFrom: ${ADDR}\nSent: Monday, November 16, 2026 8:00 AM\nTo: Robin\nSubject: Day 4\n\n${unmarked}\n\n${older}`;
    expect(splitReply(body).text).toBe(OWN);
  });

  it('keeps answers written between quoted paragraphs', () => {
    const body = `On Mon, Nov 16, 2026 at 8:00 AM ${ADDR} wrote:\n> Who made work lighter this year?\n\nOksana, no question.\n\n> ${FOOTER}\n\nThanked her this morning.`;
    expect(splitReply(body).text).toBe('Oksana, no question.\n\nThanked her this morning.');
  });

  it('keeps a reply that is only an emoji above a signature', () => {
    const body = `🙏\n\n-- \nRobin Ames\nSenior Analyst | Northwind\n\n${marked}`;
    expect(splitReply(body).text).toBe('🙏');
  });
});

describe('company lines in signatures, in any country', () => {
  it.each(['Restauri Benedetti s.r.l.', 'Noordhout Bouw B.V.', 'Zimmerei Berger GmbH'])(
    'cuts a block ending "%s"',
    (company) => {
      const body = `${OWN}\n\nMarta Benedetti\nProject lead\n${company}`;
      expect(splitReply(body, { senderName: 'Marta Benedetti' }).text).toBe(OWN);
    },
  );
});

describe('answers written inside an unmarked quote of our prompt', () => {
  const outlookQuote = (language: 'en' | 'es', answers: readonly string[]) => {
    const day = messages(language).week[1];
    return [
      `From: ${ADDR}`,
      'Sent: Tuesday, November 17, 2026 8:00 AM',
      'To: Robin Vale <robin@example.com>',
      `Subject: Day 2: ${day?.theme}`,
      '',
      'Hi Robin,',
      '',
      `Day 2 of 7 — ${day?.theme}`,
      '',
      day?.encouragement ?? '',
      '',
      answers[0] ?? '',
      '',
      day?.idea ?? '',
      '',
      answers[1] ?? '',
      '',
      FOOTER,
    ].join('\n');
  };

  it.each(['en', 'es'] as const)('keeps the paragraphs that are not ours (%s)', (language) => {
    const answers = ['My cousin Ines', 'Texted her and thanked her for ten years of Sunday calls.'];
    const split = splitReply(outlookQuote(language, answers));
    expect(split.text).toBe(answers.join('\n\n'));
    expect(split.confidence).toBe('low');
  });

  it('finds nothing of the writer’s in a quote they added nothing to', () => {
    expect(splitReply(outlookQuote('en', [])).text).toBe('');
  });
});
