/**
 * The words of a correction, in English, Spanish, German and French: what opens one ("actually",
 * "his name is"), the negation that names the wrong entry ("not Greg"), the verbs that remove one
 * and the phrases that move a reply to another day. Lowercase; apostrophes are straight ('), the
 * reader folds curly ones before matching. Phrases are matched as whole words, longest first.
 */
import { phrases, words } from './text';

/** Openers that only say "this corrects something" and are dropped: "Sorry, ...", "Oops, ...". */
export const CORRECTION_OPENERS: readonly string[] = phrases(`
sorry|oops|whoops|oh|ah|wait|actually|correction|small correction|quick correction|my mistake|my bad|
wrong name|wrong person|typo|to clarify|just to clarify|in fact|i mean|sorry i meant|
perdón|perdona|perdone|disculpa|ups|uy|en realidad|de hecho|corrección|error|me equivoqué|nombre equivocado|
entschuldigung|sorry|hoppla|ups|eigentlich|korrektur|falscher name|falsche person|ich meinte|tippfehler|
pardon|désolé|désolée|oups|en fait|correction|erreur|mauvais nom|mauvaise personne|je voulais dire
`);

/** Openers that carry the correction's meaning: what follows is the right person. */
export const RIGHT_LEADS: readonly string[] = phrases(`
his name is|her name is|their name is|the name is|his name's|her name's|name is|it was|it's|it is|
that was|that's|that is|i meant|it should be|should be|should say|
should read|it should say|it should read|the right name is|
se llama|su nombre es|el nombre es|era|es|fue|quise decir|
er heißt|sie heißt|der name ist|sein name ist|ihr name ist|es war|war es|das war|es ist|ich meinte|
gemeint war|richtig ist|
il s'appelle|elle s'appelle|son nom est|le nom est|c'était|c'est|je voulais dire|il s'agit de
`);

/**
 * Reports of thanks that open "X, not Y" ("I thanked Craig, not Greg"). Only with the "not Y"
 * part are they a correction: "I thanked Craig." alone adds Craig.
 */
export const THANK_LEADS: readonly string[] = phrases(`
i thanked|i called|i wrote to|i texted|i messaged|
le agradecí a|le di las gracias a|llamé a|agradecí a|
ich habe|ich danke|ich dankte|ich rief|
j'ai remercié|j'ai appelé|j'ai écrit à
`);

/** The negation before the wrong entry, alone or with its verb: "not", "it wasn't", "no era". */
export const WRONG_LEADS: readonly string[] = phrases(`
not|and not|it wasn't|it was not|wasn't|it's not|it isn't|it is not|that wasn't|that was not|
his name isn't|her name isn't|his name is not|her name is not|his name's not|her name's not|
no|y no|no era|no es|no fue|no se llama|
nicht|und nicht|es war nicht|das war nicht|er heißt nicht|sie heißt nicht|es ist nicht|nicht etwa|
pas|et non|et pas|non|non pas|ce n'était pas|ce n'est pas|c'était pas|c'est pas|
il ne s'appelle pas|elle ne s'appelle pas
`);

/** What joins "not Y" to the right person: "not Greg, Craig", "nicht Greg, sondern Craig". */
export const RIGHT_AFTER_WRONG: readonly string[] = phrases(`
but|but rather|rather|but it was|it was|it's|it is|his name is|her name is|
sino|sino que|pero|era|es|fue|se llama|
sondern|es war|das war|er heißt|sie heißt|
mais|c'était|c'est|il s'appelle|elle s'appelle
`);

/** Verbs that take an entry off the day: "remove Greg", "quita a Greg", "lösche Greg". */
export const REMOVE_VERBS: readonly string[] = phrases(`
remove|delete|drop|scratch|strike|take off|cross off|cross out|erase|
quita|quitá|quite|quitar|elimina|eliminá|elimine|eliminar|borra|borrá|borre|borrar|saca|sacá|saque|sacar|
entferne|entfernen|entfernt|lösche|löschen|löscht|streiche|streichen|streicht|nimm|
supprime|supprimez|supprimer|retire|retirez|retirer|enlève|enlevez|enlever|efface|effacez|effacer|raye|rayez|rayer
`);

/** Politeness around a request: "please", "can you", "bitte", "s'il vous plaît". */
export const REQUEST_FILLERS: readonly string[] = phrases(`
please|pls|can you|could you|would you|can you please|could you please|kindly|
por favor|puedes|podrías|puede|podría|
bitte|kannst du|könnt ihr|können sie|könnten sie|
s'il vous plaît|s'il te plaît|stp|svp|merci de|pouvez-vous|peux-tu|veuillez|
thanks|thank you|thx|ty|gracias|danke|merci
`);

