/**
 * Small closed word classes the people stage reads sentences with: pronouns, particles inside
 * names, list joiners, the words that may stand between a verb and its person, and the like, in
 * English, Spanish, German and French. Lowercase, apostrophes folded to '.
 */
import type { Gender } from './relationships';

export type Language = 'en' | 'es' | 'de' | 'fr';

const words = (text: string): ReadonlySet<string> => new Set(text.trim().split(/\s+/));

export const WORD_NAME_WORD_FOLLOWERS: ReadonlySet<string> = words(`
you i we it this that these those so the a an my your our be have to me us them not all everyone
everybody tomorrow today things period for he she they if do it's you're we're i'm there yes no
call text write email message visit tell ring phone see meet hug send thank try do go get make let give
take keep say ask probably definitely
`);

/**
 * Words that follow a verb, not a name, at the start of a sentence: a particle or preposition
 * ("Stopped by", "Reconnected with", "Turns out", "Remember when") or an object ("Hugged my",
 * "Visited her"). A capitalised word they follow is a verb the writer began with, unless the text
 * also writes it capitalised mid-sentence (a name).
 */
export const VERB_COMPLEMENTS: ReadonlySet<string> = words(`
by with out up over off back down into onto to when that the a an my our your his their me him them us em
round along away past
'em it some every both through across around
`);

/** Words setting one of a kind against another: "my current manager" is not "my first manager, Dolores". */
export const CONTRASTING_MODIFIERS: ReadonlySet<string> = words(
  `current new present other another second next latest`,
);

/** Words opening an embedded question: "Guess who I thanked", "Know what she said". */
export const QUESTION_WORDS: ReadonlySet<string> = words(`who what where how why which`);

export const GERMAN_FINITE_OTHER: ReadonlySet<string> = words(`
hat ist war hatte sind waren kam rief schrieb hatten
`);

export const TELL_WORDS: ReadonlySet<string> = words(`
told dije conté dit erzählt gesagt
`);

/** English third-person subjects: they can only stand as a clause's subject ("her", "them" cannot). */
export const ENGLISH_THIRD_SUBJECTS: ReadonlySet<string> = words(`he she they`);

export const SUBJECT_PRONOUNS: ReadonlySet<string> = words(`
he she they él ella ellos il elle ils elles er sie ele ela eles elas lui lei loro
`);

/**
 * Objects that stand for nobody in particular: "told me to thank whoever got me there". The thanks
 * has an object, so no one from earlier in the sentence is understood as its receiver.
 */
export const INDEFINITE_OBJECTS: ReadonlySet<string> = words(`
whoever whomever whoever's anyone anybody someone somebody quienquiera cualquiera quiconque jemanden
`);

/** Verbs a person's name is the subject of ("Ahmed is", "Jared said"): after them a first word is a name. */
export const SUBJECT_VERBS: ReadonlySet<string> = words(`
is was has had says said can could will would did does may might must should isn't wasn't hasn't
`);

/** Words shaped like a role noun that stand for no role ("thanked the other"). */
export const ROLE_LOOKALIKES: ReadonlySet<string> = words(`
other others former latter weather universe
restaurante dinero universo enero primero tercero entero bonheur dernier premier quartier papier
`);

/** Small numbers a count of people is given in ("thanked two people today"). */
export const COUNT_WORDS: ReadonlySet<string> = words(`
two three four five 2 3 4 5 several few couple both
`);

/** Verbs of a thing's sending, after "A letter to X …": "went in the post", "was posted", "is on its way". */
export const SENT_OFF: ReadonlySet<string> = words(`went was is got arrived landed has`);

/** Words that may follow a name on a catch-up line: "shaz at work", "jo from the gym". */
export const PLACE_OPENERS_AFTER_NAME: ReadonlySet<string> = words(`at from for in on`);

/** Words a nickname is made with: "Big Al", "Little Mo", "Wee Jimmy". */
export const NICKNAME_PREFIXES: ReadonlySet<string> = words(`big little wee young`);

