/** Replies with and without subscription commands, including the traps: negation, mention, other senses. */
import type { ReplyCommand } from '../../../functions/core/reply';

export const COMMAND_CASES: Record<string, { text: string; command: ReplyCommand | null; subject?: string }> =
  {
    'a bare STOP': { text: 'STOP', command: 'stop' },
    'a bare unsubscribe': { text: 'unsubscribe', command: 'stop' },
    'stop with politeness': { text: 'Stop please, thank you.', command: 'stop' },
    'please unsubscribe me': {
      text: 'Thanked Agnieszka. Please unsubscribe me, the emails stress me out.',
      command: 'stop',
    },
    'remove me from the list': { text: 'Can you remove me from this list?', command: 'stop' },
    'stop sending': { text: 'Please stop sending me these emails.', command: 'stop' },
    'I want to unsubscribe': { text: "I'd like to unsubscribe. This isn't for me.", command: 'stop' },
    'take me off': { text: 'Take me off your mailing list.', command: 'stop' },
    'done, unsubscribe': { text: "I'm done with this challenge, unsubscribe.", command: 'stop' },
    'Spanish baja': { text: 'Por favor, quiero darme de baja.', command: 'stop' },
    'German abmelden': { text: 'Bitte abmelden.', command: 'stop' },
    'French désabonner': { text: 'Je voudrais me désabonner, merci.', command: 'stop' },
    pause: { text: 'PAUSE', command: 'pause' },
    'put on hold': { text: 'Could we put this on hold until after the holidays?', command: 'pause' },
    'take a break': { text: 'I need to take a break from these for a week.', command: 'pause' },
    'pause my emails': { text: 'Can you pause my emails until January?', command: 'pause' },
    'a French question asking for a pause': {
      text: 'Bonsoir, je peux mettre les e-mails en pause pendant les vacances ? Merci !',
      command: 'pause',
    },
    'a Spanish question asking for a pause': {
      text: '¿Puedo poner los correos en pausa hasta febrero? Gracias.',
      command: 'pause',
    },
    'pause, not stop': { text: "Please pause, don't stop, I want to finish later.", command: 'pause' },
    resume: { text: "I'm back! Please resume my emails.", command: 'resume' },
    restart: { text: 'Can I restart the week? I missed most of it.', command: 'restart' },
    'start over': { text: "I'd love to start over from day 1.", command: 'restart' },
    'restart asked as a question': {
      text: 'Is it possible to restart the week from the beginning? I was ill.',
      command: 'restart',
    },
    'pause asked as a question': {
      text: 'Would it be possible to pause the emails until the new year?',
      command: 'pause',
    },
    'a German restart with "zu"': { text: 'Wäre es möglich, die Woche neu zu starten?', command: 'restart' },
    '"possible" with stop in another sense': {
      text: 'Is it possible to stop smiling? Called my mum today.',
      command: null,
    },
    'stop getting these': { text: "I'd like to stop getting these, thanks.", command: 'stop' },
    'going to unsubscribe': { text: "I'm going to unsubscribe, this isn't working for me.", command: 'stop' },
    'no more emails': { text: 'No more emails please.', command: 'stop' },
    'quit the challenge': { text: 'I want to quit the challenge.', command: 'stop' },
    'hit pause': { text: 'Can we hit pause for a couple of weeks?', command: 'pause' },
    'taking a break': { text: 'Taking a break from the challenge this week, sorry!', command: 'pause' },
    'hold my emails': {
      text: 'Could you hold my emails until I am back from the hospital?',
      command: 'pause',
    },
    'a pause with thanks': {
      text: 'Thanked Rosa today. Please pause the emails for a week, I am travelling.',
      command: 'pause',
    },
    'stop here at the end of a long reply': { text: "That's all for today. I'll stop here.", command: null },
    'should I unsubscribe': { text: 'Should I unsubscribe if I miss a day?', command: null },
    'a break from work': {
      text: "I'm taking a break from work this week, so I had time to call my aunt.",
      command: null,
    },
    'pause and reflect': { text: 'It made me pause and think about my dad.', command: null },
    'tempted to unsubscribe': {
      text: 'I was tempted to unsubscribe on day 2, but this one got me.',
      command: null,
    },
    'resume after a pause': { text: 'Ready to continue the challenge, please resume.', command: 'resume' },
    'no more please': { text: "No more please, I'm overwhelmed.", command: 'stop' },
    'put my week on pause': { text: "Can you put my week on pause? I'm travelling.", command: 'pause' },
    'restart from day 1': { text: 'Could you restart my week from day 1?', command: 'restart' },
    // not commands
    'negated stop': { text: "Please don't stop these emails, I love them.", command: null },
    'negated pause': { text: "Don't pause these, they're helping.", command: null },
    'mentioned STOP': { text: 'I almost replied STOP yesterday, but I’m glad I didn’t.', command: null },
    'stop smiling': { text: "Called my mom and couldn't stop smiling afterwards.", command: null },
    'stop by': { text: 'I will stop by his garage tomorrow with a card.', command: null },
    'not going to stop': { text: "I don't think I'm going to stop after today.", command: null },
    'bus stop': { text: 'Met Rose at the bus stop and thanked her.', command: null },
    'someone else stops': { text: 'She told me to stop worrying so much.', command: null },
    'a pause in the conversation': {
      text: 'There was a long pause and then he said thanks back.',
      command: null,
    },
    'a break at work': { text: 'We took a break at noon and I thanked Priya.', command: null },
    'on hold with the bank': {
      text: 'I was on hold with the bank for an hour, then called my sister.',
      command: null,
    },
    'plain thanks': { text: 'Thanked my dad for the car.', command: null },
    'stop me if': {
      text: "Stop me if I've told you this one before, but my mum is the best.",
      command: null,
    },
    'stop crying': { text: "I couldn't stop crying when she answered.", command: null },
    'never stop asking': { text: 'He told me to never stop asking questions.', command: null },
    'stop at a gas station': { text: 'We had to stop at a gas station on the way.', command: null },
    'stop overthinking': { text: "I'm going to stop overthinking and just text him.", command: null },
    'the last stop': { text: 'Thanked the driver at the last stop.', command: null },
    'someone else wanted to unsubscribe': {
      text: 'My brother wanted to unsubscribe but I convinced him to keep going.',
      command: null,
    },
    'cancel lunch': {
      text: 'I had to cancel lunch with Anna, so I called her instead to say thanks.',
      command: null,
    },
    'an awkward pause': { text: 'There was an awkward pause, then she hugged me.', command: null },
    'needed a break': { text: 'I needed a break after that call, it was emotional!', command: null },
    'no more excuses': { text: 'No more excuses!', command: null },
    'empty reply with a command subject': { text: '', subject: 'Unsubscribe', command: 'stop' },
    'empty reply with the prompt subject': {
      text: '',
      subject: 'Re: Day 3: Someone who taught you something',
      command: null,
    },
    'Spanish sick leave ("la baja") after "por" in another sense is not a request': {
      text: 'Hoy le di las gracias a Ramiro por sustituirme durante la baja.',
      command: null,
    },
    'a Spanish "baja" asked for with "por favor" after it': {
      text: 'Dadme de baja, por favor.',
      command: 'stop',
    },
    'unsubscribe link mentioned': {
      text: 'Is there an unsubscribe link? My friend wants to join instead.',
      command: null,
    },
    'an Italian request to be taken off': {
      text: 'Cancellami pure dalla lista, in questo periodo non riesco a seguire.',
      command: 'stop',
    },
    'an Italian request not to be taken off': {
      text: 'Non cancellatemi, anche se rispondo poco!',
      command: null,
    },
    'a Portuguese unsubscribe': { text: 'Não quero receber mais estes emails, obrigada.', command: 'stop' },
    'a Portuguese pause asked with "podem"': {
      text: 'Podem pausar isto até ao fim do mês? Tenho exames.',
      command: 'pause',
    },
    'an Italian pause': { text: 'Potete mettere in pausa le email per dieci giorni?', command: 'pause' },
    'a request after "which is why"': {
      text: 'Work is mad this month, which is why I would like to put my emails on hold for a bit.',
      command: 'pause',
    },
    'a question with "why" is still no request': { text: 'Why would I stop now? Loving it.', command: null },
    'taking the address off the list': { text: 'Could you take my email off your list? Ta', command: 'stop' },
    'a pause asked for as a thing to make': {
      text: 'Can you please make a pause for me until middle of January? Too much stress at work.',
      command: 'pause',
    },
    'a pause in a story is no request': { text: 'I had to take a pause and cry for a bit.', command: null },
    'a German separable verb with words between': {
      text: 'Danke für alles, aber bitte meldet mich jetzt ab – es ist mir zu viel.',
      command: 'stop',
    },
    'a German separable verb, negated': {
      text: 'Ich melde mich sicher nicht ab, keine Sorge.',
      command: null,
    },
    'a Spanish infinitive with its object written on': {
      text: '¿Podríais pausarlo hasta después de Reyes? Estoy de exámenes.',
      command: 'pause',
    },
    'a name to be removed from our list, a few words on': {
      text: 'Kindly remove my name from your mailing list. My granddaughter signed me up.',
      command: 'stop',
    },
    'a break from something else than our emails is no request': {
      text: 'I need a break from work for a while, but I did call my aunt.',
      command: null,
    },
    'erase or delete me from a list is a stop': {
      text: 'Please erase me of this list, it is not for me.',
      command: 'stop',
    },
    "someone else's advice to unsubscribe is no request": {
      text: 'Thanked my aunt. My brother keeps telling me to unsubscribe if it makes me cry, but no way.',
      command: null,
    },
    'a Spanish request to stop sending': { text: 'Por favor, dejen de enviarme correos.', command: 'stop' },
    'a German "no more emails"': { text: 'Hallo, bitte keine E-Mails mehr. Danke!', command: 'stop' },
    'a French request to stop sending': { text: "Arrêtez de m'envoyer ces messages svp", command: 'stop' },
    'put me on hold': { text: 'Put me on hold for a bit, the kids are off school.', command: 'pause' },
    'carry on after a holiday': { text: 'Back from holiday, carry on please!', command: 'resume' },
    'the week started over': { text: 'Could I start the week over? I lost track.', command: 'restart' },
    'a week reset': { text: 'Can you reset my week? I missed the first three days.', command: 'restart' },
    "let's go again from the beginning": {
      text: "Let's go again from the beginning, I want to do it properly.",
      command: 'restart',
    },
    'carrying on with something else is no request': {
      text: 'Thanked Ana. She told me to carry on with my studies, whatever happens.',
      command: null,
    },
    "don't send anything until a date pauses": {
      text: "I'll be offline for a bit, please don't send anything till the 15th.",
      command: 'pause',
    },
    'the week redone': { text: 'Can I redo the week in January? December is chaos.', command: 'restart' },
    'the emails sent again': {
      text: "Please could you send the emails again, I'm ready now.",
      command: 'resume',
    },
    'a French imperative pause': {
      text: "Mets en pause s'il te plaît, je pars en vacances.",
      command: 'pause',
    },
    'a German plural imperative pause': {
      text: 'Bitte pausiert meine E-Mails bis Montag.',
      command: 'pause',
    },
    'a Spanish plural imperative pause': {
      text: 'Pausad los correos hasta el lunes, por favor.',
      command: 'pause',
    },
    'a French resume': { text: 'Reprenez les e-mails svp, je suis rentrée.', command: 'resume' },
    'counted back in': { text: 'Count me back in! Feeling better.', command: 'resume' },
    'being left alone in a story is no request': {
      text: 'I went to the class mainly so my sister would leave me alone. Today I thanked the teacher.',
      command: null,
    },
    'a French "send me nothing more"': { text: "Ne m'envoyez plus rien, merci.", command: 'stop' },
    'a Spanish "send me no more"': { text: 'No me manden más correos, gracias.', command: 'stop' },
    "someone else's words in a story are no request": {
      text: "Thanked Mum. She said don't send anything, just come over for tea.",
      command: null,
    },
    'taken off the list, in the passive': {
      text: "Rang Grandpa Theo to say thanks. After that I'd like to be taken off your list please, it's been lovely.",
      command: 'stop',
    },
    'removed from the list, in the passive': {
      text: 'Could I be removed from the mailing list?',
      command: 'stop',
    },
    'nobody could stop me crying is no request': {
      text: 'I thanked Mrs Ojukwu for the years of lifts. Nobody could stop me grinning all afternoon.',
      command: null,
    },
    'keeping someone from worrying is no request': {
      text: 'Thanked my brother. I wanted to stop him from worrying about the money.',
      command: null,
    },
    'a story read from the beginning is no request': {
      text: 'Thanked Mum, who read me the whole story from the beginning again.',
      command: null,
    },
    'a little break asked for is a pause': {
      text: 'Could I have a short break from these until my exams are over? Thanked Priya today though.',
      command: 'pause',
    },
    'a command word first in a quoted list is no request': {
      text: 'Thanked my old coach for her three rules: "stop, look, breathe". I still use them.',
      command: null,
    },
    "a command in someone's question is no request": {
      text: "Called Mum. My brother keeps asking when I'm going to unsubscribe from these. Never, Tomasz.",
      command: null,
    },
    'a pause the writer says they will probably take is no request': {
      text: "Thanked Mrs Adeleke. I told my husband I'd probably pause these at the weekend, we'll see.",
      command: null,
    },
    "a command in someone's quoted words is no request": {
      text: 'Thanked my old swimming coach today. Every session she would clap and shout "Right... STOP. Again from the wall." I still hear it.',
      command: null,
    },
    'someone betting I would unsubscribe is no request': {
      text: "Called Grandad. My brother bet me five pounds I'd unsubscribe before the weekend, so there.",
      command: null,
    },
  };
