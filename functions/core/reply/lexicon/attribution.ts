/**
 * How mail clients introduce the quoted message, per language: the "On ... wrote:" line and its
 * translations, the header blocks of Outlook, Samsung, Apple forwards ("From: / Sent: / To:"),
 * and separator lines ("-----Original Message-----").
 */
import { phrases } from './text';

/**
 * Attribution verbs. A line (or two or three wrapped lines) containing one of these, ending in a
 * colon, and carrying a date, a time or an address is an attribution line.
 */
export const ATTRIBUTION_VERBS: readonly string[] = phrases(`
wrote|writes|has written|escribió|escribio|ha escrito|a écrit|a ecrit|écrit|schrieb|hat geschrieben|
escreveu|ha scritto|schreef|napisał|skrev|kirjoitti
`);

/** Words that open an attribution line ("On", "El", "Le", "Am"), for lines that run on after the colon. */
export const ATTRIBUTION_OPENERS: readonly string[] = phrases(`
on|el|le|am|em|il|op|den|w dniu
`);

export type HeaderRole = 'from' | 'date' | 'to' | 'subject' | 'cc';

/** Header names of quoted-message blocks in the four languages (and a few more clients use). */
export const HEADER_KEYS: ReadonlyMap<string, HeaderRole> = new Map<string, HeaderRole>([
  ['from', 'from'],
  ['de', 'from'],
  ['von', 'from'],
  ['van', 'from'],
  ['da', 'from'],
  ['remitente', 'from'],
  ['expéditeur', 'from'],
  ['absender', 'from'],
  ['sent', 'date'],
  ['date', 'date'],
  ['sent date', 'date'],
  ['envoyé', 'date'],
  ['envoyé le', 'date'],
  ['enviado', 'date'],
  ['enviado el', 'date'],
  ['fecha', 'date'],
  ['gesendet', 'date'],
  ['datum', 'date'],
  ['inviato', 'date'],
  ['data', 'date'],
  ['to', 'to'],
  ['à', 'to'],
  ['a', 'to'],
  ['para', 'to'],
  ['an', 'to'],
  ['aan', 'to'],
  ['destinataire', 'to'],
  ['subject', 'subject'],
  ['objet', 'subject'],
  ['asunto', 'subject'],
  ['betreff', 'subject'],
  ['oggetto', 'subject'],
  ['onderwerp', 'subject'],
  ['assunto', 'subject'],
  ['cc', 'cc'],
  ['bcc', 'cc'],
  ['cci', 'cc'],
  ['kopie', 'cc'],
  ['reply-to', 'cc'],
  ['répondre à', 'cc'],
]);

/**
 * Separator lines, compared after stripping dashes, underscores, asterisks and spaces at both ends
 * and lower-casing. Everything after one is somebody else's message.
 */
export const SEPARATORS: ReadonlySet<string> = new Set([
  'original message',
  'original message:',
  'forwarded message',
  'forwarded message:',
  'begin forwarded message:',
  'begin forwarded message',
  'mensaje original',
  'mensaje reenviado',
  'inicio del mensaje reenviado:',
  'comienzo del mensaje reenviado:',
  'message d’origine',
  "message d'origine",
  'message original',
  'message transféré',
  'début du message réexpédié :',
  'début du message réexpédié:',
  'début du message transféré :',
  'ursprüngliche nachricht',
  'originalnachricht',
  'weitergeleitete nachricht',
  'anfang der weitergeleiteten nachricht:',
  'messaggio originale',
  'messaggio inoltrato',
  'oorspronkelijk bericht',
  'doorgestuurd bericht',
  'mensagem original',
  'reply above this line',
]);
