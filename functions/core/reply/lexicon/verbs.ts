/**
 * The verbs by which a participant reports having thanked someone, in four languages.
 *
 * - `thank`: the act itself ("thanked", "agradecí", "remerciée", "gedankt").
 * - `contact`: reaching someone with words ("called", "wrote to", "texted", "told"); in a reply
 *   to a gratitude prompt that is the report of thanks ("Today I wrote to Mr. Castellanos").
 * - `weak`: talking with someone; counts only when gratitude is named in the same sentence.
 * - `attempt`: trying, which by itself reaches nobody ("tried my grandpa").
 *
 * `form` says how the verb is inflected: `done` (past, participle) reports a fact; `ing` and `base`
 * need more context (see people.ts). `object` says where the person is: after the verb
 * (English, Spanish, French; clitics before it are handled too) or anywhere earlier in the
 * clause (German puts the participle last: "Ich habe Oma angerufen"). `needs` lists words of
 * which one must follow soon for the verb to count ("left her a voicemail", "let him know").
 */
import { phrases, words } from './text';
export type PredicateKind = 'thank' | 'contact' | 'weak' | 'attempt';
export type PredicateForm = 'done' | 'ing' | 'base';

export interface Predicate {
  words: readonly string[];
  kind: PredicateKind;
  form: PredicateForm;
  object: 'after' | 'clause';
  needs?: readonly string[];
}

/** Nouns for the things words travel in: "sent a long text to", "left her a voicemail". */
export const MESSAGE_NOUNS: ReadonlySet<string> = words(`
card cards note notes letter letters message messages text texts email e-mail emails mail voicemail msg txt
voice voice-memo memo line dm postcard post-it gift present flowers thank-you thank-yous thankyou thankyous thank thanks whatsapp video
recording poem photo mensaje carta tarjeta nota correo audio regalo nachricht karte brief
sprachnachricht postkarte message lettre carte mot texto sms courriel cadeau vocal
mensagem áudio cartão messaggio messaggino biglietto lettera bericht kaart kaartje brief appje whats
wasap guasap mensajito
`);

/** What is left where someone will find it. */
const PLACED_THINGS = ['line', 'note', 'card', 'message', 'text', 'thank-you', 'post-it', 'letter'];

const p = (
  words: string,
  kind: PredicateKind,
  form: PredicateForm = 'done',
  object: 'after' | 'clause' = 'after',
  needs?: readonly string[],
): Predicate =>
  needs
    ? { words: words.split(' '), kind, form, object, needs }
    : { words: words.split(' '), kind, form, object };

/** "Thank you" as people say it in other languages, in a sentence written in English. */
const THANKS_SAID: readonly string[] = [
  ...words(`
gracias merci danke grazie obrigado obrigada kiitos tack takk tak bedankt dank dziękuję dziekuje spasibo
spasiba teşekkürler tesekkurler arigato arigatou mahalo asante shukran toda efharisto gamsahamnida
kamsahamnida cheers ta dankie salamat
`),
];

const GIVE_NEEDS = [
  'card',
  'note',
  'letter',
  'message',
  'voicemail',
  'thank-you',
  'thanks',
  'gift',
  'hug',
  // "gave him a call", "gave Nana a ring"
  'call',
  'ring',
  'buzz',
];

/** A call as a thing made or placed: "made a call to my neighbour", "did a video call to Ama". */
const CALL_MADE: readonly string[] = phrases(`made|did|placed|gave`).flatMap((verb) =>
  phrases(`a call|a phone call|a video call|a quick call|a short call`).map((call) => `${verb} ${call} to`),
);

/** "which is how I ended up texting Chef Bellweather": how a story arrives at the act it reports. */
const ENDED_UP: readonly string[] = phrases(`ended up|wound up|finished up`);

/** Contact verbs in -ing, read as acts only after ENDED_UP ("spent the evening texting my sister" is not). */
const CONTACT_ING: readonly string[] = phrases(
  `texting|messaging|calling|ringing|phoning|writing|writing to|emailing|whatsapping|visiting|thanking`,
);

/** Ways of saying it: "whispered thank you", "mouthed thanks", "shouted thx". */
const SPOKEN: readonly string[] = phrases(`said|whispered|mouthed|shouted|yelled|muttered|called out`);

/** When, set between "said" and the thanks by writers whose first language puts it there. */
const SAID_WHEN: readonly string[] = phrases(`today|yesterday|also|again|finally|properly|personally`);

