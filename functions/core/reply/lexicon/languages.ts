/**
 * Words that only the Spanish, French and German rules read: where a German clause starts, who its
 * subject is, and the past tenses of the Romance languages.
 */
import { words } from './text';

/** Words that open a new German clause: the participle's object is after them. */
export const GERMAN_CLAUSE_OPENERS: ReadonlySet<string> = words(
  `und aber dann weil als nachdem sondern um dass seit seitdem wenn ob damit obwohl während bevor`,
);

/** Subordinators after which a third-person pronoun is the subject: "dass sie … mit Papa telefoniert". */
export const GERMAN_SUBORDINATORS: ReadonlySet<string> = words(
  `dass weil seit seitdem wenn ob damit obwohl während bevor nachdem als`,
);

/** Third-person subject pronouns: someone else does what the clause says. */
export const GERMAN_OTHER_SUBJECTS: ReadonlySet<string> = words(`sie er es man`);

/** The writer in a German clause: "ich habe", "hab … angerufen", "wir haben". */
export const GERMAN_FIRST_PERSON: ReadonlySet<string> = words(`ich habe hab mich wir`);

/** "sie ihr" and "ihr" after "sie": a subject and a dative, not the person thanked. */
export const GERMAN_SUBJECT_BEFORE_DATIVE: ReadonlySet<string> = words(`sie ihr`);

/** French, Spanish and Italian auxiliaries of a first-person past, before their participle. */
export const PAST_AUXILIARIES: ReadonlySet<string> = words(
  `ai avons suis sommes he hemos ho abbiamo sono siamo`,
);

/** Endings of French and Spanish past participles ("appelé", "allée", "llamado", "escrito"). */
export const PARTICIPLE = /(?:é|ée|és|ées|is|ise|it|ite|u|ue|ado|ada|ido|ida|cho|to)$/u;

/** Spanish first-person preterites that a reply opens with ("fui a ver", "llamé a"). */
export const SPANISH_PRETERITE: ReadonlySet<string> = words(`
fui fuimos vi di hice estuve tuve pasé llamé escribí visité
`);

/** Spanish "he/hemos" before a participle is the writer's auxiliary, not English "he". */
export const SPANISH_AUXILIARY_SUBJECTS: ReadonlySet<string> = words(`he hemos`);

/**
 * Italian and Portuguese verbs after which "a" marks the person, as in Spanish ("ho scritto a
 * Lorenzo", "escrevi a Joana"): in text read as English, "a" before a capitalised word is otherwise
 * an article ("a Dyson").
 */
export const PERSONAL_A_VERBS: ReadonlySet<string> = words(`
scritto chiamato telefonato ringraziato mandato detto escrevi liguei mandei agradeci telefonei disse
`);

/**
 * German separable verbs in the simple past, their particle at the clause's end ("Ich rief Onkel
 * Dieter an"): the verb and particle, and the participle they are read as.
 */
export const GERMAN_SEPARATED_PAST: ReadonlyMap<string, string> = new Map([
  ['rief an', 'angerufen'],
  ['riefen an', 'angerufen'],
  ['schrieb an', 'angeschrieben'],
  ['schrieben an', 'angeschrieben'],
]);

/** German nouns for a person's role that are never a name: "Ihr Mann Uwe", "mein Chef". */
export const GERMAN_ROLE_NOUNS: ReadonlySet<string> = words(`mann chef chefin kumpel`);

/** German prepositions of place: the capitalised noun after them is where, never who. */
export const GERMAN_PLACE_PREPOSITIONS: ReadonlySet<string> = words(`auf im am vom zum zur ins aufs`);

/** Prepositions of the people a German writer did something with or from: "mit Lena", "von Jan". */
export const GERMAN_COMPANION_PREPOSITIONS: ReadonlySet<string> = words(`mit von bei zu und oder`);

/** Participles of giving and treating: "ein Bier ausgegeben", "Pralinen mitgebracht", "einen Kuchen gebacken". */
export const GERMAN_GIFT_PARTICIPLES: ReadonlySet<string> = words(`
ausgegeben spendiert geschenkt mitgebracht gebracht vorbeigebracht gebacken gekauft besorgt gegeben
überreicht gekocht vorbeigeschaut hingestellt gestellt hingelegt gelegt
`);

/** Dative determiners: the receiver of what was given ("dem Sepp", "der Gabi", "meiner Nachbarin"). */
export const GERMAN_DATIVE_DETERMINERS: ReadonlySet<string> = words(`
dem der meinem meiner unserem unserer seinem seiner ihrem ihrer deinem deiner
`);

/** Nouns of thanks after "als" or "zum": the purpose of a gift ("als kleines Dankeschön", "zum Dank"). */
export const GERMAN_THANKS_NOUNS: ReadonlySet<string> = words(`dank dankeschön dankeschoen danke`);
