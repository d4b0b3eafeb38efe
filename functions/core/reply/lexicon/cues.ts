/**
 * Words around a verb that change what it reports: negation ("never thanked"), plans
 * ("going to thank"), failure ("didn't pick up"), and clause structure. Single words are
 * lowercase tokens (apostrophes as '); phrases are space-separated token sequences.
 */
import { phrases, words } from './text';

/** Before a verb in its clause: the act did not happen. */
export const NEGATION_WORDS: ReadonlySet<string> = words(`
not never didn't didnt don't dont haven't havent hasn't hasnt hadn't hadnt won't wouldn't wouldnt couldn't
couldnt can't cant shouldnt wasnt werent isnt arent
cannot shouldn't wasn't weren't no nor neither forgot forget without nobody noone nunca jamás
tampoco nicht nie niemals kein keine ne n' pas jamais wish olvidé vergessen oublié niemandem niemanden niemand
nadie nessuno ninguém non não
`);

/** Before a verb in its clause: the act is planned, wished or hypothetical, not done. */
/** After a negation, these say more was done, not less: "I didn't just thank her", "Not only did I …". */
export const NEGATION_WIDENERS: ReadonlySet<string> = words(`just only merely simply`);

export const PLAN_WORDS: ReadonlySet<string> = words(`
will i'll we'll ill shall gonna wanna should must might may would i'd plan plans planning planned
intend intends intended intending going want wanted hope hoping need needs next tomorrow later if whether maybe
perhaps considering thinking meant mean supposed ought try trying tried attempt attempted about voy
vas vamos quiero quería pienso tengo debería debo mañana si werde wollte will möchte muss sollte
morgen wenn falls vais veux voulais dois devrais demain compte
`);

/** After a call, in its sentence or the next: nobody picked up (a voicemail after it still counts). */
export const CALL_FAILURE_PHRASES: readonly string[] = phrases(`
didn't pick up|did not pick up|didnt pick up|didn't answer|did not answer|no answer|wasn't home|
was not home|wasn't there|not home|phone is off|phone was off|phone's off|phone off|couldn't reach|
could not reach|couldn't get through|could not get through|couldn't get hold|never got through|
kept dropping|wrong number|went unanswered|no contestó|no contesto|no respondió|no cogió|no estaba|
ne répondait pas|n'a pas répondu|pas de réponse|pas répondu|nicht erreicht|nicht abgenommen|
nicht rangegangen|keine antwort|nicht erreichen|
phone was switched off|phone was turned off|phone was dead|phone's dead|switched off|
wouldn't let me leave a message|wouldn't even let me leave a message|couldn't leave a message|
i just hung up|so i hung up|i hung up without|didn't leave a message|did not leave a message|left no message|
could not leave a message|voicemail was full|voicemail is full|mailbox was full|mailbox is full|
teléfono apagado|estaba apagado|téléphone éteint|était éteint|handy war aus|ausgeschaltet|mailbox voll
`);

/** After any act, in its sentence or the next: the words never left ("deleted it", "never sent"). */
export const DELIVERY_FAILURE_PHRASES: readonly string[] = phrases(`
bounced|deleted it|deleted the|then deleted|never sent|didn't send|did not send|didn't go through|
did not go through|chickened out|lost my nerve|couldn't bring myself|never gave it|didn't give it|
did not give it|never mailed|never posted|didn't post|in my drafts|still in drafts|didn't hit send|
never hit send|haven't sent|have not sent|haven't given|have not given|didn't deliver|
never delivered|she's moved|he's moved|they've moved|nobody was home|no one was home|lo borré|la borré|no lo envié|gelöscht|nicht abgeschickt|supprimé|jamais envoyé|
binned it|binned the|binned them|threw it away|threw it out|tore it up|scrapped it|ripped it up|
wrong number|number wrong|went to a stranger|went to the wrong|to the wrong person|to the wrong number|
card is still in|note is still in|letter is still in|card's still in|note's still in|it's still in my|it is still in my|
unsent|still sitting in|it's sitting|it is sitting|note is sitting|card is sitting|letter is sitting|sin enviar|no enviado|pas envoyé|nicht gesendet|nie abgeschickt
`);

/**
 * After any act: the person was not there to reach ("had moved away", "wasn't home"), unless the
 * participant is the one who moved or was out ("when I moved away").
 */
export const ABSENCE_FAILURE_PHRASES: readonly string[] = phrases(`
moved away|moved out|had moved|wasn't in|wasn't home
`);

/**
 * A call that reached the wrong line: after "but", the number as the clause's subject ("but the
 * number belongs to someone else now", "but the number's changed"), or someone indefinite who
 * answered ("but a stranger answered", "but somebody else picked up").
 */