export const NAME_PARTICLES: ReadonlySet<string> = words(`
de del della da di du van von der den la le los las bin ibn al dos das ter ten y e
`);

export const LIST_JOINERS: ReadonlySet<string> = new Set([
  ',',
  'and',
  '&',
  '+',
  'y',
  'e',
  'et',
  'und',
  'n',
  'plus',
  '/',
  'then',
  'also',
  'as well as',
]);

/** What a number of thanks counts: "thanked two people today", "3 thank-yous", "two ppl". */
export const COUNTED_THANKS: ReadonlySet<string> = words(
  `people folks persons ppl peeps thank-yous thankyous thank-you thanks lots`,
);

/** Words of a giving still to come: "and shall hand it to him tomorrow". */
export const FUTURE_WORDS: ReadonlySet<string> = words(`will shall i'll we'll am plan intend`);

/** Verbs of handing a thing over: "… and will give it to her tomorrow". */
export const DELIVERY_VERBS: ReadonlySet<string> = words(`hand give post send drop deliver take bring pop`);

/** The same, done: "… but haven't posted it yet". */
export const DELIVERED_WORDS: ReadonlySet<string> = words(`
handed given posted sent dropped delivered taken brought popped mailed
`);

/** "Not yet" before a thing handed over: "haven't posted it", "didn't send it". */
export const NOT_YET_WORDS: ReadonlySet<string> = words(`haven't hasn't havent hasnt didn't didnt not`);

/** Words of a time said after the person reached: "rang Godfrey last night, my old chess partner". */
export const TIME_AFTER_NAME: ReadonlySet<string> = words(`
today tonight yesterday last this night morning afternoon evening week weekend on monday tuesday
wednesday thursday friday saturday sunday
`);

/** Hedges before a second description of the same person: "and basically my second mum". */
export const HEDGE_WORDS: ReadonlySet<string> = words(`
basically practically effectively virtually essentially pretty much really like almost kind sort of more or less
`);

/** Words after which a clause begins with its subject: "then crystal from number 9 pulled over". */
export const SUBJECT_OPENERS: ReadonlySet<string> = words(`, ; then and n so but`);

/** Words that open a clause giving a reason: "bc i couldnt pick". */
export const CLAUSE_REASONS: ReadonlySet<string> = words(`because bc cos coz cause since`);

/**
 * A preposition said again before each entry of a list of people: "to Anna and to Ben", "à Loïc et
 * à Solenne", "bei Vroni, bei Vitus und bei Mats", "a mi casera y a Puri".
 */
export const ENTRY_PREPOSITIONS: ReadonlySet<string> = words(`to for à a an bei pour para für`);

/** Objects after which "from" and a capital say where from ("she rang me from Cebu"). */
export const OBJECTS_BEFORE_ORIGIN: ReadonlySet<string> = words(`me us him her them`);

/** Particles of direction between a thing given and its recipient ("took a cake round to Pat"). */
export const THING_PARTICLES: ReadonlySet<string> = words(`round around over across along back down up in`);

export const OBJECT_SKIP: ReadonlySet<string> = words(`
to à a al an bei out back up also finally both all today tonight yesterday again just really
ao aos às para pra alla al allo ai alle
personally properly quickly first this morning afternoon evening night week earlier hoy ayer heute
gestern aujourd'hui hier finalement enfin por fin ya aussi también auch noch
soir matin ce cet cette après-midi esta tarde noche anoche off
`);

export const MESSAGE_DETERMINERS: ReadonlySet<string> = words(`
a an the my un una une el la le ein eine einen some another uma um un' uno een
`);

/** Whoever comes after these was the way to someone else: "tracked her down through an old colleague". */
export const MEANS_PREPOSITIONS: ReadonlySet<string> = words(`through via thru`);

/** Whom a thing went to, in Spanish, French, Italian and Portuguese: "un mensaje largo a Efraín". */
export const ROMANCE_RECIPIENT_WORDS: ReadonlySet<string> = words(`a al à au aux para pour per`);

