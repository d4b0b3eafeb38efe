/**
 * How a thanks was given, as words in English, Spanish, German and French: the cues `channelOf`
 * looks for in the participant's sentence. All entries are lower case without accents (the text
 * is folded the same way), and hyphens and apostrophes are spaces ("e-mail" is "e mail", "l'ai"
 * is "l ai").
 *
 * A cue is a phrase of tokens: `word` matches exactly, `word*` a prefix, `*word` a suffix (German
 * compounds: "Dankeskarte"), and `word?` may be left out ("over a coffee", "over coffee").
 *
 * Kinds, strongest first, since one sentence often names several media ("texted to ask if I
 * could call"):
 * - `manner`: says outright how it was said ("in person", "by phone", "on Zoom", "over coffee");
 * - `verb`: a verb that is the medium ("phoned", "texted", "emailed", "FaceTimed");
 * - `app`: a messaging app named as the way ("on WhatsApp"), weaker than a verb since one
 *   calls on WhatsApp too;
 * - `place`: where they were together ("at lunch", "saw her"): in person unless something
 *   stronger says otherwise;
 * - `noun`: a thing that carries words ("a card", "a text"); it counts as a verb when a verb of
 *   sending is near ("sent her a card", "eine Karte geschrieben").
 */
import type { Channel } from '../../channels';
import { words } from './text';

export type ChannelCueKind = 'manner' | 'verb' | 'app' | 'place' | 'noun';

export interface ChannelCue {
  readonly channel: Channel;
  readonly kind: ChannelCueKind;
  /** Token patterns, see above. */
  readonly tokens: readonly string[];
}

/** Strength of each kind when several cues appear in the same part of a sentence. */
export const KIND_RANK: Readonly<Record<ChannelCueKind, number>> = {
  manner: 5,
  verb: 4,
  app: 3,
  place: 2,
  noun: 1,
};

const table = (channel: Channel, kind: ChannelCueKind, text: string): ChannelCue[] =>
  text
    .split('|')
    .map((phrase) => phrase.trim())
    .filter(Boolean)
    .map((phrase) => ({ channel, kind, tokens: phrase.split(/\s+/) }));

// Apps and services, reused by the prepositions that make them a manner.
const MESSAGE_APPS =
  'whatsapp whatsapps whats wasap guasap messenger signal telegram imessage sms slack linkedin instagram insta discord wechat dm dms';
const VIDEO_APPS = 'zoom facetime skype webex videollamada videoanruf videocall visio';
const PREPOSITIONS = 'on via over by through per por en sur par uber auf mit';

const withPrepositions = (nouns: string): string =>
  PREPOSITIONS.split(' ')
    .flatMap((prep) =>
      nouns
        .split(' ')
        .filter((n) => n && !n.endsWith('?'))
        .map((noun) => `${prep} ${noun}`),
    )
    .join(' | ');

