/**
 * What a mail client writes in each UI language: weekday and November names (every corpus prompt
 * went out in November 2026), quote attributions, header-block labels, reply prefixes, device
 * lines. Written per client family from how those clients format them; the renderer picks.
 */
import type { Locale } from '../../test/fixtures/reply-corpus/spec';

export interface When {
  /** Day of November 2026. */
  date: number;
  /** 0 = Monday … 6 = Sunday. */
  weekday: number;
}

/** 1 November 2026 is a Sunday. */
export function novemberDay(date: number): When {
  return { date, weekday: (date + 5) % 7 };
}

interface Names {
  /** Short weekday names, Monday first. */
  wd: string[];
  /** Long weekday names, Monday first. */
  weekday: string[];
  /** November, short form as used in dates. */
  nov: string;
  /** November, long form as used in dates (genitive where the language inflects it). */
  november: string;
}

const split = (s: string) => s.split(' ');

export const NAMES: Record<Locale, Names> = {
  en: {
    wd: split('Mon Tue Wed Thu Fri Sat Sun'),
    weekday: split('Monday Tuesday Wednesday Thursday Friday Saturday Sunday'),
    nov: 'Nov',
    november: 'November',
  },
  es: {
    wd: split('lun mar mié jue vie sáb dom'),
    weekday: split('lunes martes miércoles jueves viernes sábado domingo'),
    nov: 'nov',
    november: 'noviembre',
  },
  de: {
    wd: split('Mo. Di. Mi. Do. Fr. Sa. So.'),
    weekday: split('Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag'),
    nov: 'Nov.',
    november: 'November',
  },
  fr: {
    wd: split('lun. mar. mer. jeu. ven. sam. dim.'),
    weekday: split('lundi mardi mercredi jeudi vendredi samedi dimanche'),
    nov: 'nov.',
    november: 'novembre',
  },
  it: {
    wd: split('lun mar mer gio ven sab dom'),
    weekday: split('lunedì martedì mercoledì giovedì venerdì sabato domenica'),
    nov: 'nov',
    november: 'novembre',
  },
  pt: {
    wd: split('seg. ter. qua. qui. sex. sáb. dom.'),
    weekday: split('segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo'),
    nov: 'nov.',
    november: 'novembro',
  },
  nl: {
    wd: split('ma di wo do vr za zo'),
    weekday: split('maandag dinsdag woensdag donderdag vrijdag zaterdag zondag'),
    nov: 'nov',
    november: 'november',
  },
  pl: {
    wd: split('pon. wt. śr. czw. pt. sob. niedz.'),
    weekday: split('poniedziałek wtorek środa czwartek piątek sobota niedziela'),
    nov: 'lis',
    november: 'listopada',
  },
  sv: {
    wd: split('mån tis ons tors fre lör sön'),
    weekday: split('måndag tisdag onsdag torsdag fredag lördag söndag'),
    nov: 'nov.',
    november: 'november',
  },
  da: {
    wd: split('man. tirs. ons. tors. fre. lør. søn.'),
    weekday: split('mandag tirsdag onsdag torsdag fredag lørdag søndag'),
    nov: 'nov.',
    november: 'november',
  },
  no: {
    wd: split('man. tir. ons. tor. fre. lør. søn.'),
    weekday: split('mandag tirsdag onsdag torsdag fredag lørdag søndag'),
    nov: 'nov.',
    november: 'november',
  },
  fi: {
    wd: split('ma ti ke to pe la su'),
    weekday: split('maanantai tiistai keskiviikko torstai perjantai lauantai sunnuntai'),
    nov: 'marrask.',
    november: 'marraskuuta',
  },
  tr: {
    wd: split('Pzt Sal Çar Per Cum Cmt Paz'),
    weekday: split('Pazartesi Salı Çarşamba Perşembe Cuma Cumartesi Pazar'),
    nov: 'Kas',
    november: 'Kasım',
  },
  ru: {
    wd: split('пн вт ср чт пт сб вс'),
    weekday: split('понедельник вторник среда четверг пятница суббота воскресенье'),
    nov: 'нояб.',
    november: 'ноября',
  },
  ja: {
    wd: split('月 火 水 木 金 土 日'),
    weekday: split('月曜日 火曜日 水曜日 木曜日 金曜日 土曜日 日曜日'),
    nov: '11月',
    november: '11月',
  },
  zh: {
    wd: split('周一 周二 周三 周四 周五 周六 周日'),
    weekday: split('星期一 星期二 星期三 星期四 星期五 星期六 星期日'),
    nov: '11月',
    november: '11月',
  },
  ko: {
    wd: split('월 화 수 목 금 토 일'),
    weekday: split('월요일 화요일 수요일 목요일 금요일 토요일 일요일'),
    nov: '11월',
    november: '11월',
  },
  cs: {
    wd: split('po út st čt pá so ne'),
    weekday: split('pondělí úterý středa čtvrtek pátek sobota neděle'),
    nov: 'lis',
    november: 'listopadu',
  },
};