/**
 * The whole or a part of a place, after a preposition: "por todo Bilbao", "durch ganz Hamburg", "in
 * northern Ontario", "in rural Kerala".
 */
export const PLACE_MODIFIERS: ReadonlySet<string> = words(`
todo toda tout toute ganz all whole northern southern eastern western central rural upstate downtown
north south east west inner outer greater coastal
`);

/** After "the", a description that singles out someone already named: "the first person who …". */
export const SINGLING_WORDS: ReadonlySet<string> = words(`first only one last`);

/** After a name and a description with no comma, what shows the description closed: "… n thanked him". */
export const UNMARKED_CLOSERS: ReadonlySet<string> = words(`and n &`);

/** Before a Romance relative pronoun: "el mes en que …", "la casa en la que …", "l'ami avec qui …". */
export const ROMANCE_RELATIVE_PREPOSITIONS: ReadonlySet<string> = words(
  `en con de a por para dans avec sur pour par`,
);

/** Before "que", a Spanish or French conjunction opening a clause: "sin que", "pour que", "antes de que". */
export const QUE_CONJUNCTIONS: ReadonlySet<string> = words(
  `sin para hasta antes después despues sans pour afin avant`,
);

/** Before a Spanish or French role the lexicon lacks, after thanks: "a la panadera", "al cartero". */
export const ROMANCE_ROLE_DETERMINERS: ReadonlySet<string> = words(
  `la el al los las le les mi mis ma mon mes`,
);

/** When the next of a list was thanked, between the joiner and them: "and today my colleague Ben". */
export const LIST_TIME_WORDS: ReadonlySet<string> = words(`
today tonight yesterday later hoy ayer anoche luego aujourd'hui hier ensuite heute gestern später
`);

/** What sets off the people a count or a plural pronoun stood for: "them both — Kofi and Ama". */
export const LIST_OPENERS: ReadonlySet<string> = new Set([',', ':', '(', '—', '–', '-']);

/** How one of a list was reached, before the next: "Aunt Bea by phone and Aunt Lou in a letter". */
export const MEANS_WORDS: ReadonlySet<string> = words(`by in on over via through with per`);

/** What such a phrase ends in, beside the things that carry words ("a letter", "a card"). */
export const MEANS_NOUNS: ReadonlySet<string> = words(`phone telephone person zoom facetime skype teams`);

export const PREPOSITIONS: ReadonlySet<string> = words(`
about with for to of from at in on by after before without like a à de con para por mit für von avec
pour chez bei w
`);

/**
 * Adverbs of place a verb of going takes with no preposition: "Nipped downstairs to thank June",
 * "Dashed home at lunch", "Popped next door". After a past verb opening the sentence they show the
 * verb is one ("Sam next door" and "Alfred home" stay names: no "-ed" past, or a name ending so).
 */
export const PLACE_ADVERBS: ReadonlySet<string> = words(`
next downstairs upstairs home outside inside indoors abroad nextdoor
`);

/** Words that give the name after them: "a nurse named Adwoa", "a young guy called Tariq". */
export const NAMING_VERBS: ReadonlySet<string> = words(`named called nicknamed christened`);

export const NAMING_BEFORE: ReadonlySet<string> = words(`
is was she's he's be been someone somebody guy girl lady man woman kid boy person friend teacher one
also
`);

/**
 * Heads a clause with no "who" may follow, its subject the writer: "someone I'd never thanked
 * before: …" says who the person is, it denies nothing.
 */
export const RELATIVE_HEADS: ReadonlySet<string> = words(`someone somebody person people one man woman`);

/** Words that may follow the last item of an object list ("... and Bruno for the party"). */
/** A group named again by a word that only points back: "the whole group", "the lot of them". */
export const GROUP_ANAPHORS: ReadonlySet<string> = new Set([
  'group',
  'whole group',
  'entire group',
  'lot',
  'whole lot',
  'gang',
  'whole gang',
  'bunch',
]);

