/** Cutting quoted history, signatures and disclaimers from a decoded body, client by client. */
import { splitReply } from '../../../functions/core/reply';
import { isAttribution } from '../../../functions/core/reply/quotes';

const PROMPT = [
  'Hi Robin,',
  '',
  'Day 3 — Someone who listened',
  '',
  'Try something like: "Thank you for letting me think out loud, Esperanza."',
  '',
  'Reply STOP to unsubscribe or PAUSE to take a break.',
];
const quoted = PROMPT.map((l) => (l ? `> ${l}` : '>')).join('\n');
const plain = PROMPT.join('\n');
const OWN = 'I thanked my sister Anna for driving Dad to physio.';

describe('attribution lines', () => {
  it.each([
    'On Wed, Nov 25, 2026 at 8:00 AM Gratitude Week <prompts@gratitude.example> wrote:',
    'On 11/2/26 8:00 AM, Gratitude Week wrote:',
    'On Thu, 5 Nov 2026, at 08:00, Gratitude Week wrote:',
    'El mié, 18 nov 2026, 8:00, Gratitude Week <prompts@gratitude.example> escribió:',
    'Am Mi., 18. Nov. 2026 um 08:00 Uhr schrieb Gratitude Week <prompts@gratitude.example>:',
    'Gratitude Week <prompts@gratitude.example> schrieb am Mi., 18. Nov. 2026, 08:00:',
    'Am 18.11.26 um 08:00 schrieb Gratitude Week:',
    'Le 26 nov. 2026 à 08:00, Gratitude Week <prompts@gratitude.example> a écrit :',
    '---- On Sat, 14 Nov 2026 08:00:27 +0200 Gratitude Week <prompts@gratitude.example> wrote ---',
    'On Sat, Nov 7, 2026 at 8:00 AM, Gratitude Week<prompts@gratitude.example> wrote:   Hi Freya,',
  ])('recognises %s', (line) => {
    expect(isAttribution(line)).toBe(true);
  });

  it.each([
    'I wrote to my mom at 9:00 and she said:',
    'On Monday I wrote to my boss at 9:30:',
    'On Sunday I wrote a card to my aunt.',
    'She wrote: thank you!',
    'Wrote to Mr. Castellanos today.',
  ])('does not mistake a sentence for one: %s', (line) => {
    expect(isAttribution(line)).toBe(false);
  });
});