export const CHANNEL_CUES: readonly ChannelCue[] = [
  // ---- call
  ...table(
    'call',
    'manner',
    `by phone | by telephone | over the phone | on the phone | by phone call | via phone | per phone
     | phone call | phonecall | voicemail* | voice mail | answering machine | on speakerphone
     | por telefono | al telefono | llamada telefonica | buzon de voz
     | am telefon | per telefon | telefonisch | am handy | per handy | mailbox | anrufbeantworter
     | au telephone | par telephone | coup de fil | coup de telephone | messagerie vocale | repondeur`,
  ),
  ...table(
    'call',
    'verb',
    `phoned | phoning | rang | called | calling | telephoned | rung
     | llame | llamo | llamamos | llamado | llamarle | llamarla | llamarlo | llamar | telefonee
     | angerufen | anrief | anriefen | rief | anrufen | anzurufen | telefoniert | telefonierte | telefonierten
     | appele | appelee | appeles | appelees | appelle | appelais | appelait | appeler | telephone | telephoner
     | chiamato | chiamata | telefonato | telefonata | liguei | telefonei | gebeld | opgebeld | belde
     | ringde | ringede | ringte | zadzwonilam | zadzwonilem`,
  ),
  ...table('call', 'noun', `call | calls | phone | anruf | appel | llamada | llamadas`),

  // ---- video (before message and call: "video call" is video, not a call)
  ...table(
    'video',
    'manner',
    `video call* | video chat* | videocall* | videochat* | video calling | video called | on video | by video
     | over video | zoom call* | facetime call* | skype call* | teams call* | google meet
     | videollamada* | videoconferencia | por video | en video
     | videoanruf* | videotelefonat* | videokonferenz | per video
     | appel video | appels video | visio* | en visio | par visio | visioconference
     | ${withPrepositions(VIDEO_APPS)}`,
  ),
  ...table(
    'video',
    'verb',
    `facetimed | facetiming | skyped | skyping | zoomed | gefacetimet | gefacetimed | geskypt | videollame`,
  ),
  ...table('video', 'noun', `zoom | facetime | skype | webex`),

  // ---- message
  ...table(
    'message',
    'manner',
    `by text | by texts | over text | via text | in a text | by message | via message | in a message
     | by sms | via sms | per sms | por sms | par sms | by dm | via dm | in a dm | over dm
     | por mensaje | en un mensaje | per nachricht | in einer nachricht | par message | par texto | dans un message
     | voice note | voice message | voice memo | audio message | nota de voz | mensaje de voz | audio de whatsapp
     | sprachnachricht* | sprachmemo | message vocal | vocal whatsapp`,
  ),
  ...table(
    'message',
    'verb',
    `texted | texting | txted | txt | messaged | messaging | dmed | dm d | whatsapped | whatsapp d
     | pinged | slacked | mensajee | le mensajee | whatsappee | wasapee
     | gesimst | simste | getextet | textete | geschrieben per whatsapp
     | textote | textotee | smse | geappt | appte`,
  ),
  ...table('message', 'app', withPrepositions(MESSAGE_APPS)),
  ...table(
    'message',
    'noun',
    `text | texts | message | messages | msg | dm | whatsapp | sms | imessage | mensaje | mensajes | whatsapp
     | wasap | nachricht | *nachricht | sms | texto | textos | message | messages
     | messaggio | messaggino | mensagem | bericht | berichtje | appje`,
  ),

  // ---- email
  ...table(
    'email',
    'manner',
    `by email | by e mail | via email | via e mail | over email | in an email | in an e mail
     | por correo electronico | por correo | por email | por mail | en un correo
     | per e mail | per email | per mail | in einer e mail | in einer mail
     | par mail | par e mail | par email | par courriel | dans un mail | dans un courriel | par mel`,
  ),
  ...table('email', 'verb', `emailed | e mailed | emailing | email d | gemailt | mailte | maile | mailee`),
  ...table(
    'email',
    'noun',
    `email | emails | e mail | e mails | mail | correo | correo electronico | *mail | courriel | mel`,
  ),

  // ---- letter ("by mail" in English is the post; "mail" alone is email, as Germans and French use it)
  ...table(
    'letter',
    'manner',
    `by post | by mail | in the post | in the mail | through the mail | by snail mail | snail mail | by letter
     | in a card | in a letter | handwritten | hand written | handwrote | by hand
     | por carta | por correo postal | a mano | escrita a mano
     | per post | per brief | mit der post | handgeschrieben* | von hand
     | par la poste | par courrier | par lettre | a la main | manuscrit*`,
  ),
  ...table(
    'letter',
    'noun',
    `card | cards | note | notes | letter | letters | postcard | postcards | thank you card | thank you note
     | carta | cartas | tarjeta | tarjetas | nota | notita | postal
     | karte | karten | dankeskarte | grusskarte | postkarte | klappkarte | weihnachtskarte | geburtstagskarte
     | brief | briefe | dankesbrief | zettel | notiz | kartchen | dankeskartchen
     | carte | cartes | lettre | lettres | petit mot | mot de remerciement | carte postale
     | biglietto | lettera | cartolina | cartao | bilhete | kaart | kaartje`,
  ),

  // ---- in person
  ...table(
    'in-person',
    'manner',
    `in person | face to face | in real life | irl | over a? coffee | over a? cup of? coffee | over a? tea
     | over lunch | over dinner | over breakfast | over brunch | over a? drink* | over a? beer* | over a? pint*
     | with a hug | gave * a hug | in the hallway | in the kitchen | in the corridor
     | en persona | cara a cara | tomando un? cafe | con un cafe | durante la comida | durante la cena
     | en el pasillo | con un abrazo | frente a frente
     | personlich | von angesicht zu angesicht | beim kaffee | auf einen kaffee | bei einem kaffee
     | beim mittagessen | beim abendessen | beim essen | unter vier augen | mit einer umarmung
     | en personne | de vive voix | face a face | en tete a tete | autour d un cafe | en prenant un cafe
     | au dejeuner | au diner | pendant le dejeuner | pendant le diner
     | di persona | de persona | em pessoa | pessoalmente | persoonlijk`,
  ),
  ...table(
    'in-person',
    'verb',
    `visited | visiting | stopped by | dropped by | popped round | popped over | popped by | popped in
     | went to see | went over to | went round | met up with | met with | hugged | came by | came over
     | visite | fui a ver | pase a ver | fuimos a ver | abrace | me reuni con | quede con
     | besucht | besuchte | getroffen | traf | vorbeigeschaut | vorbeigegangen | umarmt
     | rendu visite | passe voir | passee voir | alle voir | allee voir | serre dans mes bras
     | offert un cafe | offert un verre | offert a dejeuner | invite a dejeuner | invite a diner`,
  ),
  ...table(
    'in-person',
    'place',
    `at lunch | at dinner | at breakfast | at brunch | at work | at the office | at school | at church
     | at the gym | at the party | at the door | at the station | at the market | at the pub | at the bar
     | at the cafe | at the coffee shop | at the bus stop | at the meeting | at practice | at the game
     | at the wedding | at the funeral | at the airport | at the hospital | at home | at his place | at her place
     | at their place | at the school gate | after class | after church | after practice | saw | met
     | for lunch | for dinner | for breakfast | for brunch | for a? coffee | for a? drink* | for a? pint*
     | to lunch | to dinner | to breakfast | to a? coffee
     | en la comida | en la cena | en el trabajo | en la oficina | en casa | en la fiesta | en clase | vi | la vi | lo vi
     | beim training | bei der arbeit | im buro | in der schule | auf der party | nach dem unterricht | gesehen | sah
     | au travail | au bureau | a l ecole | a la fete | apres le cours | vu | vue | croise | croisee`,
  ),
];