export const LIST_END_WORDS: ReadonlySet<string> = words(`
for to at on in from with today tonight yesterday this too both all who that by of as after before
during over about because again also por para pour für de y et und a à an bei und heute hoy together
`);

/** Said between "and" and the next one in a list: "…, and also my cousin", "…, and then Tomasz". */
export const LIST_ADVERBS: ReadonlySet<string> = words(
  `also then too finally lastly aussi dann también luego`,
);

export const LEADING_ADVERBS: ReadonlySet<string> = words(`
and then also so finally actually just today tonight yesterday this morning afternoon evening later
earlier after that first last week y et und luego después hoy ayer puis ensuite heute gestern dann
oggi ieri poi hoje ontem depois
only even still both
`);

export const RECEIVE_WORDS: ReadonlySet<string> = words(`
got received gets recibió recibieron bekam bekamen erhielt bekommen erhalten reçu
`);

/** German participles of receiving, which close their clause ("… ein Dankeschön von mir bekommen"). */
export const GERMAN_RECEIVED: ReadonlySet<string> = words(`bekommen erhalten`);

/** Receiving told in the present, which a report uses for what is still to come: "Grandad gets a call on Sunday". */
export const PRESENT_RECEIVE_WORDS: ReadonlySet<string> = words(`gets`);

export const CONTINUATIONS: ReadonlySet<string> = words(`
and also plus y et und as &
especially particularly specially especialmente besonders surtout notamment
`);

export const OBJECT_PRONOUNS: ReadonlyMap<string, { gender: Gender | null; plural: boolean }> = new Map<
  string,
  { gender: Gender | null; plural: boolean }
>([
  ['him', { gender: 'm', plural: false }],
  ['her', { gender: 'f', plural: false }],
  ['them', { gender: null, plural: true }],
  ['em', { gender: null, plural: true }],
  ["'em", { gender: null, plural: true }],
  ['ihm', { gender: 'm', plural: false }],
  ['ihn', { gender: 'm', plural: false }],
  ['ihr', { gender: 'f', plural: false }],
  ['ihnen', { gender: null, plural: true }],
  ['él', { gender: 'm', plural: false }],
  ['ella', { gender: 'f', plural: false }],
  ['ellos', { gender: null, plural: true }],
  ['ellas', { gender: null, plural: true }],
  ['lui', { gender: null, plural: false }],
  ['elle', { gender: 'f', plural: false }],
  ['eux', { gender: null, plural: true }],
  // Swedish, Danish, Norwegian and Dutch, for replies written in those languages.
  ['henne', { gender: 'f', plural: false }],
  ['hende', { gender: 'f', plural: false }],
  ['honom', { gender: 'm', plural: false }],
  ['hem', { gender: 'm', plural: false }],
  ['haar', { gender: 'f', plural: false }],
]);

/** English possessives that say whose it was: "on her doorstep", "touched his feet". */
export const PLACE_OWNERS: ReadonlyMap<string, { gender: Gender | null; plural: boolean }> = new Map<
  string,
  { gender: Gender | null; plural: boolean }
>([
  ['his', { gender: 'm', plural: false }],
  ['her', { gender: 'f', plural: false }],
  ['their', { gender: null, plural: true }],
]);

/** Words for a person's name: "I only remembered her surname … (Gráinne D'Souza-Lyle)". */
export const NAME_NOUNS: ReadonlySet<string> = words(
  `name surname names nombre apellido nom prénom nachname`,
);

/** What is read or watched is a title, not a person: "reading Sakal with a magnifying glass". */
export const MEDIA_VERBS: ReadonlySet<string> = words(`
reading read reads watching watched lisait lisais lire lu lit lisant leía leías leyó leer leyendo
lasen liest lesen gelesen leggeva leggevo letto lia lendo leu
`);

/**
 * Someone's home, door, hand or feet: whoever they belong to is whom thanks said there reached
 * ("stood on her doorstep and said thank you", "touched his feet and said thank you").
 */
export const PERSONAL_PLACES: ReadonlySet<string> = words(`
doorstep door house home flat place porch front bedside hand hands feet shoulder
`);

