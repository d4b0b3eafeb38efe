/**
 * Subscription commands a participant can give by reply, as trigger phrases per command
 * (lowercase token sequences, four languages), with the words that show a trigger is a real
 * request, and those that show it is negated, only mentioned, or used in another sense.
 */
import type { ReplyCommand } from '../command-names';
import { words } from './text';

export type { ReplyCommand };

export interface CommandTrigger {
  words: readonly string[];
  command: ReplyCommand;
  /** The trigger alone is enough (no request word needed): "unsubscribe me", "remove me". */
  strong?: boolean;
  /** The trigger is a bare verb that has other senses ("stop"): it needs a service object or to end the clause. */
  needsObject?: boolean;
}

const c = (
  words: string,
  command: ReplyCommand,
  flags: { strong?: boolean; needsObject?: boolean } = {},
) => ({
  words: words.split(' '),
  command,
  ...flags,
});

export const COMMAND_TRIGGERS: readonly CommandTrigger[] = [
  // stop
  c('unsubscribe', 'stop'),
  c('unsubscribe me', 'stop', { strong: true }),
  c('unsub', 'stop'),
  c('stop', 'stop', { needsObject: true }),
  c('remove me', 'stop', { strong: true }),
  c('erase me', 'stop', { strong: true }),
  c('delete me', 'stop', { strong: true }),
  c('take me off', 'stop', { strong: true }),
  c('opt me out', 'stop', { strong: true }),
  c('opt out', 'stop'),
  c('cancel my subscription', 'stop', { strong: true }),
  c('cancel', 'stop', { needsObject: true }),
  c('end my subscription', 'stop', { strong: true }),
  c('leave the challenge', 'stop'),
  c('quit the challenge', 'stop'),
  c('drop out', 'stop'),
  c('no more emails', 'stop', { strong: true }),
  c('count me out', 'stop', { strong: true }),
  c('delete my account', 'stop', { strong: true }),
  c('close my account', 'stop', { strong: true }),
  // "I'd like to be taken off the list": the same, in the passive.
  c('be taken off', 'stop'),
  c('be removed from', 'stop'),
  c('be unsubscribed', 'stop'),
  c('no longer wish to receive', 'stop', { strong: true }),
  c('no longer want to receive', 'stop', { strong: true }),
  // "Please don't send me any more of these": sending refused, not a mere negation.
  c("don't send me any more", 'stop', { strong: true }),
  c("don't send me anymore", 'stop', { strong: true }),
  c("don't send any more", 'stop', { strong: true }),
  c('do not send me any more', 'stop', { strong: true }),
  c('do not send any more', 'stop', { strong: true }),
  c('send nothing', 'stop', { strong: true }),
  c('send me nothing', 'stop', { strong: true }),
  c("don't send anything", 'stop', { strong: true }),
  c("don't send me anything", 'stop', { strong: true }),
  c('no more', 'stop', { needsObject: true }),
  c("i'm out", 'stop'),
  c('i want out', 'stop', { strong: true }),
  c('darme de baja', 'stop', { strong: true }),
  c('dame de baja', 'stop', { strong: true }),
  c('dadme de baja', 'stop', { strong: true }),
  c('denme de baja', 'stop', { strong: true }),
  c('dar de baja', 'stop'),
  c('baja', 'stop'),
  c('cancelar', 'stop', { needsObject: true }),
  c('no quiero recibir', 'stop', { strong: true }),
  // "Por favor, dejen de enviarme correos": asked to stop sending, in any person.
  c('dejen de enviarme', 'stop', { strong: true }),
  c('deja de enviarme', 'stop', { strong: true }),
  c('dejad de enviarme', 'stop', { strong: true }),
  c('dejar de recibir', 'stop'),
  c('no me manden más', 'stop', { strong: true }),
  c('no me envíen más', 'stop', { strong: true }),
  c('no me mandéis más', 'stop', { strong: true }),
  c('abmelden', 'stop'),
  c('melde mich ab', 'stop', { strong: true }),
  c('meldet mich ab', 'stop', { strong: true }),
  c('meldet mich bitte ab', 'stop', { strong: true }),
  c('melden sie mich ab', 'stop', { strong: true }),
  c('abbestellen', 'stop'),
  c('austragen', 'stop'),
  // "Bitte keine E-Mails mehr": no more of them.
  c('keine e-mails mehr', 'stop', { strong: true }),
  c('keine mails mehr', 'stop', { strong: true }),
  c('keine nachrichten mehr', 'stop', { strong: true }),
  c('stopp', 'stop'),
  c('désabonner', 'stop'),
  c('désinscrire', 'stop'),
  c('désabonnez-moi', 'stop', { strong: true }),
  c('désinscrivez-moi', 'stop', { strong: true }),
  c('arrêter', 'stop', { needsObject: true }),
  c('arrêtez', 'stop', { needsObject: true }),
  c("arrêtez de m'envoyer", 'stop', { strong: true }),
  c("arrêter de m'envoyer", 'stop', { strong: true }),
  c('ne plus recevoir', 'stop'),
  c("ne m'envoyez plus", 'stop', { strong: true }),
  c("ne m'envoie plus", 'stop', { strong: true }),
  c('cancellatemi', 'stop', { strong: true }),
  c('cancellami', 'stop', { strong: true }),
  c('disiscrivetemi', 'stop', { strong: true }),
  c('disiscrivermi', 'stop'),
  c('toglietemi dalla lista', 'stop', { strong: true }),
  c('non voglio più ricevere', 'stop', { strong: true }),
  c('descadastrar', 'stop'),
  c('cancelar a subscrição', 'stop'),
  c('cancelar a inscrição', 'stop'),
  c('tirem-me da lista', 'stop', { strong: true }),
  c('removam-me', 'stop', { strong: true }),
  c('não quero receber', 'stop', { strong: true }),
  // pause
  c('pause', 'pause', { needsObject: true }),
  c('on hold', 'pause'),
  c('put me on hold', 'pause', { strong: true }),
  c('on ice', 'pause'),
  // "Could you freeze my emails for now": held where they are, as "on hold".
  c('freeze', 'pause', { needsObject: true }),
  c('pausing', 'pause', { needsObject: true }),
  c('hit pause', 'pause', { strong: true }),
  c('press pause', 'pause', { strong: true }),
  c('postpone', 'pause', { needsObject: true }),
  c('delay the next', 'pause'),
  c('skip the next', 'pause'),
  c('suspend', 'pause', { needsObject: true }),
  c('suspender', 'pause', { needsObject: true }),
  c('suspendre', 'pause', { needsObject: true }),
  c('aussetzen', 'pause'),
  c('take a break', 'pause'),
  c('taking a break', 'pause'),
  c('a break', 'pause'),
  // "a little break from these", "a short break until January".
  c('a little break', 'pause'),
  c('a short break', 'pause'),
  c('a wee break', 'pause'),
  c('a quick break', 'pause'),
  c('take a pause', 'pause'),
  c('make a pause', 'pause'),
  c('hold my emails', 'pause', { strong: true }),
  c('hold the emails', 'pause', { strong: true }),
  c('hold off', 'pause'),
  c('snooze', 'pause'),
  c('pausar', 'pause'),
  c('mettere in pausa', 'pause'),
  c('sospendere', 'pause'),
  c('pausa', 'pause'),
  c('pausieren', 'pause'),
  c('pause machen', 'pause'),
  c('en pause', 'pause'),
  c('faire une pause', 'pause'),
  c('mets en pause', 'pause', { strong: true }),
  c('mettez en pause', 'pause', { strong: true }),
  c('pausiert', 'pause', { strong: true }),
  c('pausad', 'pause', { strong: true }),
  // resume
  c('resume', 'resume', { needsObject: true }),
  c('unpause', 'resume'),
  c('un-pause', 'resume'),
  c('start again', 'resume'),
  c('start back up', 'resume'),
  c('continue the challenge', 'resume'),
  c('keep going', 'resume'),
  c('carry on', 'resume'),
  c('start sending', 'resume'),
  c('pick it up again', 'resume'),
  c('pick it up where i left off', 'resume', { strong: true }),
  c('pick up where i left off', 'resume', { strong: true }),
  c("i'm back", 'resume'),
  c('reanudar', 'resume'),
  c('continuar', 'resume'),
  c('fortsetzen', 'resume'),
  c('weitermachen', 'resume'),
  c('reprendre', 'resume'),
  c('reprenez', 'resume', { strong: true }),
  c('wieder anfangen', 'resume'),
  c('count me back in', 'resume', { strong: true }),
  c('sign me back up', 'resume', { strong: true }),
  c('send the emails again', 'resume'),
  // restart
  c('restart', 'restart', { needsObject: true }),
  c('start over', 'restart'),
  c('start a new week', 'restart'),
  c('another week', 'restart'),
  c('new week', 'restart'),
  c('begin again', 'restart'),
  c('start the week over', 'restart'),
  c('start my week over', 'restart'),
  c('redo the week', 'restart'),
  c('do the week again', 'restart'),
  c('reset my week', 'restart'),
  c('from the beginning', 'restart'),
  c('from the start', 'restart'),
  c('from day 1', 'restart'),
  c('from day one', 'restart'),
  c('reiniciar', 'restart'),
  c('empezar de nuevo', 'restart'),
  c('neu starten', 'restart'),
  c('neu zu starten', 'restart'),
  c('neustart', 'restart'),
  c('neu anfangen', 'restart'),
  c('von vorne', 'restart'),
  c('recommencer', 'restart'),
];

