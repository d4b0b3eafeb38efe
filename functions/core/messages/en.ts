/**
 * English: the reference catalogue. Its three parts (the common words, the emails', the pages')
 * give the types `CommonWords`, `EmailWords` and `PageWords`, so the other languages must say
 * everything said here (a missing or extra string is a type error).
 *
 * Two kinds of strings live here. Those under `email.static` are read at build time and written
 * into the compiled MJML and text templates (they may hold `{{placeholders}}` filled at send time);
 * everything else is used at run time, with functions where a value goes inside a sentence.
 */

export const en = {
  brand: 'Gratitude Week',

  /** The seven days (DESIGN section 1), written for this language rather than translated. */
  week: [
    {
      theme: 'Family',
      who: 'someone at home whose help you take for granted',
      encouragement:
        'The people closest to us do the most invisible work: the lift to the station, the bills paid, ' +
        'the dinner that simply appears. Start the week by noticing one of those things out loud.',
      idea:
        'Name the exact thing you noticed. For example: “Dad, thank you for fixing the gate last weekend ' +
        'without being asked. I think of you every morning when it closes properly.”',
    },
    {
      theme: 'A friend or neighbour',
      who: 'a friend, or a neighbour who makes your street feel like home',
      encouragement:
        'Friendships run on small kindnesses that rarely get mentioned. Two lines are enough, and you ' +
        'don’t need an occasion.',
      idea:
        'Thank them for one small, specific thing. For example: “Sam, thanks for taking in my parcels all ' +
        'winter. It made a hectic few months a lot easier.”',
    },
    {
      theme: 'Someone who listened',
      who: 'someone who listened to you, or traded ideas with you',
      encouragement:
        'Listening is a gift, and so is a good exchange of ideas. Think of a conversation that helped you ' +
        'see more clearly, and tell the person it mattered.',
      idea:
        'Say what the conversation changed. For example: “Priya, our coffee last month stayed with me. You ' +
        'asked the one question I had been avoiding, and it changed how I’m planning the move.”',
    },
    {
      theme: 'A colleague',
      who: 'a colleague, or someone in your professional network',
      encouragement:
        'Work relationships are relationships too, and they grow the same way: by noticing what the other ' +
        'person brings. Thank them for something specific rather than for “everything”.',
      idea:
        'Point to a piece of work and its effect. For example: “Tomás, thanks for reading my draft on ' +
        'Friday. Your note about the opening made the whole proposal clearer, and the client noticed.”',
    },
    {
      theme: 'A mentor',
      who: 'someone who helped your career or taught you something',
      encouragement:
        'Teachers and mentors rarely hear how the story turned out. Tell them what they taught you and ' +
        'where it took you.',
      idea:
        'Connect what they taught you to where you are now. For example: “Ms Okafor, you made me rewrite ' +
        'my first report three times. I still hear your questions whenever I write one, and I led my first ' +
        'project this spring.”',
    },
    {
      theme: 'Reconnect or give back',
      who: 'someone you have lost touch with, or someone you could help in return',
      encouragement:
        'You always have something to offer, even if it is only your attention or an introduction. Lead ' +
        'with thanks, and add an offer if one comes to mind.',
      idea:
        'Thank them for something from back then, and offer something now. For example: “Lena, I was ' +
        'remembering the summer you helped me find my first flat. Thank you, years late. If you ever want ' +
        'a hand with your move, I’d be glad to help.”',
    },
    {
      theme: 'Why you do what you do',
      who: 'someone connected to why you do what you do, whoever you choose',
      encouragement:
        'Think about what drives you: your family, your craft, the people you serve, the change you want ' +
        'to see. Who keeps that purpose alive for you? End the week by telling them.',
      idea:
        'Tell them how they shaped what you do. For example: “Coach Reyes, I volunteer with the junior ' +
        'team because of the way you coached us. Thank you for showing me what that looks like.”',
    },
  ] as [DayCopy, DayCopy, DayCopy, DayCopy, DayCopy, DayCopy, DayCopy],

  /** What the confirm page and the answer to a confirming reply both say. */
  confirmed: {
    heading: 'You’re in',
    firstPrompt: (when: string) => `Your first prompt arrives ${when}.`,
    noDate: 'Your subscription is confirmed.',
    howItWorks:
      'Each day, reach out to one person and thank them, then reply to the email and tell us whom you thanked.',
    paused: 'Your week is paused. Reply RESUME to any of our emails to continue where you left off.',
    pausedHeading: 'You’re confirmed',
  },

  /** "Tuesday 2 December at 08:00 (Europe/London time)" */
  localTime: (when: string, zone: string) => `${when} (${zone} time)`,

  people: {
    /**
     * The relationship words the reply parser stores (English nouns), as this language says them.
     * "amigo|amiga": the forms of one word; the one the participant wrote is used, else the first.
     */
    relationships: {
      mother: 'mother',
      father: 'father',
      parents: 'parents',
      stepmother: 'stepmother',
      stepfather: 'stepfather',
      sister: 'sister',
      brother: 'brother',
      donor: 'donor',
      sibling: 'sibling',
      siblings: 'siblings',
      grandmother: 'grandmother',
      grandfather: 'grandfather',
      grandparents: 'grandparents',
      aunt: 'aunt',
      uncle: 'uncle',
      cousin: 'cousin',
      wife: 'wife',
      husband: 'husband',
      widow: 'widow',
      partner: 'partner',
      boyfriend: 'boyfriend',
      girlfriend: 'girlfriend',
      fiancé: 'fiancé',
      son: 'son',
      daughter: 'daughter',
      children: 'children',
      niece: 'niece',
      nephew: 'nephew',
      godmother: 'godmother',
      godfather: 'godfather',
      grandson: 'grandson',
      granddaughter: 'granddaughter',
      grandchildren: 'grandchildren',
      godson: 'godson',
      goddaughter: 'goddaughter',
      'union representative': 'union rep',
      'mother-in-law': 'mother-in-law',
      'father-in-law': 'father-in-law',
      'sister-in-law': 'sister-in-law',
      'brother-in-law': 'brother-in-law',
      'son-in-law': 'son-in-law',
      'daughter-in-law': 'daughter-in-law',
      'in-laws': 'in-laws',
      family: 'family',
      'best friend': 'best friend',
      friend: 'friend',
      roommate: 'roommate',
      neighbor: 'neighbor',
      colleague: 'colleague',
      classmate: 'classmate',
      boss: 'boss',
      mentor: 'mentor',
      teacher: 'teacher',
      coach: 'coach',
      doctor: 'doctor',
      nurse: 'nurse',
      therapist: 'therapist',
      pastor: 'pastor',
      landlord: 'landlord',
      babysitter: 'babysitter',
      'mail carrier': 'mail carrier',
      'bus driver': 'bus driver',
      'crossing guard': 'crossing guard',
      barista: 'barista',
      cashier: 'cashier',
      waiter: 'waiter',
      janitor: 'janitor',
      receptionist: 'receptionist',
      librarian: 'librarian',
      pharmacist: 'pharmacist',
      dentist: 'dentist',
      vet: 'vet',
      firefighter: 'firefighter',
      'sanitation worker': 'sanitation worker',
      paramedic: 'paramedic',
      'police officer': 'police officer',
      mechanic: 'mechanic',
      hairdresser: 'hairdresser',
      assistant: 'assistant',
      student: 'student',
      client: 'client',
      volunteer: 'volunteer',
      owner: 'owner',
      advisor: 'advisor',
      physiotherapist: 'physiotherapist',
      caregiver: 'caregiver',
      midwife: 'midwife',
      sponsor: 'sponsor',
      ex: 'ex',
      principal: 'principal',
      editor: 'editor',
      lawyer: 'lawyer',
      tradesperson: 'tradesperson',
      driver: 'driver',
      'security guard': 'security guard',
      cook: 'cook',
      'scout leader': 'scout leader',
      'flight attendant': 'flight attendant',
      psychiatrist: 'psychiatrist',
      tenant: 'tenant',
      team: 'team',
      couple: 'couple',
      group: 'group',
      person: 'person',
    },
    someone: 'someone',
    /** "your sister Anna" */
    relationAndName: (relationship: string, name: string) => `your ${relationship} ${name}`,
    /** "your mum" */
    relation: (relationship: string) => `your ${relationship}`,
  },

  /** How a thanks was given: said after the person, counted in the recap, named on the chart. */
  channels: {
    how: {
      call: 'by phone',
      message: 'by message',
      email: 'by email',
      letter: 'by letter or card',
      'in-person': 'in person',
      video: 'by video call',
    },
    count: {
      call: (n: number) => (n === 1 ? 'a call' : `${n} calls`),
      message: (n: number) => (n === 1 ? 'a message' : `${n} messages`),
      email: (n: number) => (n === 1 ? 'an email' : `${n} emails`),
      letter: (n: number) => (n === 1 ? 'a letter or card' : `${n} letters or cards`),
      'in-person': (n: number) => (n === 1 ? 'one in person' : `${n} in person`),
      video: (n: number) => (n === 1 ? 'a video call' : `${n} video calls`),
    },
    label: {
      call: 'Calls',
      message: 'Messages',
      email: 'Emails',
      letter: 'Letters and cards',
      'in-person': 'In person',
      video: 'Video calls',
    },
    unsaid: (n: number) => (n === 1 ? 'one without saying how' : `${n} without saying how`),
    heading: 'How you said it',
    summary: (list: string) => `This week: ${list}.`,
  },

  /** Groups: the organizer's pages and emails, and what members see of their group. */
  groups: {
    homeLead: 'Running a workshop, a team or a class?',
    homeLink: 'Do the week together',
    createTitle: 'Do the week together',
    createIntro:
      'For a workshop, a team or a class: everyone gets their own prompts at their own hour, starting on ' +
      'the same day. You see how the group is doing in numbers only, never anyone’s words.',
    organizerEmail: 'Your email address',
    name: 'Name of the group',
    nameHint: 'Members see it when they join.',
    startDate: 'First day of the week',
    timezone: 'Time zone of the group',
    create: 'Create the group',
    checkInbox:
      'We sent you an email with a link to confirm the group. Once it is confirmed you get its join link and your dashboard.',
    confirmTitle: 'Confirm your group',
    confirmBody: (name: string) => `One click and “${name}” is ready for its members.`,
    confirmButton: 'Confirm the group',
    readyTitle: 'Your group is ready',
    readyBody:
      'Share the join link with your group. We have emailed it to you, with the link to your dashboard.',
    qrLabel: 'QR code of the join link',
    joinLink: 'Join link',
    dashboardLink: 'Your dashboard',
    codeLabel: 'Code',
    joinTitle: (name: string) => `Join “${name}”`,
    joinIntro: (name: string, date: string) =>
      `You are joining ${name}. The week starts on ${date}, at the hour you choose.`,
    closedTitle: 'This group is closed',
    closed: 'The organizer has closed this group’s join link. You can still do the week on your own.',
    fullTitle: 'This group is full',
    full: 'This group has as many members as it can take. You can still do the week on your own.',
    unknownTitle: 'No group with this code',
    unknown: 'Check the code with the person who gave it to you, or do the week on your own.',
    onYourOwn: 'Do the week on your own',
    dashboardTitle: (name: string) => `${name}: the group’s week`,
    startsOn: (date: string) => `The week starts on ${date}.`,
    members: (n: number) => (n === 1 ? 'One member has confirmed.' : `${n} members have confirmed.`),
    notEnough:
      'Not enough members to show numbers yet: they appear once three people have confirmed, so that nobody can be singled out.',
    dayColumn: 'Day',
    repliedColumn: 'Members who replied',
    thanksColumn: 'People thanked',
    total: (n: number) => (n === 1 ? 'One person thanked so far.' : `${n} people thanked so far.`),
    chartCaption: 'People thanked, day by day',
    channelsCaption: 'How the thanks were given, over the week',
    channelColumn: 'How',
    channelUnsaid: 'Not said',
    closeButton: 'Close the join link',
    closedNote: 'The join link is closed: nobody new can join.',
    deleteTitle: 'Delete the group',
    deleteWarning: 'This removes the group and its numbers. Members keep their own weeks and logs.',
    deleteButton: 'Delete the group now',
    deletedTitle: 'The group is deleted',
    deleted: 'Its numbers are gone. Members keep their own weeks and logs.',
    confirmSubject: 'Please confirm your Gratitude Week group',
    confirmEmail: (name: string, date: string) =>
      `You created “${name}”, starting on ${date}. Confirm it to get its join link and your dashboard.`,
    readySubject: 'Your Gratitude Week group is ready',
    readyEmail: (name: string, date: string) =>
      `Share this link with everyone in ${name}. Each person picks their own hour and gets their own ` +
      `prompts; the week starts for everyone on ${date}.`,
    dashboardEmail:
      'Your dashboard shows how the group is doing, in numbers only. Keep this link to yourself.',
    summarySubject: 'Your group’s Gratitude Week in numbers',
    summaryHeading: 'The group’s week is done',
    summaryEmail: (name: string, members: number, total: number) =>
      `${members === 1 ? 'One person' : `${members} people`} did the week in ${name} and thanked ` +
      `${total === 1 ? 'one person' : `${total} people`} between them.`,
    summaryDay: (day: number, replied: number, thanks: number) =>
      `Day ${day}: ${replied === 1 ? 'one reply' : `${replied} replies`}, ${thanks === 1 ? 'one person thanked' : `${thanks} people thanked`}.`,
    summaryWithheld: (name: string, members: number) =>
      `${members === 1 ? 'One person' : `${members} people`} did the week in ${name}. With fewer than three, the numbers stay private, so nobody can be singled out.`,
    /** The subject of a summary with no numbers (nobody finished the week). */
    summaryEmptySubject: 'Your group’s Gratitude Week is over',
    summaryEveryoneLeft: (name: string) =>
      `Everyone who joined ${name} left before the end of their week, so there are no numbers to share.`,
    summaryNobodyJoined: (name: string) => `Nobody joined ${name}, so there are no numbers to share.`,
    recapLine: (name: string, total: number) =>
      `Together, ${name} thanked ${total === 1 ? 'one person' : `${total} people`} this week.`,
    footer: 'You’re receiving this because this address created a group on Gratitude Week.',
  },
};