// Clitics before the verb in Spanish and French: "le di las gracias", "je l'ai remerciée".
export const CLITICS: ReadonlyMap<string, { gender: Gender | null; plural: boolean }> = new Map<
  string,
  { gender: Gender | null; plural: boolean }
>([
  ['le', { gender: null, plural: false }],
  ['lo', { gender: 'm', plural: false }],
  ['la', { gender: 'f', plural: false }],
  ['les', { gender: null, plural: true }],
  ['lui', { gender: null, plural: false }],
  ['leur', { gender: null, plural: true }],
  ['lhe', { gender: null, plural: false }],
  ['lhes', { gender: null, plural: true }],
]);

/** Reflexive and personal clitics before a Spanish or Portuguese verb: "se lo pidiera", "me llamó". */
export const REFLEXIVE_CLITICS: ReadonlySet<string> = words(`me te se nos`);

/** Auxiliaries of a passive before its participle: "has been thanked", "was thanked", "got thanked". */
export const PASSIVE_AUXILIARIES: ReadonlySet<string> = words(`been was were got gets get is are be`);

export const LANGUAGE_MARKERS: Record<Language, ReadonlySet<string>> = {
  en: new Set([
    'the',
    'and',
    'i',
    'my',
    'to',
    'was',
    'he',
    'she',
    'her',
    'him',
    'for',
    'with',
    'thanked',
    'today',
  ]),
  es: new Set([
    'el',
    'la',
    'que',
    'y',
    'mi',
    'le',
    'por',
    'para',
    'con',
    'una',
    'gracias',
    'hoy',
    'es',
    'del',
    'los',
    // Portuguese and Italian are read the Spanish way (articles before names, clitics): "foi a
    // Conceição", "ho scritto al Marco".
    'hoje',
    'minha',
    'meu',
    'foi',
    'nao',
    'dela',
    'dele',
    'obrigado',
    'obrigada',
    'oggi',
    'mio',
    'mia',
    'grazie',
    'ho',
  ]),
  de: new Set([
    'ich',
    'und',
    'die',
    'der',
    'das',
    'habe',
    'mit',
    'nicht',
    'meine',
    'meiner',
    'ein',
    'sie',
    'hat',
    'heute',
    'hab',
    'dem',
    'eine',
    'einen',
    'gestern',
    'fürs',
  ]),
  fr: new Set([
    'je',
    'le',
    'la',
    'et',
    'les',
    'mon',
    'ma',
    'une',
    'pour',
    'avec',
    "j'ai",
    'merci',
    'est',
    'des',
    'du',
  ]),
};

/** Base forms of contact verbs, read only to notice plans ("going to call Anna", "will text Mum"). */
export const PLANNED_VERBS: ReadonlySet<string> = words(`
call text write email message visit tell ring phone see meet hug send facetime dm ping llamar escribir
mandar anrufen schreiben appeler écrire
`);

/** Where a thing is left or put: "on the doorstep", "in our letterbox", "at the desk". */
export const THING_PLACE: ReadonlySet<string> = words(
  `on in at under into through thru to by outside inside behind beside underneath onto`,
);

/** Adverbs between such a clause and its copula: "the one I'd never thanked properly is …". */
export const CLEFT_ADVERBS: ReadonlySet<string> = words(`properly enough really back then ever`);

/** Words after which a Spanish word in "-é" or a Portuguese one in "-ei" opening a sentence is the verb. */
export const PRETERITE_FOLLOWERS: ReadonlySet<string> = words(`
um uma o os as ao aos à às com para un una unos unas el la los las a al con mi mis
`);

export const PURPOSE_MODALS: ReadonlySet<string> = words(`could can would might wouldn't couldn't`);

/** Words that open a place or an "of whom" after a description ("on 6 West", "de la tercera planta"). */
export const PLACE_OPENERS: ReadonlySet<string> = words(
  `on at from in of over outside near opposite behind under beside de del du des da do di auf im vom aus`,
);