describe('splitting a reply', () => {
  it('cuts a Gmail quote whose "wrote:" wrapped onto the next line', () => {
    const body = `${OWN}\n\nOn Wed, Nov 25, 2026 at 8:00 AM Gratitude Week <prompts@gratitude.example>\nwrote:\n\n${quoted}\n`;
    expect(splitReply(body).text).toBe(OWN);
  });

  it('cuts a French Gmail attribution wrapped inside "a écrit"', () => {
    const body = `${OWN}\n\nLe mer. 25 nov. 2026 à 08:00, Gratitude Week <prompts@gratitude.example> a\nécrit :\n\n${quoted}`;
    expect(splitReply(body).text).toBe(OWN);
  });

  it.each([
    [
      'English',
      'From: Gratitude Week <prompts@gratitude.example>\nSent: Monday, November 16, 2026 8:00 AM\nTo: Robin <r@x.example>\nSubject: Day 3',
    ],
    [
      'German',
      'Von: Gratitude Week <prompts@gratitude.example>\nGesendet: Montag, 16. November 2026 08:00\nAn: Robin <r@x.example>\nBetreff: Day 3',
    ],
    [
      'French',
      'De : Gratitude Week <prompts@gratitude.example>\nEnvoyé : lundi 16 novembre 2026 08:00\nÀ : Robin <r@x.example>\nObjet : Day 3',
    ],
    [
      'Spanish',
      'De: Gratitude Week <prompts@gratitude.example>\nEnviado: lunes, 16 de noviembre de 2026 8:00\nPara: Robin <r@x.example>\nAsunto: Day 3',
    ],
    [
      'GMX order',
      'Gesendet: Mittwoch, 25. November 2026 um 08:00 Uhr\nVon: "Gratitude Week" <prompts@gratitude.example>\nAn: robin@gmx.example\nBetreff: Day 3',
    ],
    [
      'bold markers',
      '*From:* Gratitude Week <prompts@gratitude.example>\n*Sent:* Monday, November 16, 2026 8:00 AM\n*Subject:* Day 3',
    ],
  ])('cuts an Outlook-style header block (%s) and everything after it', (_lang, block) => {
    const body = `${OWN}\n\n${block}\n\n${plain}\n`;
    expect(splitReply(body).text).toBe(OWN);
  });

  it('cuts at a line of underscores only when a header block follows it', () => {
    const cut = splitReply(
      `${OWN}\n\n________________________________\nFrom: Gratitude Week <p@g.example>\nSent: Monday\nSubject: Day 3\n\n${plain}`,
    );
    expect(cut.text).toBe(OWN);
    const kept = splitReply(`${OWN}\n________________________________\nAnd I also called my grandpa Joe.`);
    expect(kept.text).toContain('I also called my grandpa Joe');
  });

  it.each([
    '-----Original Message-----',
    '-------- Original message --------',
    '---------- Forwarded message ---------',
    'Begin forwarded message:',
    '-------- Message d’origine --------',
    '-------- Ursprüngliche Nachricht --------',
    '-------- Mensaje original --------',
  ])('cuts at the separator %s', (separator) => {
    expect(splitReply(`${OWN}\n\n${separator}\nFrom: Someone <s@x.example>\n\nTheir words.`).text).toBe(OWN);
  });

  it('cuts Yahoo quotes that have no ">" markers', () => {
    const body = `${OWN}\n\n    On Friday, October 30, 2026 at 08:00:15 AM EST, Gratitude Week <prompts@gratitude.example> wrote:  \n \n ${plain}`;
    expect(splitReply(body).text).toBe(OWN);
  });

  it('keeps a catch-up written as day lines, and still cuts the unmarked prompt below it', () => {
    const own = 'Catching up.\nDay 2: Halima, who fixed my bike.\nDay 3: my grandad, by phone.';
    expect(splitReply(own).text).toBe(own);
    expect(splitReply(`${own}\n\n${plain}`).text).toBe(own);
  });

  it('keeps text written below the quote (bottom-posting)', () => {
    const body = `On 11/2/26 8:00 AM, Gratitude Week wrote:\n${quoted}\n\n${OWN}\n\n-- \nRobin`;
    expect(splitReply(body).text).toBe(OWN);
  });

  it('keeps every answer written between quoted paragraphs (inline posting)', () => {
    const body = `> Hi Robin,\n\nFirst answer.\n\n> Try something like: "Thank you, Esperanza."\n\nSecond answer.\n\n> Reply STOP to unsubscribe`;
    const split = splitReply(body);
    expect(split.segments).toEqual(['First answer.', 'Second answer.']);
    expect(split.text).toBe('First answer.\n\nSecond answer.');
  });

  it.each([
    ['Sent from my iPhone'],
    ['Sent from my Galaxy'],
    ['Envoyé de mon iPhone'],
    ['Enviado desde mi iPhone'],
    ['Von meinem iPhone gesendet'],
    ['Get Outlook for iOS<https://aka.ms/o0ukef>'],
    ['Sent with Proton Mail secure email.'],
    ['Sent from Yahoo Mail on Android'],
    // Words beginning with "i" and a letter beyond ASCII are no "I" of the writer's.
    ['Android için Outlook’u edinin'],
  ])('removes the device signature "%s"', (device) => {
    expect(splitReply(`${OWN}\n\n${device}\n\n${quoted}`).text).toBe(OWN);
  });

  it('keeps a German sentence that only starts like a device line', () => {
    const body = 'Von meinem Bruder habe ich heute Blumen bekommen, und ich habe ihm gedankt.';
    expect(splitReply(body).text).toBe(body);
  });

  it('removes a sign-off, name and corporate title block', () => {
    const body = `${OWN}\n\nBest regards,\nRobin\n\nRobin Vale | Senior Analyst\nContoso Ltd.\nT: +1 555 0100`;
    expect(splitReply(body, { senderName: 'Robin Vale' }).text).toBe(OWN);
  });

  it.each([
    ['Pozdrawiam serdecznie,\nAgnieszka Wróbel\nKierownik zespołu'],
    ['Med vänlig hälsning,\nLinnea Berg\nProjektledare'],
    ['Met hartelijke groet,\nSanne van Leeuwen\nAccountmanager'],
    ['Ystävällisin terveisin\nAino Virtanen\nMyyntipäällikkö | Contoso Oy'],
  ])(
    'removes a closing in any language by its shape (a short line with a comma, a name, a title): %s',
    (block) => {
      expect(splitReply(`${OWN}\n\n${block}`).text).toBe(OWN);
    },
  );

  it.each([
    ['Yours faithfully,\nMargery Pilkington (Mrs)'],
    ['Sincerely yours,\nHubert Okafor\nHon. Treasurer, Lydbrook Bowls Club (Registered Charity No. 1045521)'],
    [
      'With kind regards and many thanks,\nOsbert Llewellyn\n"Gratitude is the memory of the heart." (Jean-Baptiste Massieu)',
    ],
    ["Je vous prie d'agréer, Madame, Monsieur, l'expression de mes sentiments distingués,\nAnnick Le Goff"],
  ])('removes a letter-writer’s closing, signed name and what is under it: %s', (block) => {
    expect(splitReply(`${OWN}\n\n${block}`).text).toBe(OWN);
  });

  it('removes the sender’s name signed with a bracketed title', () => {
    const body = `${OWN}\n\nH. Pennington-Rowe (Miss)`;
    expect(splitReply(body, { senderName: 'Hilda Pennington-Rowe' }).text).toBe(OWN);
  });

  it('keeps a quotation the writer ends their own words with', () => {
    const body = `${OWN}\n\n"You don't have to decide anything tonight."`;
    expect(splitReply(body).text).toBe(body);
  });

  it('keeps a short line of the reply above a full name', () => {
    const body = `I thanked Tom today.\n\nCalled my mum\nAnna Berg`;
    expect(splitReply(body).text).toBe(body);
  });

  it('keeps a short line with a comma above a name when more of the reply follows', () => {
    const body = `Two today,\nAnna Berg\nand my uncle, who drove me to every match.`;
    expect(splitReply(body).text).toBe(body);
  });

  it('removes the sender’s name alone, a short form of it, or initials', () => {
    expect(splitReply(`${OWN}\n\nGwen`, { senderName: 'Gwendolyn Rhodes' }).text).toBe(OWN);
    expect(
      splitReply(`${OWN}\n\nRobin Vale\nDirector, Customer Success\nRelecloud`, { senderName: 'Robin Vale' })
        .text,
    ).toBe(OWN);
    expect(splitReply(`${OWN}\n\n-J`, { senderName: 'Julia Moss' }).text).toBe(OWN);
  });

  it('removes a corporate block even when the name differs from the sender’s', () => {
    const split = splitReply(`${OWN}\n\nRobert Smith\nProject Manager | Initech\n(555) 010-0199`, {
      senderName: 'Bob Smith',
    });
    expect(split.text).toBe(OWN);
    expect(split.confidence).toBe('low');
  });

  it('removes a corporate block whose only clue is a phone number or a link', () => {
    const body = `${OWN}\n\nPriya Nair\nNorthwind Traders\n+44 7700 900123`;
    expect(splitReply(body).text).toBe(OWN);
  });

  it('does not take a list at the end for a corporate block', () => {
    const body = 'I thanked two groups today:\n\nCoach Dee\nThe whole office';
    expect(splitReply(body).text).toBe(body);
  });

  it('drops footer lines mail systems add, like "consider the environment before printing"', () => {
    const body = `${OWN}\n\nPlease consider the environment before printing this email.`;
    expect(splitReply(body).text).toBe(OWN);
  });

  it('keeps a reply that is only a thank-you, but drops the name under it', () => {
    expect(splitReply('Thank you!\n\nRobin', { senderName: 'Robin Vale' }).text).toBe('Thank you!');
  });

  it('removes a legal disclaimer but keeps the words around it', () => {
    const body = `${OWN}\n\nThis message may contain confidential information. If you have received it in error, please notify the sender and delete it.`;
    expect(splitReply(body).text).toBe(OWN);
  });

  it('keeps a postscript written after the signature', () => {
    const split = splitReply(`${OWN}\n\n-- \nRobin\n\nP.S. I also thanked my neighbour Carl.`);
    expect(split.text).toContain('P.S. I also thanked my neighbour Carl.');
  });

  it.each([
    'Robin Vale | Head of Lettings\nOakfield Homes Ltd',
    'Robin Vale · Senior Engineer\nHelix Robotics',
    'Robin Vale – Partner\nCastlegate Law LLP',
  ])('drops a signature whose first line is the name and a role: %j', (signature) => {
    expect(splitReply(`${OWN}\n\n${signature}`, { senderName: 'Robin Vale' }).text).toBe(OWN);
  });

  it.each([
    'Diese Nachricht ist nur für den Adressaten bestimmt. Sollten Sie nicht der Adressat sein, benachrichtigen Sie bitte den Absender.',
    "Ce message est destiné uniquement à son destinataire. Si vous l'avez reçu, merci de prévenir l'expéditeur.",
    'Este mensaje es solo para su destinatario. Si no lo es, avise al remitente.',
  ])('removes a disclaimer that names the sender and the addressee: %j', (disclaimer) => {
    expect(splitReply(`${OWN}\n\n${disclaimer}`).text).toBe(OWN);
  });

  it('drops a company line with its address under a sign-off', () => {
    const body = `${OWN}\n\nBest,\nRobin\n\nRobin Vale\nHead of Lettings\nOakfield Homes Ltd, 14 Mill Lane, Leeds LS1 4AB`;
    expect(splitReply(body, { senderName: 'Robin Vale' }).text).toBe(OWN);
  });

  it.each([
    [
      'Thanks and regards,\nRhea\n\nRhea Villanueva\nTeam Lead, Customer Care | Bayanihan Global Solutions, Inc.',
    ],
    ['Thanks & Regards,\nRobin'],
    ['Saludos cordiales / Kind regards\nRobin Vale'],
    ['Cordiali saluti | Best regards\nRobin Vale'],
  ])('removes sign-offs joined or given in two languages: %j', (block) => {
    expect(splitReply(`${OWN}\n\n${block}`, { senderName: 'Robin Vale' }).text).toBe(OWN);
  });

  it('leaves nothing of a reply that is only a signature opening with "Regards,", but keeps a lone "Thanks!"', () => {
    expect(splitReply('Regards,\nRobin Vale\nBuyer | Contoso Ltd.', { senderName: 'Robin Vale' }).text).toBe(
      '',
    );
    expect(splitReply('Thanks!\nRobin', { senderName: 'Robin Vale' }).text).toBe('Thanks!');
  });

  it('drops a signature that is the first name and the initial of the last', () => {
    expect(splitReply(`${OWN}\n\nRobin V.`, { senderName: 'Robin Vale' }).text).toBe(OWN);
  });

  it('does not treat a list of names as a signature', () => {
    const body = 'Thanked three people today:\nAnna\nBen\nCoach Dee';
    expect(splitReply(body, { senderName: 'Robin Vale' }).text).toBe(body);
  });

  it('keeps a line of the participant that looks like a sign-off but is a sentence', () => {
    expect(splitReply('Thanks to you I finally called my dad.').text).toBe(
      'Thanks to you I finally called my dad.',
    );
    expect(splitReply('Love my mom so much. Called her today.').text).toBe(
      'Love my mom so much. Called her today.',
    );
  });

  it('cuts a prompt quoted with no attribution or markers, keeps words after it, and says it guessed', () => {
    const body = `${OWN}\n\n${plain}\n\nAlso, I thanked Coach Dee after I wrote the above.`;
    const split = splitReply(body);
    expect(split.text).toContain(OWN);
    expect(split.text).toContain('I thanked Coach Dee');
    expect(split.text).not.toContain('Esperanza');
    expect(split.confidence).toBe('low');
  });

  it('leaves a reply with no quote untouched', () => {
    const split = splitReply(OWN);
    expect(split).toMatchObject({ text: OWN, quoted: false, confidence: 'high' });
  });

  it('returns empty text when the reply is only a signature and a quote', () => {
    const body = `Howard Lin\nDirector, Customer Success\nRelecloud\n\nFrom: Gratitude Week <p@g.example>\nSent: Monday\nTo: Howard\nSubject: Day 4\n\n${plain}`;
    expect(splitReply(body, { senderName: 'Howard Lin' }).text).toBe('');
  });
});