/** Words after the removed entry that say where from: "remove Greg from the list", "… bitte". */
export const REMOVE_TAILS: readonly string[] = phrases(`
from the list|from my list|from the log|from my log|from that day|from the day|off the list|off my list|off|
from it|from there|from day|
de la lista|del registro|de mi registro|del día|de ahí|
aus der liste|aus dem log|von der liste|vom tag|raus|heraus|weg|
de la liste|du journal|de mon journal|du jour|de là
`);

/** The word for "day" before its number. */
export const DAY_WORDS = words(`day día dia tag jour`);

/**
 * Whole move phrases with the day number as `N`, e.g. "that was for day N". Articles and
 * "the"/"el"/"le" before the day word are optional everywhere.
 */
export const MOVE_PHRASES: readonly string[] = phrases(`
that was for day N|that was day N|that is for day N|that's for day N|that was meant for day N|
this was for day N|this was day N|this is for day N|it was for day N|it was day N|it's for day N|
that should be day N|it should be day N|this should be day N|that belongs to day N|it belongs to day N|
that goes on day N|that should go on day N|move it to day N|move that to day N|move this to day N|
please move it to day N|put it on day N|put that on day N|wrong day it was day N|wrong day day N|
i meant day N|meant for day N|that was my day N|that was my reply for day N|that reply was for day N|
eso era para el día N|esto era para el día N|eso era del día N|era para el día N|era del día N|
eso es para el día N|es para el día N|eso va en el día N|pásalo al día N|muévelo al día N|
día equivocado era el día N|quise decir el día N|
das war für tag N|das ist für tag N|das gehört zu tag N|das gehört zum tag N|das war tag N|
das sollte tag N sein|es war für tag N|bitte zu tag N verschieben|verschiebe das auf tag N|
falscher tag es war tag N|ich meinte tag N|
c'était pour le jour N|c'est pour le jour N|c'était le jour N|ça c'était pour le jour N|
ça va dans le jour N|c'était pour jour N|déplace-le au jour N|déplacez-le au jour N|
mauvais jour c'était le jour N|je voulais dire le jour N
`);

/**
 * Words that make "not Y, X" a new report rather than a correction, or that no name contains:
 * "not my brother this time, I thanked my cousin", "not today". Any of these in a phrase that
 * should name a person means it does not.
 */
export const NOT_A_PERSON = words(`
i me we us you he him she her they them it its this that these those there here what who which
time times today yesterday tomorrow tonight again also too either neither just only even still yet
really very so much more less lot lots all any some both each every one ones thing things way
thanked thank thanks called call texted wrote write sent send met visited said told
yes yeah yep no nope not nein non ok okay sure fine great good bad sorry please hello hi hey
monday tuesday wednesday thursday friday saturday sunday
yo tú él ella nosotros ellos ellas esto eso hoy ayer mañana vez también tampoco solo sólo muy
gracias sí bien mal hola llamé agradecí escribí
ich du er sie wir ihr es heute gestern morgen mal auch nur sehr danke ja gut schlecht hallo
angerufen gedankt geschrieben
je tu il elle nous vous ils elles ça cela aujourd'hui hier demain fois aussi seulement très
merci oui bien mal bonjour salut appelé remercié écrit
`);

/** Lowercase words allowed inside a name: "José de la Cruz", "Ludwig van Beethoven". */
export const NAME_PARTICLES = words(
  `de del della der den di da das do dos du la le van von y zu bin al el ben`,
);

/** Titles kept with a name: "Dr. Patel", "Frau Weber". Lowercase, with and without the dot. */
export const TITLES = words(`
dr dr. mr mr. mrs mrs. ms ms. miss prof prof. professor coach sr sr. sra sra. srta srta. don doña
herr frau mme mme. mlle mlle. m. monsieur madame mademoiselle
`);

/** "I mean Craig, not Greg", "it's Rhian, not Rhiannon", in the reply itself: the right name, then the wrong one. */
export const NAME_CORRECTION =
  /\b(?:I\s+mea(?:nt|n)|[Ii]t['’]?s|[Ii]t\s+is|[Ii]t\s+was)\s+(\p{Lu}[\p{L}'’-]+),?\s+not\s+(\p{Lu}[\p{L}'’-]+)/gu;

/** "No, wait: it's Rhian", "Sorry, I mean Jonathan": the right name alone, for a name much like it. */
export const NAME_SELF_CORRECTION =
  /\b(?:[Nn]o|[Ss]orry|[Oo]ops|[Ww]ait)[,:!]?\s+(?:wait[,:!]?\s+)?(?:I\s+mea(?:nt|n)|[Ii]t['’]?s|[Ii]t\s+is|[Ii]t\s+was)\s+(\p{Lu}[\p{L}'’-]+)/gu;

/** "P.S. How silly of me: I mean Dymphna.": the right name alone, as a sentence of its own. */
export const NAME_MEANT = /\bI\s+mea(?:nt|n)\s+(\p{Lu}[\p{L}'’-]+)\s*[.!]/gu;