/** Words after a bare "stop"/"pause" that point at our emails: a real request. */
export const SERVICE_OBJECTS: ReadonlySet<string> = words(`
sending emailing mailing messaging these this the my all it them emails email mails messages prompts
reminders challenge subscription me now please pls for until till los les la mis mes ces die meine
diese correos everything today after getting receiving them
`);

/** Words after a trigger that name our emails outright ("stop the emails", "pause my prompts"). */
export const SERVICE_NOUNS: ReadonlySet<string> = words(`
sending emailing mailing getting receiving these emails email mails messages prompts reminders
challenge subscription correos mails list
`);

/**
 * Leaving asked for as taking one's address off our list, in whatever words for the address:
 * "remove my address from your list", "delete this email address from your mailing list", "take my
 * details off the list". The verb, then up to three words ending in one of these nouns, then "from"
 * or "off" and our list.
 */
export const REMOVAL_VERBS: ReadonlySet<string> = words(`remove delete erase take drop strike scrub`);
export const CONTACT_NOUNS: ReadonlySet<string> = words(`address email e-mail name details contact inbox`);
export const CONTACT_DETERMINERS: ReadonlySet<string> = words(`my this the our that`);

/**
 * A stop with an end is a pause: "stop sending these until after Easter", "stop them while I'm in
 * hospital", "hasta enero", "bis Januar", "jusqu'en janvier".
 */