/** Hours and times of day that follow "at" as a time, not a place ("at six", "at noon"). */
export const CLOCK_WORDS: ReadonlySet<string> = words(
  `two three four five six seven eight nine ten eleven twelve noon midnight dawn dusk lunchtime teatime bedtime`,
);

/** Prepositions that only say where, so may chain a second place on the first ("at the level crossing near our old farm"). */
export const SPATIAL_PREPOSITIONS: ReadonlySet<string> = words(`near outside opposite behind under beside`);

/** Prepositions and copulas that end a description before a person word ("a card through Father Declan's door", "mi è presa una gran nostalgia"). */
export const DESCRIPTION_BREAKS: ReadonlySet<string> = words(`
through across into onto over under at on in from for to with by behind near outside
è é es est ist era fue war foi sono
`);

/** Words after which a relative clause is over and the sentence's own verb has come. */
export const CLAUSE_GOES_ON: ReadonlySet<string> = words(`
and but for is was are were lives works has had says said still always never
`);

/** Prepositions of company: "Avec ma sœur, on a …", "With my husband we took …". */
export const COMPANY_WORDS: ReadonlySet<string> = words(`with avec con mit com`);

/** Subjects that include the writer: the companions named before them gave the thanks too. */
export const WE_SUBJECTS: ReadonlySet<string> = words(`we we've we'd on nous wir nosotros nosotras noi nós`);

export const COPULA_SUBJECTS: ReadonlySet<string> = words(`i he she they we you`);

export const COPULAS: ReadonlySet<string> = words(`is was am are were became`);

/**
 * "Quem me levava ao hospital era a Conceição", "who kept me going was Mr. Obi", "celle qui m'a aidée,
 * c'était Mme Roux": the opener and the copula of a pseudo-cleft, which puts the person after it in focus.
 */
export const CLEFT_OPENERS: ReadonlySet<string> = words(`who quem quien qui wer`);
export const CLEFT_COPULAS: ReadonlySet<string> = words(`was is era foi fue es était c'était war ist`);

export const COPULA_ADVERBS: ReadonlySet<string> = words(`also still now always once basically`);

/** Answering what the writer sent: "Mrs. Moran replied to my thank-you note", "she wrote back to my card". */
export const ANSWER_VERBS: ReadonlySet<string> = words(`replied answered responded loved`);

/** Verbs that answer with "back": "texted back", "wrote back to my letter". */
export const BACK_VERBS: ReadonlySet<string> = words(`wrote texted emailed messaged`);

/** Between the one who answered and the verb: "she hasn't replied to my message yet" (it was sent). */
export const ANSWER_AUXILIARIES: ReadonlySet<string> = words(`
has hasn't had hadn't have haven't did didn't never already just finally not even still yet also
`);

/** Words that count a group's people before "of them": "both of them", "all three of them". */
export const MEMBER_COUNTS: ReadonlySet<string> = words(`both all the only just`);

/**
 * Nouns for anyone at all, which say nothing of who a person is ("the woman who found my wallet"),
 * and the heads a clause about the thanks may describe ("the one I never thanked was …").
 */
export const GENERIC_PEOPLE: ReadonlySet<string> = words(`
one ones person people ppl man men woman women guy guys lady ladies bloke blokes fella fellas someone
`);

/** The last word of a group's own name: "Blue Watch", "the Night Crew", "St Cecilia Choir". */
export const GROUP_NAME_HEADS: ReadonlySet<string> = words(`
watch team crew squad club choir band group shift unit brigade society committee orchestra
`);

/** Words that open a sentence going on from the one before: "then a txt to Théo", "and a card to Mum". */
export const OPENING_CONNECTIVES: ReadonlySet<string> = words(`then and also plus n + after that`);

/** Whom a thing went to after it: "flowers to my neighbour", "mensagem pra Sônia", "un mot pour Léa". */
export const THING_RECIPIENT_WORDS: ReadonlySet<string> = words(`to for à a pra pro para pour`);