/** The quoted message's sender and recipient, as the attribution names them. */
export interface Parties {
  name: string;
  address: string;
  toName: string;
  toAddress: string;
  subject: string;
}

type Attribution = (w: When, p: Parties) => string;

const n = (l: Locale) => NAMES[l];
const wd = (l: Locale, w: When) => n(l).wd[w.weekday] as string;
const weekday = (l: Locale, w: When) => n(l).weekday[w.weekday] as string;
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const who = (p: Parties) => `${p.name} <${p.address}>`;

/** Gmail (web and app): "On … wrote:" and its translations; one line, wrapped later. */
export const GMAIL: Record<Locale, Attribution> = {
  en: (w, p) => `On ${wd('en', w)}, Nov ${w.date}, 2026 at 8:00 AM ${who(p)} wrote:`,
  es: (w, p) => `El ${wd('es', w)}, ${w.date} nov 2026 a las 8:00, ${p.name} (<${p.address}>) escribió:`,
  de: (w, p) => `Am ${wd('de', w)}, ${w.date}. Nov. 2026 um 08:00 Uhr schrieb ${who(p)}:`,
  fr: (w, p) => `Le ${wd('fr', w)} ${w.date} nov. 2026 à 08:00, ${who(p)} a écrit :`,
  it: (w, p) => `Il giorno ${wd('it', w)} ${w.date} nov 2026 alle ore 08:00 ${who(p)} ha scritto:`,
  pt: (w, p) => `Em ${wd('pt', w)}, ${w.date} de nov. de 2026 às 08:00, ${who(p)} escreveu:`,
  nl: (w, p) => `Op ${wd('nl', w)} ${w.date} nov 2026 om 08:00 schreef ${who(p)}:`,
  pl: (w, p) => `${wd('pl', w)}, ${w.date} lis 2026 o 08:00 ${who(p)} napisał(a):`,
  sv: (w, p) => `Den ${wd('sv', w)} ${w.date} nov. 2026 kl 08:00 skrev ${who(p)}:`,
  da: (w, p) => `Den ${wd('da', w)} ${w.date}. nov. 2026 kl. 08.00 skrev ${who(p)}:`,
  no: (w, p) => `${wd('no', w)} ${w.date}. nov. 2026 kl. 08:00 skrev ${who(p)}:`,
  fi: (w, p) => `${wd('fi', w)} ${w.date}.11.2026 klo 8.00 ${p.name} (${p.address}) kirjoitti:`,
  tr: (w, p) => `${w.date} Kas 2026 ${wd('tr', w)}, saat 08:00 tarihinde ${who(p)} şunu yazdı:`,
  ru: (w, p) => `${w.date} ноября 2026 г., 8:00 пользователь ${who(p)} написал:`,
  ja: (w, p) => `2026年11月${w.date}日(${wd('ja', w)}) 8:00 ${who(p)} のメッセージ:`,
  zh: (w, p) => `${who(p)} 于2026年11月${w.date}日${wd('zh', w)} 08:00写道：`,
  ko: (w, p) => `2026년 11월 ${w.date}일 (${wd('ko', w)}) 오전 8:00, ${who(p)}님이 작성:`,
  cs: (w, p) => `${wd('cs', w)} ${w.date}. 11. 2026 v 8:00 odesílatel ${who(p)} napsal:`,
};

/** Gmail's newer short Russian form (no "пользователь … написал"). */
export const GMAIL_RU_SHORT: Attribution = (w, p) =>
  `${wd('ru', w)}, ${w.date} нояб. 2026 г. в 08:00, ${who(p)}:`;

