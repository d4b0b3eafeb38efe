/**
 * Signs of an automatic response (RFC 3834 and the vendor headers that predate it), and the
 * subjects and phrases of out-of-office replies in several languages (lowercase).
 */
import { phrases } from './text';

/** Subject prefixes of out-of-office and vacation replies. */
export const AUTO_REPLY_SUBJECT_PREFIXES: readonly string[] = phrases(`
out of office|out of the office|automatic reply|auto reply|auto-reply|autoreply|auto response|
auto-response|autoresponse|vacation|on vacation|away from|away:|ooo|abwesenheitsnotiz|
automatische antwort|abwesend|nicht im büro|réponse automatique|absence|absent|absent(e) du bureau|
respuesta automática|respuesta automatica|fuera de la oficina|ausente|risposta automatica|fuori sede|
automatisch antwoord|afwezig|resposta automática|ausência
`);

/** Body phrases of out-of-office replies; weak evidence on their own. */
export const AUTO_REPLY_BODY_PHRASES: readonly string[] = phrases(`
out of office|out of the office|on vacation|on holiday|on annual leave|on leave|away from the office|
limited access to email|limited access to e-mail|will reply when i return|will respond when i return|
upon my return|when i return|i am currently away|i'm currently away|automatic reply|
this is an automated|auto-reply|nicht im büro|abwesend|urlaub|fuera de la oficina|de vacaciones|
absent du bureau|en congé|en vacances
`);