export const UNTIL_WORDS: ReadonlySet<string> = words(
  `until till til 'til while hasta bis jusqu'à jusqu'en jusqu'au`,
);

/** Words before a trigger that make it a request ("please", "could we", "I'd like to"). */
export const REQUEST_WORDS: ReadonlySet<string> = words(`
please pls plz kindly can could would want wanna i'd like need wish let let's must favor favour quiero
quisiera puedes podéis pueden podem pode podiam poderiam potete puoi potreste vorrei favore bitte möchte kannst können veux voudrais pouvez pourriez svp plaît
peux puis pourrais pourrait puedo podría podrías podríais podrían kann könnte könnten possible posible möglich
`);

/** Words of intent that make an unambiguous trigger ("unsubscribe") a request: "I'm going to unsubscribe". */
export const INTENT_WORDS: ReadonlySet<string> = words(`
i'll will i'm going gonna time ready just have think decided done voy werde vais
`);

/** Words before a trigger that cancel it: negation and mere mention ("almost replied STOP"). */
export const COMMAND_CANCELLERS: ReadonlySet<string> = words(`
don't dont do not never won't wont wouldn't didn't didnt isn't aren't can't cannot no nor without
almost nearly thought considered considering tempted about replied reply typed type wrote said nobody
nothing bet bets betting reckoned predicted joked dared probably perhaps
saying word glad if whether why how should maybe nunca nicht kein keine nie pas jamais ne n' casi
fast presque instead non não
`);