/** Apple Mail (macOS) and iPhone Mail. */
export const APPLE: Record<Locale, Attribution> = {
  en: (w, p) => `On Nov ${w.date}, 2026, at 8:00 AM, ${who(p)} wrote:`,
  es: (w, p) => `El ${w.date} nov 2026, a las 8:00, ${who(p)} escribió:`,
  de: (w, p) => `Am ${w.date}.11.2026 um 08:00 schrieb ${who(p)}:`,
  fr: (w, p) => `Le ${w.date} nov. 2026 à 08:00, ${who(p)} a écrit :`,
  it: (w, p) => `Il giorno ${w.date} nov 2026, alle ore 08:00, ${who(p)} ha scritto:`,
  pt: (w, p) => `Em ${w.date} de nov. de 2026, à(s) 08:00, ${who(p)} escreveu:`,
  nl: (w, p) => `Op ${w.date} nov. 2026, om 08:00 heeft ${who(p)} het volgende geschreven:`,
  pl: (w, p) => `Wiadomość napisana przez ${who(p)} w dniu ${w.date}.11.2026, o godz. 08:00:`,
  sv: (w, p) => `${w.date} nov. 2026 kl. 08:00 skrev ${who(p)}:`,
  da: (w, p) => `Den ${w.date}. nov. 2026 kl. 08.00 skrev ${who(p)}:`,
  no: (w, p) => `${w.date}. nov. 2026 kl. 08:00 skrev ${who(p)}:`,
  fi: (w, p) => `${w.date}.11.2026 kello 8.00, ${who(p)} kirjoitti:`,
  tr: (w, p) => `${w.date} Kas 2026 tarihinde 08:00 saatinde, ${who(p)} şunları yazdı:`,
  ru: (w, p) => `${w.date} нояб. 2026 г., в 8:00, ${who(p)} написал(а):`,
  ja: (w, p) => `2026/11/${w.date} 8:00、${who(p)}のメール:`,
  zh: (w, p) => `2026年11月${w.date}日 08:00，${who(p)} 写道：`,
  ko: (w, p) => `2026. 11. ${w.date}. 오전 8:00, ${who(p)} 작성:`,
  cs: (w, p) => `${w.date}. 11. 2026 v 8:00, ${who(p)}:`,
};

/** Thunderbird: the sender's name only, no address. */
export const THUNDERBIRD: Record<Locale, Attribution> = {
  en: (w, p) => `On 11/${w.date}/26 8:00 AM, ${p.name} wrote:`,
  es: (w, p) => `El ${w.date}/11/26 a las 8:00, ${p.name} escribió:`,
  de: (w, p) => `Am ${w.date}.11.26 um 08:00 schrieb ${p.name}:`,
  fr: (w, p) => `Le ${w.date}/11/2026 à 08:00, ${p.name} a écrit :`,
  it: (w, p) => `Il ${w.date}/11/26 08:00, ${p.name} ha scritto:`,
  pt: (w, p) => `Em ${w.date}/11/2026 08:00, ${p.name} escreveu:`,
  nl: (w, p) => `Op ${w.date}-11-2026 om 08:00 schreef ${p.name}:`,
  pl: (w, p) => `W dniu ${w.date}.11.2026 o 08:00, ${p.name} pisze:`,
  sv: (w, p) => `Den 2026-11-${w.date} kl. 08:00, skrev ${p.name}:`,
  da: (w, p) => `Den ${w.date}.11.2026 kl. 08.00 skrev ${p.name}:`,
  no: (w, p) => `Den ${w.date}.11.2026 08:00, skrev ${p.name}:`,
  fi: (w, p) => `${p.name} kirjoitti ${w.date}.11.2026 klo 8.00:`,
  tr: (w, p) => `${w.date}.11.2026 08:00 tarihinde ${p.name} yazdı:`,
  ru: (w, p) => `${w.date}.11.2026 8:00, ${p.name} пишет:`,
  ja: (w, p) => `2026/11/${w.date} 8:00, ${p.name} wrote:`,
  zh: (w, p) => `在 2026/11/${w.date} 8:00, ${p.name} 写道:`,
  ko: (w, p) => `2026-11-${w.date} 오전 8:00에 ${p.name} 이(가) 쓴 글:`,
  cs: (w, p) => `Dne ${w.date}. 11. 26 v 8:00 ${p.name} napsal(a):`,
};