/** The forms of thanks a person says: "said thx", "saying thank u". */
const SAID_THANKS: readonly string[] = phrases(`thank you|thanks|thank u|thanku|thankyou|thx|ty|thnx|thanx`);

export const PREDICATES: readonly Predicate[] = [
  // English: thanking
  p('thanked', 'thank'),
  p('thankd', 'thank'),
  p('thx', 'thank', 'base'),
  p('thanking', 'thank', 'ing'),
  p('thank', 'thank', 'base'),
  // "said thx", "to say thank u", "saying thanks": saying any form of thanks.
  ...SAID_THANKS.flatMap((thanks) => [
    ...SPOKEN.map((said) => p(`${said} ${thanks}`, 'thank')),
    // "I said today thank you", "said also thanks": the adverb where another language puts it.
    ...SAID_WHEN.map((when) => p(`said ${when} ${thanks}`, 'thank')),
    p(`say ${thanks}`, 'thank', 'base'),
    p(`saying ${thanks}`, 'thank', 'ing'),
  ]),
  ...ENDED_UP.flatMap((ended) =>
    CONTACT_ING.map((verb) => p(`${ended} ${verb}`, verb === 'thanking' ? 'thank' : 'contact')),
  ),
  p('said a thank you', 'thank'),
  p('said a proper thank you', 'thank'),
  p('expressed my gratitude', 'thank'),
  p('expressed my thanks', 'thank'),
  p('expressed gratitude', 'thank'),
  // "Toasted Grandma Iris at dinner": a toast to someone, in a reply about thanking, honours them.
  p('toasted', 'thank'),
  p('raised a glass to', 'thank'),
  p('expressed my appreciation', 'thank'),
  p('showed my appreciation', 'thank'),
  p('gave my thanks', 'thank'),
  p('sent my thanks', 'thank'),
  p('passed on my thanks', 'thank'),
  // "she asked me to pass on her thanks to Carol": a relay the writer was asked for.
  p('pass on', 'thank', 'base', 'after', ['thanks', 'thank-you', 'gratitude']),
  // "Said grazie to Chiara", "said kiitos to Aune": thanks said in the other person's language.
  ...THANKS_SAID.map((word) => p(`said ${word}`, 'thank')),
  // English: contact
  p('called', 'contact'),
  p('phoned', 'contact'),
  p('rang', 'contact'),
  p('rung', 'contact'),
  p('texted', 'contact'),
  p('txtd', 'contact'),
  p('txted', 'contact'),
  p('msgd', 'contact'),
  p('msged', 'contact'),
  p('dmd', 'contact'),
  p("dm'd", 'contact'),
  p('txted', 'contact'),
  p('messaged', 'contact'),
  p('emailed', 'contact'),
  p('e-mailed', 'contact'),
  p('mailed', 'contact'),
  p('wrote', 'contact'),
  p('written', 'contact'),
  p('sent', 'contact'),
  p('told', 'contact'),
  // "Made a point of telling Priyanka that …": the same act, as a gerund.
  p('telling', 'contact'),
  p('reached out', 'contact'),
  p('got in touch with', 'contact'),
  p('got ahold of', 'contact'),
  p('got hold of', 'contact'),
  p('dmed', 'contact'),
  p("dm'd", 'contact'),
  p('facetimed', 'contact'),
  p('skyped', 'contact'),
  p('whatsapped', 'contact'),
  p('pinged', 'contact'),
  p('video-called', 'contact'),
  p('video called', 'contact'),
  p('left', 'contact', 'done', 'after', [
    'voicemail',
    'message',
    'note',
    'card',
    'letter',
    'voice',
    'thank-you',
  ]),
  // A note put where the person will find it: "dropped her a line", "tucked a note under the door for …".
  ...['dropped', 'slipped', 'popped', 'put', 'tucked', 'stuck', 'pinned', 'taped', 'slid', 'pushed'].map(
    (placed) => p(placed, 'contact', 'done', 'after', PLACED_THINGS),
  ),
  p('gave', 'contact', 'done', 'after', GIVE_NEEDS),
  p('given', 'contact', 'done', 'after', GIVE_NEEDS),
  ...CALL_MADE.map((made) => p(made, 'contact')),
  // "Finally put pen to paper for Mr. Abrahamsen": wrote to him.
  p('put pen to paper for', 'contact'),
  p('posted', 'contact', 'done', 'after', GIVE_NEEDS),
  p('handed', 'contact', 'done', 'after', GIVE_NEEDS),
  p('let', 'contact', 'done', 'after', ['know']),
  // "Made sure Itziar knew how much her help meant": let her know.
  p('made sure', 'contact', 'done', 'after', ['knew']),
  // Gifts and treats count when the sentence names the thanks ("baked her bread with a thank-you card").
  p('baked', 'weak'),
  p('bought', 'weak'),
  p('brought', 'weak'),
  p('made', 'weak'),
  p('cooked', 'weak'),
  p('treated', 'weak'),
  p('took', 'weak'),
  p('talked to', 'weak'),
  p('talked with', 'weak'),
  p('spoke to', 'weak'),
  p('spoke with', 'weak'),
  p('visited', 'weak'),
  // "Chose my neighbour Rutendo today", "I picked Ms Fairbanks": the day's person, as the prompt asks.
  p('chose', 'contact'),
  p('picked', 'contact'),
  p('hugged', 'weak'),
  p('tried', 'attempt'),
  p('attempted', 'attempt'),
  // Spanish
  p('agradecí', 'thank'),
  p('agradecido', 'thank'),
  p('di las gracias', 'thank'),
  p('di gracias', 'thank'),
  p('dije gracias', 'thank'),
  p('he dado las gracias', 'thank'),
  // "Se las he dado a Manolo": the thanks named before, as a pronoun.
  p('se las he dado', 'thank'),
  p('se las di', 'thank'),
  p('se las dimos', 'thank'),
  p('agradeciendo', 'thank', 'ing'),
  p('agradeciéndole', 'thank', 'ing'),
  p('agradecerle', 'thank', 'base'),
  p('agradecerles', 'thank', 'base'),
  p('darle las gracias', 'thank', 'base'),
  p('darles las gracias', 'thank', 'base'),
  p('llamé', 'contact'),
  p('escribí', 'contact'),
  p('mandé', 'contact'),
  p('envié', 'contact'),
  p('dije', 'contact'),
  p('conté', 'contact'),
  p('contacté', 'contact'),
  p('llamado', 'contact'),
  p('escrito', 'contact'),
  p('mandado', 'contact'),
  p('enviado', 'contact'),
  p('hablé con', 'weak'),
  p('invité', 'weak'),
  p('visité', 'weak'),
  p('intenté', 'attempt'),
  // French
  p('remercié', 'thank'),
  p('remerciée', 'thank'),
  p('remerciés', 'thank'),
  p('remerciées', 'thank'),
  p('remercie', 'thank'),
  p('dit merci', 'thank'),
  p('remerciant', 'thank', 'ing'),
  p('remercier', 'thank', 'base'),
  p('dire merci', 'thank', 'base'),
  p('écrit', 'contact'),
  p('appelé', 'contact'),
  p('texté', 'contact'),
  p('appelée', 'contact'),
  p('téléphoné', 'contact'),
  p('envoyé', 'contact'),
  p('dit', 'contact'),
  p('contacté', 'contact'),
  p('contactée', 'contact'),
  p('parlé', 'weak'),
  p('offert', 'weak'),
  p('offerte', 'weak'),
  p('essayé', 'attempt'),
  // Italian, Portuguese, Swedish, Danish, Norwegian, Polish: the common verbs of thanks and calls
  p('ringraziato', 'thank'),
  p('ringraziata', 'thank'),
  p('ringraziarlo', 'thank', 'base'),
  p('ringraziarla', 'thank', 'base'),
  p('ringraziarli', 'thank', 'base'),
  p('ringraziarle', 'thank', 'base'),
  p('chiamato', 'contact'),
  p('telefonato', 'contact'),
  p('mandato', 'contact'),
  p('inviato', 'contact'),
  p('scritto', 'contact'),
  p('agradeci', 'thank'),
  p('agradecer', 'thank', 'base'),
  p('agradecer-lhe', 'thank', 'base'),
  p('agradecer-lhes', 'thank', 'base'),
  p('liguei', 'contact'),
  p('mandei', 'contact'),
  p('escrevi', 'contact'),
  p('tackade', 'thank'),
  p('ringde', 'contact'),
  p('skrev till', 'contact'),
  p('takkede', 'thank'),
  p('takket', 'thank'),
  p('ringede', 'contact'),
  p('ringte', 'contact'),
  p('podziękowałam', 'thank'),
  p('podziękowałem', 'thank'),
  p('zadzwoniłam', 'contact'),
  p('zadzwoniłem', 'contact'),
  p('napisałam', 'contact'),
  p('napisałem', 'contact'),
  // Dutch puts the participle last, like German
  p('gebeld', 'contact', 'done', 'clause'),
  p('geappt', 'contact', 'done', 'clause'),
  // German (participle last: the person comes earlier in the clause)
  p('gedankt', 'thank', 'done', 'clause'),
  p('bedankt', 'thank', 'done', 'clause'),
  p('danke gesagt', 'thank', 'done', 'clause'),
  p('zu bedanken', 'thank', 'base', 'clause'),
  p('zu danken', 'thank', 'base', 'clause'),
  // "…gefahren, damit ich mich bei ihr bedanken konnte": could, and did.
  p('bedanken konnte', 'thank', 'done', 'clause'),
  p('danken konnte', 'thank', 'done', 'clause'),
  p('dankeschön gesagt', 'thank', 'done', 'clause'),
  p('angerufen', 'contact', 'done', 'clause'),
  p('geschrieben', 'contact', 'done', 'clause'),
  p('angeschrieben', 'contact', 'done', 'clause'),
  p('geschickt', 'contact', 'done', 'clause'),
  p('erzählt', 'contact', 'done', 'clause'),
  p('gesagt', 'contact', 'done', 'clause'),
  p('telefoniert', 'weak', 'done', 'clause'),
  p('besucht', 'weak', 'done', 'clause'),
  p('versucht', 'attempt', 'done', 'clause'),
  // The simple past, as southern and written German tell it: "Gestern bedankte ich mich bei ihm".
  p('bedankte', 'thank', 'done', 'clause'),
  p('bedankten', 'thank', 'done', 'clause'),
  p('dankte', 'thank', 'done', 'clause'),
  p('schrieb', 'contact', 'done', 'clause'),
];