/** Between "I" and a trigger, these make it a habit told, not a request: "I still pause before …". */
export const HABIT_ADVERBS: ReadonlySet<string> = words(`still always usually often sometimes normally`);

/** Someone else's question the trigger stands in: "keeps asking when I'm going to unsubscribe". */
export const ASKING_WORDS: ReadonlySet<string> = words(`asking asks asked wondering wonders wondered`);

/** Verbs that introduce someone's words in quotes: "he'd … go "And... PAUSE."", "she said "stop"". */
export const QUOTE_INTRODUCERS: ReadonlySet<string> = words(`
said says say go goes went shout shouted shouts yell yelled yells ask asked asks tell told tells add added adds
`);

/** The people "stop" may keep from something: "stop me crying", "stop him from worrying". */
export const OBJECT_PERSONS: ReadonlySet<string> = words(`me him her them us you`);

/** Words right after "stop" that give it another sense ("stop by", "stop at"). */
/** "pause for breath", "pause for thought": a figure of speech after "for", not a span of time. */
export const FIGURATIVE_AFTER_FOR: ReadonlySet<string> = words(`breath thought reflection effect air`);

export const STOP_OTHER_SENSE_NEXT: ReadonlySet<string> = words(`
by at in over off to and on into being worrying thinking
`);

/** A whole reply that is just one of these (after punctuation and politeness) is that command. */
export const BARE_COMMANDS: ReadonlyMap<string, ReplyCommand> = new Map<string, ReplyCommand>([
  ['stop', 'stop'],
  ['unsubscribe', 'stop'],
  ['unsub', 'stop'],
  ['cancel', 'stop'],
  ['remove', 'stop'],
  ['quit', 'stop'],
  ['end', 'stop'],
  ['stopp', 'stop'],
  ['baja', 'stop'],
  ['abmelden', 'stop'],
  ['désabonner', 'stop'],
  ['désinscrire', 'stop'],
  ['arrêter', 'stop'],
  ['arrêt', 'stop'],
  ['pause', 'pause'],
  ['pausa', 'pause'],
  ['hold', 'pause'],
  ['resume', 'resume'],
  ['unpause', 'resume'],
  ['continue', 'resume'],
  ['start', 'resume'],
  ['reanudar', 'resume'],
  ['continuar', 'resume'],
  ['seguir', 'resume'],
  ['weiter', 'resume'],
  ['fortsetzen', 'resume'],
  ['pausieren', 'pause'],
  ['abbestellen', 'stop'],
  ['austragen', 'stop'],
  ['stoppen', 'stop'],
  ['neustart', 'restart'],
  ['reprendre', 'resume'],
  ['restart', 'restart'],
  ['reiniciar', 'restart'],
  ['recommencer', 'restart'],
]);

/** Politeness and filler that may surround a bare command ("STOP please", "Unsubscribe, thanks"). */
export const COMMAND_FILLERS: ReadonlySet<string> = words(`
please pls plz thanks thank you thx ty me now ok okay sorry hi hello emails the these this all por
favor gracias bitte danke merci s’il s'il vous plaît svp just
`);

/** German commands whose verb and particle stand apart ("meldet mich bitte ab", "tragt mich aus"). */
export const GERMAN_SEPARABLE_COMMANDS: readonly {
  stems: readonly string[];
  particle: string;
  command: ReplyCommand;
}[] = [
  { stems: ['melde', 'meldet', 'melden'], particle: 'ab', command: 'stop' },
  { stems: ['trage', 'tragt', 'tragen'], particle: 'aus', command: 'stop' },
  { stems: ['nehmt', 'nehmen'], particle: 'raus', command: 'stop' },
];

/** Stems of verbs of telling someone to do something: "keeps telling me to …", "asked me to …". */
export const TELLING_STEMS: readonly string[] = [
  'tell',
  'told',
  'ask',
  'remind',
  'encourag',
  'urg',
  'nudg',
  'suggest',
  'recommend',
  'advis',
  'warn',
];