const YAHOO_EN: Attribution = (w, p) =>
  `On ${weekday('en', w)}, November ${w.date}, 2026 at 08:00:15 AM GMT+1, ${who(p)} wrote:`;
/** Yahoo Mail web. */
export const YAHOO: Partial<Record<Locale, Attribution>> & { en: Attribution } = {
  en: YAHOO_EN,
  de: (w, p) =>
    `Am ${weekday('de', w)}, ${w.date}. November 2026 um 08:00:15 MEZ hat ${who(p)} Folgendes geschrieben:`,
  fr: (w, p) => `Le ${weekday('fr', w)} ${w.date} novembre 2026 à 08:00:15 UTC+1, ${who(p)} a écrit :`,
  es: (w, p) => `El ${weekday('es', w)}, ${w.date} de noviembre de 2026, 08:00:15 CET, ${who(p)} escribió:`,
  it: (w, p) => `In ${weekday('it', w)} ${w.date} novembre 2026, 08:00:15 CET, ${who(p)} ha scritto:`,
  pt: (w, p) => `Em ${weekday('pt', w)}, ${w.date} de novembro de 2026 08:00:15 BRT, ${who(p)} escreveu:`,
};

/** Yahoo Mail for Android: the first quoted line follows the attribution on the same line. */
export const YAHOO_ANDROID: Attribution = (w, p) =>
  `On ${wd('en', w)}, Nov ${w.date}, 2026 at 8:00 AM, ${p.name}<${p.address}> wrote:`;

/** Proton Mail. */
export const PROTON: Partial<Record<Locale, Attribution>> & { en: Attribution } = {
  en: (w, p) => `On ${weekday('en', w)}, November ${w.date}th, 2026 at 8:00 AM, ${who(p)} wrote:`,
  de: (w, p) => `Am ${weekday('de', w)}, ${w.date}. November 2026 um 08:00 schrieb ${who(p)}:`,
  fr: (w, p) => `Le ${weekday('fr', w)} ${w.date} novembre 2026 à 08:00, ${who(p)} a écrit :`,
};

export const FASTMAIL: Attribution = (w, p) =>
  `On ${wd('en', w)}, ${w.date} Nov 2026, at 08:00, ${p.name} wrote:`;

export const ZOHO: Attribution = (w, p) =>
  `---- On ${wd('en', w)}, ${w.date} Nov 2026 08:00:27 +0100 ${who(p)} wrote ---`;

/** mail.ru: "Среда, 25 ноября 2026, 8:00 +03:00 от …:" (and the English UI's "from"). */
export const MAILRU: Partial<Record<Locale, Attribution>> & { en: Attribution } = {
  en: (w, p) => `${weekday('en', w)}, ${w.date} November 2026, 8:00 +03:00 from ${who(p)}:`,
  ru: (w, p) => `${cap(weekday('ru', w))}, ${w.date} ноября 2026, 8:00 +03:00 от ${who(p)}:`,
};

/** mail.ru when it shows the address in place of a name. */
export const MAILRU_FROM_ADDR: Partial<Record<Locale, Attribution>> & { en: Attribution } = {
  en: (w, p) => `${wd('en', w)}, ${w.date} Nov 2026 08:00:00 +0300 from ${p.address} <${p.address}>:`,
  ru: (w, p) => `${wd('ru', w)}, ${w.date} нояб. 2026 08:00:00 +0300 от ${p.address} <${p.address}>:`,
};

/** Attributions that are only a date and an address (Android stock clients, some webmails). */
export const DATE_ADDRESS_ONLY: Attribution = (w, p) =>
  `${w.date}.11.2026, 08.00, "${p.name}" <${p.address}>:`;
export const ISO_DATE: Attribution = (w, p) => `2026-11-${w.date} 8:00 GMT+01:00 ${who(p)}:`;
export const TIME_FIRST: Partial<Record<Locale, Attribution>> & { en: Attribution } = {
  en: (w, p) => `8:00 AM, Nov ${w.date}, 2026, ${who(p)} wrote:`,
  ru: (w, p) => `08:00, ${w.date} ноября 2026 г., ${who(p)}:`,
  de: (w, p) => `08:00, ${w.date}.11.2026, ${who(p)}:`,
};
export const POLISH_DNIA: Attribution = (w, p) => `Dnia ${w.date} listopada 2026 08:00 ${who(p)} napisał(a):`;