/** Verbs of sending or writing that turn a nearby noun into the medium ("sent her a card"). */
export const SENDING_VERBS: ReadonlySet<string> =
  words(`sent send sending sends wrote write writing writes written left leave leaving gave give giving
   mailed posted dropped handed slipped scribbled tucked dashed fired shot popped gotten received
   envie enviado envio mande mandado mando escribi escrito escribio deje dejado di dado entregue
   geschickt schickte schickten geschrieben schrieb hinterlassen gegeben gab verschickt eingeworfen uberreicht
   envoye envoyee envoyes ecrit ecrite laisse donne glisse poste remis`);

/** Words that name the thanks itself: the part of a sentence that holds one carries the thanks. */
export const THANKS_WORDS: ReadonlySet<string> =
  words(`thank thanked thanking thanks thx thankyou grateful gratitude appreciation
   gracias agradeci agradecio agradecer agradecerle agradecida agradecido agradecimiento
   danke dankte bedankt bedankte bedanken gedankt dankbar dankeschon dankes
   merci remercie remerciee remercier remercies remerciements reconnaissance`);

/**
 * Where one part of a sentence ends and another begins ("texted him, and thanked him in person";
 * "called after getting her card"): the cue nearest the thanks is looked for in its own part first.
 */
export const PART_BREAKS: ReadonlySet<string> = words(`and but then after afterwards before so instead because
   y pero luego despues antes asi entonces porque
   und aber dann danach nachdem bevor also deshalb weil
   et mais puis ensuite apres avant donc alors parce`);

/** Words that undo a cue later in the same part ("couldn't reach her by phone", "tried calling"). */
export const NEGATIONS: ReadonlySet<string> =
  words(`not never no t cannot couldnt didnt wasnt tried try trying attempted
   nunca intente intentamos
   nicht nie kein keine keinen versucht versuchte
   pas jamais essaye essayee tente`);

/** Words after which a noun is what the thanks was for, not how it was sent ("for the card"). */
export const FOR_WORDS: ReadonlySet<string> = words('for por para fur pour about sobre uber');