/** The words of the emails (the functions that send carry them). */
export const enEmail = {
  email: {
    greeting: (name: string) => `Hi ${name},`,
    greetingAnon: 'Hello,',
    logLink: 'Your log and preferences',
    gratitudeLog: 'your gratitude log',

    welcome: {
      subject: 'Please confirm your Gratitude Week',
      preheader: 'One person to thank each day for seven days. Confirm your address to begin.',
    },
    prompt: {
      subject: (day: number, theme: string) => `Day ${day}: ${theme}`,
      preheader: (who: string) => `Today, thank ${who}.`,
    },
    receipt: {
      subjectLogged: (day: number) => `Logged: day ${day} of Gratitude Week`,
      subjectReceived: (day: number) => `Received: your reply for day ${day}`,
      headingLogged: (day: number) => `Day ${day} is in your log`,
      headingReceived: (day: number) => `Got your reply for Day ${day}`,
      loggedFor: (day: number) => `Logged for Day ${day}:`,
      noName: 'I couldn’t find a name in your reply — reply again to add one.',
      preheaderNoName: 'Reply again with a name and it goes into your log.',
      youWrote: 'You wrote',
      cutNotice: (chars: string) =>
        `Your reply was long, so your log keeps its first ${chars} characters; the whole message is kept as it arrived for 30 days.`,
      lastReceipt:
        'This is today’s last receipt: replies later today are still logged, and your log page shows them all.',
      correctedSubject: (day: number) => `Corrected: day ${day} of Gratitude Week`,
      correctedHeading: (day: number) => `Day ${day} is corrected`,
      nowReads: (day: number) => `Day ${day} now reads:`,
      emptyNow: (day: number) => `Day ${day} has no one in it now. Reply with a name to add one.`,
      howToFix: 'Not quite right? Reply with the name, e.g. “It was Craig, not Greg.”',
      afterSubject: 'Logged: your check-in after the week',
      afterHeading: 'Your check-in is in your log',
      afterLogged: 'Logged under “After the week”:',
      afterNoName: 'Your words are in your log under “After the week”.',
    },
    recap: {
      subject: 'Your Gratitude Week: everyone you thanked',
      subjectEmpty: 'Your Gratitude Week recap',
      heading: 'Everyone you thanked this week',
      headingEmpty: 'Your Gratitude Week is done',
      preheader: 'Everyone you thanked this week, in your own words.',
      preheaderEmpty: 'Your seven days are done. A gentle note on what comes next.',
      intro: (count: number) =>
        `You logged ${count} ${count === 1 ? 'thank-you' : 'thank-yous'} over the week. ` +
        'Here they are, day by day, in your own words.',
      emptyIntro: [
        'Nothing made it into your log this time, and that’s fine: plenty of thanks are said without a record.',
        'Replies to this week’s prompts still count: if you did thank someone, reply to that day’s email ' +
          'and it goes into your log.',
      ],
      dayHeading: (day: number, theme: string) => `Day ${day} · ${theme}`,
    },
    command: {
      stoppedSubject: 'You are unsubscribed from Gratitude Week',
      stoppedPreheader: 'You won’t get any more prompts.',
      stoppedHeading: 'You’re unsubscribed',
      stoppedBody: 'You won’t get any more prompts. Thank you for every thank-you you sent.',
      logStays: 'Your log stays available until you delete it',
      weekSoFar: 'Your week so far',
      pausedSubject: 'Gratitude Week is paused',
      pausedPreheader: 'No prompts until you reply RESUME.',
      pausedHeading: 'Paused — reply RESUME when you’re ready',
      pausedBody:
        'No prompts will arrive while your week is paused. Reply RESUME whenever you like and it picks up ' +
        'where you left off.',
      resumedSubject: 'Gratitude Week is back on',
      resumedHeading: 'Welcome back',
      resumedNextDay: (day: number) => `Day ${day} arrives at your usual hour.`,
      resumedNext: 'The next prompt arrives at your usual hour.',
      resumedBody: (next: string) => `Your week picks up where it left off. ${next}`,
      restartedSubject: 'A new Gratitude Week begins',
      restartedPreheader: 'Day 1 arrives at your usual hour.',
      restartedHeading: 'A fresh week starts',
      restartedBody: 'Day 1 arrives at your usual hour, and the seven days begin again.',
    },
    reconnect: {
      subject: 'A month on: the people you thanked',
      preheader: 'A month ago you thanked them. How are things between you now?',
      heading: 'One month on',
      intro: 'A month ago, during your Gratitude Week, you thanked:',
      offerLead: 'Something you could offer in return',
      /** One idea per day of the week, for the person thanked that day. */
      offers: [
        'Ask about something in their life, and listen to the whole answer.',
        'Offer a hand with something they are carrying at the moment.',
        'Return the favour: ask how they are, and make the time to listen.',
        'Give them credit where others can see it, or help with something on their plate.',
        'Tell them what their advice led to, or pass it on to someone starting out.',
        'Make an introduction, share something useful, or simply set a date to meet.',
        'Show them what you have made of what they gave you.',
      ],
      invite:
        'A thank-you can be the start of something rather than the end of it. If you check in with them, ' +
        'reply and tell me how it went: it goes into your log under “After the week”.',
      turnOffLead: 'Rather not get this email after future weeks?',
      turnOff: 'Turn off check-in emails',
    },
    held: {
      subject: 'A reply from another address is waiting for you',
      heading: 'Was this you?',
      dayPrompt: (day: number) => `your Day ${day} prompt`,
      welcome: 'your welcome email',
      arrived: (what: string, from: string) =>
        `A reply to ${what} arrived from ${from}, which is not the address you signed up with. ` +
        'So that nobody else can write in your log, it is held and not logged.',
      ifYou:
        'If it was you, add it from your log page; otherwise discard it there or simply ignore this email.',
      linkLead: 'Add or discard it on your log page',
      unknownSender: 'an unknown sender',
    },
    confirmed: {
      subject: 'You’re in: your Gratitude Week is confirmed',
      preheader: 'Your first prompt is on its way.',
    },

    /** Written into the compiled templates at build time. */
    static: {
      /** A label's colon ("Unsubscribe: URL"); French sets it off with a no-break space. */
      colon: ':',
      footer: {
        commands: 'Reply STOP to unsubscribe or PAUSE to take a break.',
        unsubscribe: 'Unsubscribe',
        why: 'You’re receiving this because this address signed up for Gratitude Week.',
        last: 'This is the last email you’ll receive from Gratitude Week.',
      },
      welcome: {
        heading: 'Please confirm your address',
        intro:
          'Thanks for signing up for Gratitude Week. For the next seven days you’ll get one short email a ' +
          'day, at the hour you chose, suggesting someone to thank. Reply to tell me whom you thanked, and ' +
          'after the last day you’ll get a recap of everyone.',
        button: 'Confirm and start my week',
        buttonText: 'Confirm and start your week:',
        reply: 'Or simply reply to this email to confirm.',
        anyReply: 'Any reply will do.',
        fallback: 'If the button doesn’t work, copy this link into your browser:',
        notYou: 'Didn’t sign up? Ignore this email and nothing more will arrive.',
      },
      prompt: {
        heading: 'Day {{day}} of 7 — {{theme}}',
        today: 'Today, thank {{who}}.',
        ideaLabel: 'An idea for what to say',
        anyWay: 'A message, a call or a note in person all count.',
        ask: 'Reply to this email and tell me whom you thanked.',
        askMore: 'A first name and a line about what you said is plenty.',
      },
      receipt: {
        correct: 'Reply to correct or add to it.',
        weekSoFar: 'Your week so far:',
        logLink: 'your gratitude log',
      },
      recap: {
        logBefore: 'Your log stays on',
        logLink: 'your gratitude log page',
        logAfter: ', where you can download it or delete it whenever you like.',
        keepGoing:
          'Gratitude doesn’t need a schedule. Keep going with one person whenever someone comes to mind, ' +
          'or reply RESTART for a new week of prompts.',
      },
      confirmed: {
        heading: 'You’re in',
        replyAnytime: 'Questions, or a change of plan? Reply to any of our emails.',
      },
    },
  },
};

