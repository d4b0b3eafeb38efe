/**
 * What closes a reply but is not the participant's answer: sign-offs, device signatures,
 * corporate signature lines and legal disclaimers. Matching is on lowercase, trimmed lines.
 */
import { phrases, words } from './text';

/** A line made only of one of these (plus punctuation, maybe a name) opens a signature. */
export const SIGN_OFFS: readonly string[] = phrases(`
thanks|thank you|thanks again|thanks so much|many thanks|thx|ty|best|best wishes|best regards|
all the best|regards|kind regards|warm regards|warmest regards|cheers|love|lots of love|much love|
with love|xo|xoxo|xx|hugs|take care|warmly|sincerely|yours|yours truly|cordially|talk soon|
speak soon|have a great day|gratefully|with gratitude|in gratitude|peace|namaste|blessings|cheerio|
ta|later|un abrazo|abrazos|un saludo|saludos|un beso|besos|gracias|muchas gracias|atentamente|
cordialmente|hasta pronto|liebe grüße|viele grüße|herzliche grüße|beste grüße|schöne grüße|grüße|
gruß|lg|vg|mfg|mit freundlichen grüßen|danke|vielen dank|bis bald|bisous|bises|grosses bises|
cordialement|amitiés|amicalement|bien à vous|à bientôt|merci|merci beaucoup|bonne journée|
belle journée|mvh|vh|med venlig hilsen|venlig hilsen|de bedste hilsner|hilsen|med vennlig hilsen|
vennlig hilsen|med vänliga hälsningar|vänliga hälsningar|med vänlig hälsning|hälsningar|mvg|
met vriendelijke groet|vriendelijke groet|groetjes|groeten|pozdrawiam|z pozdrowieniami|s pozdravem|
zdravím|cordiali saluti|distinti saluti|saluti|un saluto|un abbraccio|cumprimentos|atenciosamente|
abraços|um abraço|beijos|beijinhos|obrigado|obrigada|ystävällisin terveisin|terveisin|saygılarımla|
selamlar|с уважением|спасибо|всего доброго|z poważaniem|z wyrazami szacunku|serdecznie pozdrawiam|
s přátelským pozdravem|üdvözlettel|tisztelettel|met hartelijke groet|hartelijke groeten|
freundliche grüße|saludos cordiales|un cordial saludo|melhores cumprimentos|com os melhores cumprimentos|
med venliga hälsningar|bästa hälsningar|parhain terveisin|hälsningar från|με εκτίμηση|s poštovanjem|
cu stimă|cu drag
`);

/** How a formal closing opens, in the languages where it is a whole sentence ("Veuillez agréer …"). */
export const FORMAL_CLOSINGS: readonly string[] = phrases(`
veuillez agréer|veuillez recevoir|je vous prie d'agréer|je vous prie de croire|je vous prie de recevoir|
recevez|reciba un cordial saludo|reciban un cordial saludo|le saluda atentamente|sin otro particular
`);

/** Sign-offs that thank: alone, they are the participant's answer ("Thank you!"), not a closing. */
export const GRATEFUL_SIGN_OFF_WORDS: ReadonlySet<string> = words(`
thanks thank thx ty gratefully gratitude gracias merci danke dank obrigado obrigada grazie tack takk
спасибо
`);

/**
 * Device and webmail signatures, by how the line starts ("Sent from my iPhone", "Envoyé de
 * mon iPhone", "Get Outlook for iOS", "Sent with Proton Mail secure email").
 */
export const DEVICE_PREFIXES: readonly string[] = phrases(`
sent from my |sent from |sent with |sent via |sent using |sent on my |get outlook for |
get the outlook app|download outlook for|envoyé de mon |envoyé depuis |envoyé avec |
envoyé à partir de|enviado desde mi |enviado desde |enviado con |enviado do meu |
obtener outlook para|von meinem |gesendet von |gesendet mit |gesendet vom |inviato da |
verzonden vanaf |sent from yahoo|sent from outlook|sent from mail for windows|dictated with |dictated on |
dictated using |dictated but not read|voice typed |typed by voice
`);

/** A device line names the device or app it came from ("iPhone", "Galaxy", "Outlook", "Proton Mail"). */
export const DEVICE_WORDS: ReadonlySet<string> = words(`
iphone ipad ipod android galaxy samsung mobile phone smartphone handy outlook yahoo proton protonmail mail
gmail blackberry tablet watch huawei pixel xiaomi oneplus motorola móvil movil portable téléphone telefono
windows ios aol fastmail tuta tutanota zoho gmx
`);

/** Words of a legal disclaimer; a paragraph with two or more of them is one. */
export const DISCLAIMER_CUES: readonly string[] = phrases(`
confidential|privileged|intended recipient|intended solely|intended only|received this in error|
received it in error|received this message in error|received this email in error|in error|
notify the sender|notify us|delete it|delete this|delete the message|disclaimer|prohibited|
unauthorized|unauthorised|legally|liability|virus|viruses|do not print|consider the environment|
dissemination|distribution|copying|will never ask for your password|vertraulich|irrtümlich|empfänger|
confidencial|destinatario|por error|confidentiel|destinataire|par erreur|adressat|absender|
vernichten|unbefugt|remitente|expéditeur|riservat|mittente|remetente|vertrouwelijk|geadresseerde|
afzender|fortrolig|modtaget|afsender|slette|konfidentiell|avsändare|konfidensiell|avsender|poufn|
nadawc|luottamuksellinen|lähettäjä|důvěrn|odesílatel|gizli|gönderen|конфиденциальн|отправител
`);

/** Words of job titles and company lines in a corporate signature ("Director, Customer Success"). */
export const SIGNATURE_WORDS: ReadonlySet<string> = words(`
director manager officer vp svp evp president ceo cto cfo coo founder co-founder engineer designer
developer consultant coordinator specialist analyst associate assistant administrator head lead
senior sr junior principal chief partner counsel attorney advisor adviser representative executive
supervisor marketing sales success operations finance hr compliance support product inc inc. llc ltd
ltd. gmbh corp corp. co. plc ag sa s.a. sas bv tel tel. phone mobile mob cell fax office direct www
e-mail email pronouns she/her he/him they/them linkedin m: t: p: e: w: geschäftsführer leiter
leiterin directeur directrice gerente directora traders group partners solutions labs consulting
university hospital school bank insurance corporation company foundation agency studio llp pllc
limited holdings technologies systems services associates international global ventures capital
s.r.l. srl s.p.a. spa b.v. k.k. kk oy ab a/s aps s.a.s. sarl kft s.l. e.v. ug kg ohg
department dept team division office institute clinic college council ministry professor lecturer
researcher fellow phd md rn cpa esq mba
trustee secretary treasurer chair chairman chairwoman charity registered society association hon hon.
`);

/** Footer lines mail systems add under anything ("consider the environment before printing"). */
export const FOOTER_LINE_CUES: readonly string[] = phrases(`
before printing|think before you print|this email has been scanned|this message has been scanned|
scanned for viruses|virus-free|sent securely
`);

/** A postscript ("P.S.", "PS:", "P.D.", "NB:") after a signature is the participant writing again. */
export const POSTSCRIPT = /^(?:p\.?\s?s\.?|p\.?\s?d\.?|n\.?\s?b\.?)(?:[:.,\s]|$)/i;