/** Words that name gratitude: a `weak` verb counts when one of these is in its sentence. */
export const GRATITUDE_WORDS: ReadonlySet<string> = words(`
thank thanks thank-you thankyou thanked thanking grateful gratitude appreciate appreciated
appreciation thankful gracias agradecí agradecida agradecido agradecimiento merci reconnaissante
reconnaissant danke dankbar bedankt gedankt remercier remercié remerciée remerciant agradecer agradecerle
agradecerles bedanken danken ringraziare ringraziarlo ringraziarla ringraziato agradecer
`);

/** Words before a bare verb that make it the purpose of something done: "to thank", "para darle las gracias", "pour la remercier". */
export const PURPOSE_MARKERS: ReadonlySet<string> = words(`to para pa' pa’ pour um per`);

/** Verbs by which someone else gets the participant to thank a person: "Sarah told me to thank Mike". */
export const SUGGESTION_VERBS: ReadonlySet<string> = words(`
told asked reminded encouraged convinced pushed nudged urged got made inspired dared challenged
suggested recommended
`);

/**
 * Irregular past tenses of verbs of going, bringing and meeting: "Went to Dr. Ruiz's office to
 * thank her" reports thanks as surely as "thanked". Regular ones are read by their "-ed".
 */
export const IRREGULAR_PAST: ReadonlySet<string> = words(`
went took brought left gave made sent wrote drove rode flew met saw came ran bought got sat put caught
found paid kept held stood spent swung stuck threw baked dropped popped swung stopped
lent told said rang sang hung won lost sold taught thought fought meant felt heard knew grew drew wore
spoke broke chose hid fed led slept wept built bent dealt learnt died fled bled fell forgot forgave
began became swam drank ate woke froze understood shook
`);