/** The words of the pages and the error messages (the web function carries them). */
export const enPages = {
  pages: {
    titleSuffix: 'Gratitude Week',
    footer:
      'Seven days, seven thank-yous: reach out to one person a day and tell them what they mean to you.',
    languageNav: 'Language',
    subscribe: {
      title: 'Start your week of gratitude',
      titleError: 'Please check the form',
      heading: 'A week of thank-yous, one email a day',
      intro:
        'For seven days you’ll get a short prompt at the hour you choose: reach out to one person and thank ' +
        'them. Reply with whom you thanked, and at the end of the week you’ll get a recap of everyone you reached.',
      email: 'Email address',
      name: 'First name',
      optional: '(optional)',
      timezone: 'Time zone',
      sendHour: 'Send the prompt at',
      timeHint: 'Your local time. You can change both later.',
      language: 'Language of the emails',
      submit: 'Start my week',
      afterForm:
        'We send one email to confirm, then one a day for seven days, and a recap. Every email has an unsubscribe link.',
    },
    checkInbox: {
      title: 'Check your inbox',
      body: [
        'We sent you an email with a link to confirm. Press the button on that page, or simply reply to the email.',
        'If it doesn’t arrive within a few minutes, look in your spam folder.',
      ],
      typo: 'Typed the address wrong?',
      back: 'Go back to the form',
      backAfter: 'and send it again.',
    },
    subscribeAgain: 'Subscribe again',
    startNewWeek: 'Start a new week',
    home: 'Go to the home page',
    backHome: 'Back to the home page',
    stoppedSince: {
      title: 'This link no longer starts a week',
      body: 'Since this link was sent, the subscription was stopped, so there is nothing to confirm.',
    },
    confirm: {
      title: 'Confirm your subscription',
      body: 'One click and your week of gratitude begins.',
      button: 'Yes, start my week',
      alreadyTitle: 'You’re already confirmed',
      already:
        'Nothing more to do here: your week of gratitude is under way. Watch your inbox for the next prompt.',
      completeTitle: 'Your week is complete',
      completeLink: 'This link confirmed a week that has since ended. Would you like another one?',
      completeNothing: 'There is nothing to confirm: this week has ended.',
    },
    unsubscribe: {
      title: 'Unsubscribe',
      question: (email: string) => `Stop all Gratitude Week emails to ${email}?`,
      button: 'Unsubscribe',
      pauseHint: 'Rather take a break? Reply PAUSE to any of our emails, and RESUME when you’re ready.',
      alreadyTitle: 'You’re already unsubscribed',
      already: (email: string) => `We send nothing more to ${email}. There is nothing else to do.`,
      changedMind: 'Changed your mind? You can start a new week any time.',
      suppressedTitle: 'We’ve already stopped emailing you',
      suppressed: (email: string) =>
        `Messages to ${email} bounced or were reported as unwanted, so we send nothing more to it. There is nothing else to do.`,
      doneTitle: 'You’re unsubscribed',
      done: (email: string) => `We won’t email ${email} again.`,
      thanks: 'Thank you for the gratitude you shared.',
    },
    deleted: {
      title: 'Your data is deleted',
      body: [
        'Everything we kept about you is gone: your subscription, your replies and the people you thanked.',
        'The links in our earlier emails no longer work.',
      ],
    },
    preferences: {
      title: 'Your preferences',
      savedTitle: 'Preferences saved',
      saved: 'Saved. Your next prompt follows the new time.',
      timezone: 'Time zone',
      sendHour: 'Send the prompt at',
      timeHint: 'In the time zone above.',
      language: 'Language',
      save: 'Save',
      backToLog: 'Back to your log',
      reconnect: 'Send me one check-in email a month after my week',
    },
    reconnect: {
      title: 'Check-in emails',
      question: 'Stop the check-in email a month after each week?',
      explain: 'Your prompts, your log and everything else stay as they are.',
      button: 'Turn off check-in emails',
      doneTitle: 'Check-in emails are off',
      done: 'You won’t get a check-in email after your week. You can turn it back on in your preferences.',
    },
    errors: {
      expiredTitle: 'This link has expired',
      expired: [
        'Confirmation links last 7 days, and this one has expired.',
        'If you confirmed in time, there is nothing more to do: your prompts keep coming. If not, subscribe again with the same address and we will send you a fresh link.',
      ],
      invalidTitle: 'This link doesn’t work',
      invalid: [
        'This link is not valid: part of it may be missing or changed.',
        'Open it again from the newest Gratitude Week email. If your email app split the link over two lines, copy all of it into the address bar.',
      ],
      notSubscribed: 'Not subscribed yet?',
      startHere: 'Start your week here',
      unknownTitle: 'We can’t find this subscription',
      unknown: [
        'It may have been deleted: when someone deletes their data, every link in their emails stops working.',
        'To start again, subscribe with your address.',
      ],
      slowDownTitle: 'Please slow down',
      slowDown: 'Wait a minute, then try again.',
      wrongTitle: 'Something is not right',
      wrong: 'Go back to the previous page, check what you entered and try again.',
      notFoundTitle: 'Page not found',
      notFound:
        'There is nothing at this address. If you followed a link from one of our emails, check that it is complete.',
      methodTitle: 'Use the button on the page',
      method:
        'This address only works from the button on its page. Open the link from your email again and press the button there.',
      unavailableTitle: 'Back in a minute',
      internalTitle: 'Something went wrong',
    },
    log: {
      title: 'Your gratitude log',
      heading: 'Your week of gratitude',
      status: {
        pending: 'Waiting for you to confirm your subscription.',
        active: 'Your week is under way.',
        paused: 'Paused. Reply RESUME to any of our emails to continue where you left off.',
        completed: 'Your week is complete. Thank you for every message you sent.',
        unsubscribed: 'You are unsubscribed: we send you nothing more.',
        suppressed: 'We stopped emailing this address because messages to it bounced or were reported.',
      },
      whom: 'Whom you thanked',
      day: (day: number, theme: string) => `Day ${day}: ${theme}`,
      correctName: (name: string) => `Correct the name “${name}”`,
      rename: 'Rename',
      remove: (name: string, day: number) => `Remove ${name} from day ${day}`,
      receivedOn: (date: string) => `Received ${date}.`,
      sent: (date: string) => `Sent ${date}.`,
      notSent: 'Not sent yet.',
      nothingYet: 'Nothing logged yet: reply to that email to add whom you thanked.',
      settings: 'Your settings and data',
      schedule: (hour: string, zone: string) => `Prompts arrive at ${hour}, ${zone} time.`,
      change: 'Change time zone, send hour or language',
      csv: 'Download as CSV',
      json: 'Download as JSON',
      delete: 'Delete all my data',
      deleteWarning:
        'This removes your subscription, your replies and everyone you thanked, at once and for good. Links in our emails stop working.',
      deleteButton: 'Delete everything now',
      after: 'After the week',
      afterHint: 'What you wrote back to the check-in email a month after your week.',
      reconnectOn: 'A check-in email comes a month after your week.',
      reconnectOff: 'No check-in email after your week.',
    },
  },

  /** Error messages by code, for JSON answers and the form's error line. */
  errors: {
    invalid_email: 'Please enter a valid email address.',
    invalid_timezone: 'Please choose a time zone from the list.',
    invalid_send_hour: 'The send hour must be a whole hour from 0 to 23.',
    invalid_name: 'Please keep the name under 80 characters.',
    invalid_language: 'Please choose English, Spanish, German or French.',
    invalid_json: 'The request body must be a JSON object.',
    body_too_large: 'The request is too large.',
    rate_limited: 'Too many requests. Please try again a little later.',
    invalid_token: 'This link is not valid.',
    expired_token: 'This link has expired.',
    unknown_subscriber: 'We could not find this subscription. It may have been deleted.',
    not_found: 'Page not found',
    method_not_allowed: 'Method not allowed',
    service_unavailable: 'We can’t reach part of our service right now. Please try again in a minute.',
    internal_error: 'Something went wrong on our side. Please try again in a minute.',
    unknown_group: 'There is no group with this code. Check it with the person who gave it to you.',
    group_full: 'This group is full. You can still do the week on your own.',
    group_closed: 'This group is closed to new members. You can still do the week on your own.',
    invalid_group_name: 'Please give the group a name of up to 80 characters.',
    invalid_start_date: 'Please choose a start date from today to a year ahead, as YYYY-MM-DD.',
    own_address: 'That address belongs to Gratitude Week itself. Please use your own.',
    checkField: (field: string) => `Please check the ${field} field.`,
  },
};

export interface DayCopy {
  /** Short theme; the prompt's subject is `Day N: <theme>`. */
  readonly theme: string;
  /** Whom to thank today, a phrase that completes "Today, thank …". */
  readonly who: string;
  /** One or two sentences of encouragement. */
  readonly encouragement: string;
  /** A concrete idea of what to say, with an example sentence. */
  readonly idea: string;
}

/** The words every function that writes to people uses: the week, people, channels, groups. */
export type CommonWords = typeof en;
export type EmailWords = typeof enEmail;
export type PageWords = typeof enPages;
/** A language's whole catalogue. */
export type Messages = CommonWords & EmailWords & PageWords;