export const LINE_NOUNS: ReadonlySet<string> = words(`number number's line`);
export const INDEFINITE_SUBJECTS: ReadonlySet<string> = words(`a an someone somebody`);
export const ANSWERED_WORDS: ReadonlySet<string> = words(`answered picked`);
/** "…, but he had passed away", "but his wife said she died in May": no one left to thank. */
export const DIED_WORDS: ReadonlySet<string> = words(`died passed`);

/** Verbs of calling, which the call failures above undo. */
export const CALL_WORDS: ReadonlySet<string> = words(`
called phoned rang facetimed skyped video-called video tried llamé llamado appelé appelée téléphoné
angerufen telefoniert
`);

/** "Nobody today": no one was thanked in this reply. */
export const NOBODY_PHRASES: readonly string[] = phrases(`
nobody|no one|noone|no-one|didn't thank anyone|did not thank anyone|haven't thanked anyone|nadie|
niemand|niemandem|personne|nessuno|ninguém|niemanden
`);

/** Words that open a subordinate clause: people mentioned inside are background, not the topic. */
/** Words that open a sign-off the writer may quote from a card: `instead of just "love Mum"`. */
export const QUOTED_SIGN_OFFS: ReadonlySet<string> = words(`love xx xxx xo xoxo besos bisous abrazos`);

/** Words that may stand between such a person and the verb: "Dad still doesn't know", "todavía no sabe". */
export const COMMENT_ADVERBS: ReadonlySet<string> = words(`
still doesn't does not never always todavía aún no ya encore ne pas toujours noch nicht immer
`);

/** Present-tense verbs of saying or thinking after a person: a comment on the story ("Mum says …"). */
export const COMMENT_VERBS: ReadonlySet<string> = words(`
says thinks reckons reckon knows know dice cree piensa opina sabe dit pense trouve sait sagt meint findet glaubt weiß
`);

export const SUBORDINATORS: ReadonlySet<string> = words(`
when after before since because while until although though if once cuando después antes porque
mientras aunque quand lorsque après avant parce pendant als wenn nachdem weil während bevor obwohl
quando enquanto embora perché mentre sebbene
`);

/**
 * An unfinished main clause before "when" ("we had just sat down when…", "the band was halfway
 * through when…", "we were about to start when…"): the "when" clause then tells what happened,
 * so its people are the story's foreground, not background.
 */
export const INTERRUPTED_CUES: ReadonlySet<string> = words(`
just barely hardly halfway middle about
`);

/** Relative pronouns: the verb after one has the noun before it as subject, not the participant. */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = words(`
who whose which whom that que qui quien
`);

/** Words a new clause's subject may open with after "and": "and the court told …", "and I rang". */
export const CLAUSE_SUBJECT_STARTS: ReadonlySet<string> = words(`the i we`);

/** Words that end a clause for the purpose of finding a verb's subject and modality. */
export const CLAUSE_BREAK_WORDS: ReadonlySet<string> = words(`
but because so although though while whereas then when after before since until pero porque aunque cuando así
entonces mais parce quand puis alors donc aber weil denn dann als sondern deshalb daher
`);

/** First-person subjects: the participant did it. */
export const FIRST_PERSON: ReadonlySet<string> = words(`
i i've i'd i'm ive im we we've yo nosotros nosotras je j' ich wir nous moi
`);

/** Verbs of moving: "moved to Singapore" names a place, not a person. */
export const MOTION_WORDS: ReadonlySet<string> = words(`
moved move went go going flew fly drove drive came come back trip travelled traveled relocated
returned headed way transferred emigrated walked retired retiring
`);

/** Prepositions after which a capitalised word is a place ("at Ashby's", "in Lyon"). */
/** Spanish and French verbs of going: "a"/"à" after them names a place ("se fue a Punta Arenas"). */
export const ROMANCE_MOTION_WORDS: ReadonlySet<string> = words(`
fue fui fuimos fueron mudó mudé mudamos mudaron llegó llegué volvió volví regresó viajó voló vive vivía
allé allée allés allées parti partie déménagé déménagée arrivé arrivée retourné retournée habite habitait
vivre vit vivait habiter travaille travaillait vivir viven trabaja trabajaba
`);

/** Streets named after the word for them: "rue Colbert", "calle Alcalá", "avenida Libertador". */
export const STREET_NOUNS: ReadonlySet<string> = words(`
rue calle avenida avenue boulevard bd plaza paseo chemin rua via viale piazza
`);

export const PLACE_PREPOSITIONS: ReadonlySet<string> = words(`
in at near into across around through inside outside toward towards via on en nach im aus dans vers
desde hacia
`);

/** "thanks to X", "grâce à X": X caused something; nobody was thanked. */
export const CAUSAL_PHRASES: readonly string[] = phrases(`
thanks to|thank to|gracias a|grâce à|dank
`);