/** Header-block labels: From, Date/Sent, To, Subject. */
export interface BlockLabels {
  from: string;
  sent: string;
  to: string;
  subject: string;
  /** "From: " or the French "De : ". */
  sep: string;
}

const labels = (from: string, sent: string, to: string, subject: string, sep = ': '): BlockLabels => ({
  from,
  sent,
  to,
  subject,
  sep,
});

/** Outlook desktop, Outlook on the web and Outlook mobile. */
export const OUTLOOK_LABELS: Record<Locale, BlockLabels> = {
  en: labels('From', 'Sent', 'To', 'Subject'),
  es: labels('De', 'Enviado el', 'Para', 'Asunto'),
  de: labels('Von', 'Gesendet', 'An', 'Betreff'),
  fr: labels('De', 'Envoyé', 'À', 'Objet', ' : '),
  it: labels('Da', 'Inviato', 'A', 'Oggetto'),
  pt: labels('De', 'Enviado', 'Para', 'Assunto'),
  nl: labels('Van', 'Verzonden', 'Aan', 'Onderwerp'),
  pl: labels('Od', 'Wysłano', 'Do', 'Temat'),
  sv: labels('Från', 'Skickat', 'Till', 'Ämne'),
  da: labels('Fra', 'Sendt', 'Til', 'Emne'),
  no: labels('Fra', 'Sendt', 'Til', 'Emne'),
  fi: labels('Lähettäjä', 'Lähetetty', 'Vastaanottaja', 'Aihe'),
  tr: labels('Kimden', 'Gönderildi', 'Kime', 'Konu'),
  ru: labels('От', 'Отправлено', 'Кому', 'Тема'),
  ja: labels('差出人', '送信日時', '宛先', '件名'),
  zh: labels('发件人', '发送时间', '收件人', '主题'),
  ko: labels('보낸 사람', '보낸 날짜', '받는 사람', '제목'),
  cs: labels('Od', 'Odesláno', 'Komu', 'Předmět'),
};

/** Outlook's "Sent:" value per locale. */
export const OUTLOOK_SENT: Record<Locale, (w: When) => string> = {
  en: (w) => `${weekday('en', w)}, November ${w.date}, 2026 8:00 AM`,
  es: (w) => `${weekday('es', w)}, ${w.date} de noviembre de 2026 8:00`,
  de: (w) => `${weekday('de', w)}, ${w.date}. November 2026 08:00`,
  fr: (w) => `${weekday('fr', w)} ${w.date} novembre 2026 08:00`,
  it: (w) => `${weekday('it', w)} ${w.date} novembre 2026 08:00`,
  pt: (w) => `${weekday('pt', w)}, ${w.date} de novembro de 2026 08:00`,
  nl: (w) => `${weekday('nl', w)} ${w.date} november 2026 08:00`,
  pl: (w) => `${weekday('pl', w)}, ${w.date} listopada 2026 08:00`,
  sv: (w) => `den ${w.date} november 2026 08:00`,
  da: (w) => `${weekday('da', w)} den ${w.date}. november 2026 08:00`,
  no: (w) => `${weekday('no', w)} ${w.date}. november 2026 08:00`,
  fi: (w) => `${weekday('fi', w)} ${w.date}. marraskuuta 2026 8.00`,
  tr: (w) => `${w.date} Kasım 2026 ${weekday('tr', w)} 08:00`,
  ru: (w) => `${weekday('ru', w)}, ${w.date} ноября 2026 г. 8:00`,
  ja: (w) => `2026年11月${w.date}日 8:00`,
  zh: (w) => `2026年11月${w.date}日 8:00`,
  ko: (w) => `2026년 11월 ${w.date}일 ${weekday('ko', w)} 오전 8:00`,
  cs: (w) => `${weekday('cs', w)} ${w.date}. listopadu 2026 8:00`,
};