/** A chance taken, which makes what follows done: "had the chance to thank him", "found time to call". */
export const CHANCE_NOUNS: ReadonlySet<string> = words(`chance time opportunity moment`);
export const CHANCE_VERBS: ReadonlySet<string> = words(`had got found took`);

/** The thanks itself travelling: "my thank-you went to …", "Big thanks goes to …". */
export const GOING_WORDS: ReadonlySet<string> = words(`went goes go going`);

/** The thanks sent on, said in the passive: "Thanks were given to …", "A card has been sent to …". */
export const PASSIVE_SENDING_WORDS: ReadonlySet<string> = words(`
given sent passed delivered extended offered conveyed handed paid posted`);

/** The auxiliaries of that passive. */
export const PASSIVE_AUXILIARIES: ReadonlySet<string> = words(
  `was were is are been be got gets has have had`,
);

/** Thanks as a noun addressed to someone: "A huge thank-you to the night staff", "shout-out to Ana". */
export const THANKS_NOUNS: ReadonlySet<string> = words(`thanks thank-you thankyou shout-out shoutout`);

/**
 * Thanks addressed in French and German, with the word each takes for "to": "merci à Nadia",
 * "Danke an Herrn Vogel" ("grâce à" and "dank" with a dative are causes, never these).
 */