/** "-------- Original message --------" blocks (Samsung Email, Android mail apps). */
export const ORIGINAL_MESSAGE: Record<Locale, { rule: string; labels: BlockLabels }> = {
  en: { rule: 'Original message', labels: labels('From', 'Date', 'To', 'Subject') },
  es: { rule: 'Mensaje original', labels: labels('De', 'Fecha', 'Para', 'Asunto') },
  de: { rule: 'Ursprüngliche Nachricht', labels: labels('Von', 'Datum', 'An', 'Betreff') },
  fr: { rule: "Message d'origine", labels: labels('De', 'Date', 'À', 'Objet', ' : ') },
  it: { rule: 'Messaggio originale', labels: labels('Da', 'Data', 'A', 'Oggetto') },
  pt: { rule: 'Mensagem original', labels: labels('De', 'Data', 'Para', 'Assunto') },
  nl: { rule: 'Oorspronkelijk bericht', labels: labels('Van', 'Datum', 'Aan', 'Onderwerp') },
  pl: { rule: 'Oryginalna wiadomość', labels: labels('Od', 'Data', 'Do', 'Temat') },
  sv: { rule: 'Originalmeddelande', labels: labels('Från', 'Datum', 'Till', 'Ämne') },
  da: { rule: 'Oprindelig besked', labels: labels('Fra', 'Dato', 'Til', 'Emne') },
  no: { rule: 'Opprinnelig melding', labels: labels('Fra', 'Dato', 'Til', 'Emne') },
  fi: { rule: 'Alkuperäinen viesti', labels: labels('Lähettäjä', 'Päivämäärä', 'Vastaanottaja', 'Aihe') },
  tr: { rule: 'Orijinal mesaj', labels: labels('Kimden', 'Tarih', 'Kime', 'Konu') },
  ru: { rule: 'Исходное сообщение', labels: labels('От', 'Дата', 'Кому', 'Тема') },
  ja: { rule: '元のメッセージ', labels: labels('差出人', '日付', '宛先', '件名') },
  zh: { rule: '原始邮件', labels: labels('发件人', '日期', '收件人', '主题') },
  ko: { rule: '원본 메시지', labels: labels('보낸 사람', '날짜', '받는 사람', '제목') },
  cs: { rule: 'Původní zpráva', labels: labels('Od', 'Datum', 'Komu', 'Předmět') },
};

/** GMX and WEB.DE put "Gesendet:" first. */
export const GMX_BLOCK: Partial<Record<Locale, { labels: BlockLabels; sent: (w: When) => string }>> & {
  en: { labels: BlockLabels; sent: (w: When) => string };
} = {
  en: {
    labels: labels('From', 'Sent', 'To', 'Subject'),
    sent: (w) => `${weekday('en', w)}, November ${w.date}, 2026 at 8:00 AM`,
  },
  de: {
    labels: labels('Von', 'Gesendet', 'An', 'Betreff'),
    sent: (w) => `${weekday('de', w)}, ${w.date}. November 2026 um 08:00 Uhr`,
  },
  fr: {
    labels: labels('De', 'Envoyé', 'À', 'Objet'),
    sent: (w) => `${weekday('fr', w)} ${w.date} novembre 2026 à 08:00`,
  },
  es: {
    labels: labels('De', 'Enviado', 'Para', 'Asunto'),
    sent: (w) => `${weekday('es', w)}, ${w.date} de noviembre de 2026 a las 8:00`,
  },
};

/** Seznam's "---------- Původní e-mail ----------" block. */
export const SEZNAM: Partial<Record<Locale, { rule: string; labels: BlockLabels }>> & {
  en: { rule: string; labels: BlockLabels };
} = {
  cs: { rule: 'Původní e-mail', labels: labels('Od', 'Datum', 'Komu', 'Předmět') },
  en: { rule: 'Original e-mail', labels: labels('From', 'Date', 'To', 'Subject') },
};