export const ADDRESSED_THANKS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['merci', words('à a au aux')],
  ['danke', words('an')],
  ['dankeschön', words('an')],
  ['dankeschoen', words('an')],
  // "Shout-out to Lwazi", "Cheers to the night nurses", "Kudos to Mr Delacroix", "Props to my sister".
  ['shoutout', words('to')],
  ['shout-out', words('to')],
  ['cheers', words('to')],
  ['kudos', words('to')],
  ['props', words('to')],
  ['mention', words('to')],
]);

/** The acknowledgements above that say thanks only as the writer's own words, opening their clause. */
export const ADDRESSED_ACKNOWLEDGEMENTS: ReadonlySet<string> = words(
  `shoutout shout-out cheers kudos props mention`,
);

/** Words that may open an acknowledgement: "And a quick shout-out to …", "Honourable mention to …". */
export const ADDRESS_OPENERS: ReadonlySet<string> = words(
  `and also honourable honorable quick final today finally`,
);

/** Two-word acknowledgements before the one acknowledged: "Shout out to Lwazi", "Big up my neighbour Kofi". */
export const ADDRESSED_PAIRS: readonly (readonly [string, string, string | null])[] = [
  ['shout', 'out', 'to'],
  ['big', 'up', null],
  ['hats', 'off', 'to'],
];

/** Words before a thanks noun that make it addressed thanks, not the cause in "Thanks to Hamid I passed". */
export const THANKS_ADJECTIVES: ReadonlySet<string> = words(
  `big huge special massive heartfelt sincere warm my a`,
);

/** Words that may stand between addressed thanks and its "to": "Big thanks today to Rashida". */
export const ADDRESS_TIME_WORDS: ReadonlySet<string> = words(
  `today tonight this week morning evening goes go went`,
);

/** Words after "said it" that leave "it" the thanks: "said it to her face", "finally said it properly". */
export const SAID_IT_AFTER: ReadonlySet<string> = words(
  `to at in properly out loud finally today tonight this yesterday aloud face`,
);

/** Things written or recorded for someone, which are thanks when made for them ("made a card for …"). */
export const WRITTEN_THINGS: ReadonlySet<string> = words(`card note letter poem video thank-you`);

/**
 * Thanks as the subject of where it went, in four languages: "My thanks today were for Íñigo",
 * "Mi agradecimiento de hoy fue para Íñigo", "Mein Dank ging heute an Frau Albers", "Mon merci du
 * jour est allé à Mme Perrin": the thanks' own nouns, the verbs of its going, and the words after
 * them that say to whom.
 */
export const THANKS_GONE_NOUNS: ReadonlySet<string> = words(
  `thanks thank-you gratitude appreciation agradecimiento gracias dank dankeschön merci remerciement remerciements`,
);
export const THANKS_GONE_VERBS: ReadonlySet<string> = words(`went goes was were fue va ging geht allé allée`);
export const THANKS_GONE_TO: ReadonlySet<string> = words(`to for para a al an à au aux pour`);

/** A gift given as thanks: "Got coffee for Darnell, the janitor, as a thank you". */
export const AS_THANKS_PHRASES: readonly string[] = phrases(`
as a thank you|as a thank-you|as thanks|as a thanks|as a thankyou
`);

/** Thanks passed on by someone else: "they passed my letter on to Dr. Vuković". */
export const PASS_ON_WORDS: ReadonlySet<string> = words(`pass passed passing forward forwarded forwarding`);

/** Asking someone else to say it: "Asked her dad to tell her thank you from me". */
export const RELAY_ASKERS: ReadonlySet<string> = words(`asked told got begged`);

/** Verbs that introduce what the writer said or wrote in their own quoted words. */
export const SPEECH_VERBS: ReadonlySet<string> = words(`
said told whispered mouthed shouted yelled muttered wrote texted replied
dije escribí contesté sagte schrieb gesagt geschrieben dit écrit répondu
`);

/** Thanks as said aloud, in a quotation ("thank you" is matched as two words). */
export const SPOKEN_THANKS: ReadonlySet<string> = words(`
thanks thx ty gracias danke dankeschön merci grazie obrigado obrigada
`);

/** Marks that open and close a quotation. */
export const QUOTE_OPENERS: ReadonlySet<string> = new Set(['"', '“', '„', '«', '‘', '‚']);
export const QUOTE_CLOSERS: ReadonlySet<string> = new Set(['"', '”', '“', '»', '’', '‘']);