/** "Sent from my …" lines a client adds under the words, per UI language. */
export const DEVICE_LINES: Partial<Record<string, Partial<Record<Locale, string>> & { en: string }>> = {
  iphone: {
    en: 'Sent from my iPhone',
    es: 'Enviado desde mi iPhone',
    de: 'Von meinem iPhone gesendet',
    fr: 'Envoyé de mon iPhone',
    it: 'Inviato da iPhone',
    pt: 'Enviado do meu iPhone',
    nl: 'Verzonden met mijn iPhone',
    pl: 'Wysłane z iPhone’a',
    sv: 'Skickat från min iPhone',
    da: 'Sendt fra min iPhone',
    no: 'Sendt fra min iPhone',
    fi: 'Lähetetty iPhonesta',
    tr: 'iPhone’umdan gönderildi',
    ru: 'Отправлено с iPhone',
    ja: 'iPhoneから送信',
    zh: '发自我的iPhone',
    ko: '나의 iPhone에서 보냄',
    cs: 'Odesláno z iPhonu',
  },
  samsung: {
    en: 'Sent from my Galaxy',
    es: 'Enviado desde mi Galaxy',
    de: 'Von meinem Galaxy gesendet',
    fr: 'Envoyé de mon Galaxy',
    it: 'Inviato dal mio Galaxy',
    pt: 'Enviado do meu Galaxy',
    nl: 'Verzonden vanaf mijn Galaxy',
    pl: 'Wysłane z mojego Galaxy',
    sv: 'Skickat från min Galaxy',
    da: 'Sendt fra min Galaxy',
    no: 'Sendt fra min Galaxy',
    fi: 'Lähetetty Galaxy-laitteestani',
    tr: 'Galaxy cihazımdan gönderildi',
    ru: 'Отправлено с устройства Galaxy',
    ja: 'Galaxy から送信',
    zh: '从我的Galaxy发送',
    ko: '내 Galaxy에서 보냄',
    cs: 'Odesláno z mého Galaxy',
  },
  'outlook-mobile': {
    en: 'Get Outlook for iOS',
    es: 'Obtener Outlook para iOS',
    de: 'Outlook für iOS herunterladen',
    fr: 'Télécharger Outlook pour iOS',
    it: 'Ottieni Outlook per iOS',
    pt: 'Obter o Outlook para iOS',
    nl: 'Outlook voor iOS downloaden',
    pl: 'Pobierz aplikację Outlook dla systemu iOS',
    sv: 'Hämta Outlook för iOS',
    da: 'Hent Outlook til iOS',
    no: 'Få Outlook for iOS',
    fi: 'Hanki Outlook for iOS',
    tr: 'iOS için Outlook’u edinin',
    ru: 'Получить Outlook для iOS',
    ja: 'iOS 版 Outlook を入手',
    zh: '获取 iOS 版 Outlook',
    ko: 'iOS용 Outlook 받기',
    cs: 'Stáhnout Outlook pro iOS',
  },
  'yahoo-android': {
    en: 'Sent from Yahoo Mail on Android',
    es: 'Enviado desde Yahoo Mail para Android',
    de: 'Von Yahoo Mail auf Android gesendet',
    fr: 'Envoyé depuis Yahoo Mail pour Android',
    it: 'Inviato da Yahoo Mail su Android',
    pt: 'Enviado do Yahoo Mail para Android',
  },
  proton: { en: 'Sent with Proton Mail secure email.' },
};

/** The reply prefix a client puts before the subject. */
export function replyPrefix(client: string, locale: Locale): string {
  if (client === 'outlook' || client === 'owa' || client === 'outlook-mobile') {
    const outlook: Partial<Record<Locale, string>> = {
      de: 'AW: ',
      fr: 'RE : ',
      it: 'R: ',
      sv: 'SV: ',
      da: 'SV: ',
      no: 'SV: ',
      fi: 'VS: ',
      tr: 'YNT: ',
      zh: '答复: ',
      ko: '회신: ',
    };
    return outlook[locale] ?? 'RE: ';
  }
  if ((client === 'gmx' || client === 'web-de') && locale === 'de') return 'Aw: ';
  if (client === 'seznam' && locale === 'cs') return 'Re: ';
  return 'Re: ';
}

/** Exchange's automatic-reply subject prefix. */
export const AUTO_REPLY_PREFIX: Record<Locale, string> = {
  en: 'Automatic reply: ',
  es: 'Respuesta automática: ',
  de: 'Automatische Antwort: ',
  fr: 'Réponse automatique : ',
  it: 'Risposta automatica: ',
  pt: 'Resposta automática: ',
  nl: 'Automatisch antwoord: ',
  pl: 'Odpowiedź automatyczna: ',
  sv: 'Automatiskt svar: ',
  da: 'Automatisk svar: ',
  no: 'Automatisk svar: ',
  fi: 'Automaattinen vastaus: ',
  tr: 'Otomatik yanıt: ',
  ru: 'Автоматический ответ: ',
  ja: '自動応答: ',
  zh: '自动答复: ',
  ko: '자동 회신: ',
  cs: 'Automatická odpověď: ',
};
