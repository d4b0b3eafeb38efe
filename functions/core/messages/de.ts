/** Deutsch (mit du): the whole week, written for German readers. */
import type { CommonWords, EmailWords, PageWords } from './en';

export const de: CommonWords = {
  brand: 'Woche der Dankbarkeit',

  week: [
    {
      theme: 'Familie',
      who: 'jemandem von zu Hause, dessen Hilfe du für selbstverständlich hältst',
      encouragement:
        'Die Menschen, die uns am nächsten sind, leisten die unsichtbarste Arbeit: die Fahrt zum Bahnhof, ' +
        'die bezahlten Rechnungen, das Abendessen, das einfach auf dem Tisch steht. Fang die Woche damit an, ' +
        'eines davon laut zu bemerken.',
      idea:
        'Sag genau, was dir aufgefallen ist. Zum Beispiel: „Papa, danke, dass du letztes Wochenende das ' +
        'Gartentor repariert hast, ohne dass dich jemand darum gebeten hat. Ich denke jeden Morgen an dich, ' +
        'wenn es ordentlich zufällt.“',
    },
    {
      theme: 'Freunde und Nachbarn',
      who: 'einem Freund, einer Freundin oder jemandem aus der Nachbarschaft, dank dem du dich in deiner Straße zu Hause fühlst',
      encouragement:
        'Freundschaften leben von kleinen Gefälligkeiten, über die kaum jemand spricht. Zwei Zeilen reichen, ' +
        'und einen Anlass brauchst du nicht.',
      idea:
        'Bedanke dich für eine kleine, konkrete Sache. Zum Beispiel: „Miriam, danke, dass du den ganzen ' +
        'Winter meine Pakete angenommen hast. Das hat mir ein paar hektische Monate um einiges leichter gemacht.“',
    },
    {
      theme: 'Jemand, der zugehört hat',
      who: 'jemandem, der dir zugehört oder Gedanken mit dir ausgetauscht hat',
      encouragement:
        'Zuhören ist ein Geschenk, ein guter Austausch auch. Denk an ein Gespräch, nach dem du klarer gesehen ' +
        'hast, und sag der Person, dass es dir etwas bedeutet hat.',
      idea:
        'Sag, was das Gespräch verändert hat. Zum Beispiel: „Jonas, unser Kaffee letzten Monat geht mir nicht ' +
        'aus dem Kopf. Du hast genau die Frage gestellt, um die ich mich gedrückt hatte, und jetzt plane ich ' +
        'den Umzug ganz anders.“',
    },
    {
      theme: 'Kolleginnen und Kollegen',
      who: 'jemandem aus deinem Team oder deinem beruflichen Netzwerk',
      encouragement:
        'Auch Arbeitsbeziehungen sind Beziehungen, und sie wachsen genauso: indem du wahrnimmst, was die ' +
        'andere Person beiträgt. Bedanke dich für etwas Bestimmtes statt „für alles“.',
      idea:
        'Nenn eine Arbeit und was sie bewirkt hat. Zum Beispiel: „Stefan, danke, dass du am Freitag meinen ' +
        'Entwurf gelesen hast. Dein Hinweis zum Einstieg hat das ganze Angebot klarer gemacht, und die Kundin ' +
        'hat es gemerkt.“',
    },
    {
      theme: 'Wer dich gefördert hat',
      who: 'jemandem, der deinen Berufsweg gefördert oder dir etwas beigebracht hat',
      encouragement:
        'Lehrerinnen, Lehrer und Mentoren erfahren selten, wie die Geschichte weiterging. Erzähl ihnen, was ' +
        'sie dir beigebracht haben und wohin es dich geführt hat.',
      idea:
        'Verbinde das, was du gelernt hast, mit dem, wo du heute stehst. Zum Beispiel: „Frau Hoffmann, Sie ' +
        'haben mich meinen ersten Bericht dreimal umschreiben lassen. Ihre Fragen höre ich bis heute bei ' +
        'jedem Bericht, und in diesem Frühjahr habe ich mein erstes eigenes Projekt geleitet.“',
    },
    {
      theme: 'Wieder melden oder etwas zurückgeben',
      who: 'jemandem, den du aus den Augen verloren hast, oder jemandem, dem du deinerseits helfen könntest',
      encouragement:
        'Du hast immer etwas zu geben, und sei es nur deine Aufmerksamkeit oder ein Kontakt. Fang mit dem ' +
        'Dank an und biete etwas an, wenn dir etwas einfällt.',
      idea:
        'Danke für etwas von damals und biete jetzt etwas an. Zum Beispiel: „Lena, ich musste an den Sommer ' +
        'denken, in dem du mir bei der Suche nach meiner ersten Wohnung geholfen hast. Danke, auch wenn es ' +
        'Jahre zu spät kommt. Wenn du mal Hilfe beim Umzug brauchst, bin ich gern dabei.“',
    },
    {
      theme: 'Warum du tust, was du tust',
      who: 'jemandem, der mit dem Warum hinter deinem Tun verbunden ist – wen, entscheidest du',
      encouragement:
        'Überleg, was dich antreibt: deine Familie, dein Handwerk, die Menschen, für die du da bist, die ' +
        'Veränderung, die du sehen willst. Wer hält diesen Antrieb für dich lebendig? Sag es ihm oder ihr ' +
        'zum Abschluss der Woche.',
      idea:
        'Erzähl, wie die Person geprägt hat, was du tust. Zum Beispiel: „Trainer Becker, ich trainiere heute ' +
        'die E-Jugend, weil du uns damals so trainiert hast. Danke, dass du mir gezeigt hast, wie das geht.“',
    },
  ],

  confirmed: {
    heading: 'Du bist dabei',
    firstPrompt: (when: string) => `Deine erste Anregung kommt am ${when}.`,
    noDate: 'Deine Anmeldung ist bestätigt.',
    howItWorks:
      'Melde dich jeden Tag bei einem Menschen und bedanke dich. Antworte dann auf die E-Mail und erzähl uns, bei wem du dich bedankt hast.',
    paused:
      'Deine Woche ist pausiert. Antworte WEITER auf eine unserer E-Mails, um dort weiterzumachen, wo du aufgehört hast.',
    pausedHeading: 'Deine Anmeldung ist bestätigt',
  },

  localTime: (when: string, zone: string) => `${when} (Zeitzone ${zone})`,

  people: {
    relationships: {
      mother: 'Mutter',
      father: 'Vater',
      parents: 'Eltern',
      stepmother: 'Stiefmutter',
      stepfather: 'Stiefvater',
      sister: 'Schwester',
      brother: 'Bruder',
      donor: 'Spender',
      sibling: 'Geschwister',
      siblings: 'Geschwister',
      grandmother: 'Oma',
      grandfather: 'Opa',
      grandparents: 'Großeltern',
      aunt: 'Tante',
      uncle: 'Onkel',
      cousin: 'Cousin|Cousine',
      wife: 'Frau',
      husband: 'Mann',
      widow: 'Witwe',
      partner: 'Partner',
      boyfriend: 'Freund',
      girlfriend: 'Freundin',
      fiancé: 'Verlobter',
      son: 'Sohn',
      daughter: 'Tochter',
      children: 'Kinder',
      niece: 'Nichte',
      nephew: 'Neffe',
      godmother: 'Patentante',
      godfather: 'Patenonkel',
      grandson: 'Enkel',
      granddaughter: 'Enkelin',
      grandchildren: 'Enkelkinder',
      godson: 'Patensohn',
      goddaughter: 'Patentochter',
      'union representative': 'Gewerkschaftsvertreter',
      'mother-in-law': 'Schwiegermutter',
      'father-in-law': 'Schwiegervater',
      'sister-in-law': 'Schwägerin',
      'brother-in-law': 'Schwager',
      'son-in-law': 'Schwiegersohn',
      'daughter-in-law': 'Schwiegertochter',
      'in-laws': 'Schwiegereltern',
      family: 'Familie',
      'best friend': 'bester Freund|beste Freundin',
      friend: 'Freund|Freundin',
      roommate: 'Mitbewohner|Mitbewohnerin',
      neighbor: 'Nachbar|Nachbarin',
      colleague: 'Kollege|Kollegin',
      classmate: 'Mitschüler|Mitschülerin',
      boss: 'Chef|Chefin',
      mentor: 'Mentor|Mentorin',
      teacher: 'Lehrer|Lehrerin',
      coach: 'Trainer|Trainerin',
      doctor: 'Arzt|Ärztin',
      nurse: 'Pflegekraft',
      therapist: 'Therapeut|Therapeutin',
      pastor: 'Pfarrer',
      landlord: 'Vermieter|Vermieterin',
      babysitter: 'Babysitter',
      'mail carrier': 'Briefträger',
      'bus driver': 'Busfahrer',
      'crossing guard': 'Schülerlotse',
      barista: 'Barista',
      cashier: 'Kassierer',
      waiter: 'Kellner|Kellnerin',
      janitor: 'Hausmeister',
      receptionist: 'Empfang',
      librarian: 'Bibliothekar|Bibliothekarin',
      pharmacist: 'Apotheker|Apothekerin',
      dentist: 'Zahnarzt|Zahnärztin',
      vet: 'Tierarzt',
      firefighter: 'Feuerwehrmann',
      'sanitation worker': 'Müllwerker',
      paramedic: 'Sanitäter',
      'police officer': 'Polizist',
      mechanic: 'Mechaniker',
      hairdresser: 'Friseur|Friseurin',
      assistant: 'Assistent',
      student: 'Student|Studentin',
      client: 'Kunde',
      volunteer: 'Ehrenamtlicher',
      owner: 'Inhaber|Inhaberin',
      advisor: 'Berater|Beraterin',
      physiotherapist: 'Physiotherapeut',
      caregiver: 'Pflegekraft',
      midwife: 'Hebamme',
      sponsor: 'Sponsor',
      ex: 'Ex',
      principal: 'Schulleiter',
      editor: 'Lektor',
      lawyer: 'Anwalt|Anwältin',
      tradesperson: 'Handwerker',
      driver: 'Fahrer',
      'security guard': 'Wachmann',
      cook: 'Koch|Köchin',
      'scout leader': 'Pfadfinderleiter',
      'flight attendant': 'Flugbegleiter',
      psychiatrist: 'Psychiater',
      tenant: 'Mieter|Mieterin',
      team: 'Team',
      couple: 'Paar',
      group: 'Gruppe',
      person: 'Person',
    },
    someone: 'jemand',
    relationAndName: (relationship: string, name: string) => `${name} (${relationship})`,
    relation: (relationship: string) => relationship,
  },

  channels: {
    how: {
      call: 'telefonisch',
      message: 'per Nachricht',
      email: 'per E-Mail',
      letter: 'per Brief oder Karte',
      'in-person': 'persönlich',
      video: 'per Videoanruf',
    },
    count: {
      call: (n: number) => (n === 1 ? 'ein Anruf' : `${n} Anrufe`),
      message: (n: number) => (n === 1 ? 'eine Nachricht' : `${n} Nachrichten`),
      email: (n: number) => (n === 1 ? 'eine E-Mail' : `${n} E-Mails`),
      letter: (n: number) => (n === 1 ? 'ein Brief oder eine Karte' : `${n} Briefe oder Karten`),
      'in-person': (n: number) => (n === 1 ? 'einmal persönlich' : `${n}-mal persönlich`),
      video: (n: number) => (n === 1 ? 'ein Videoanruf' : `${n} Videoanrufe`),
    },
    label: {
      call: 'Anrufe',
      message: 'Nachrichten',
      email: 'E-Mails',
      letter: 'Briefe und Karten',
      'in-person': 'Persönlich',
      video: 'Videoanrufe',
    },
    unsaid: (n: number) => (n === 1 ? 'einmal ohne Angabe, wie' : `${n}-mal ohne Angabe, wie`),
    heading: 'Wie du es gesagt hast',
    summary: (list: string) => `Diese Woche: ${list}.`,
  },

  groups: {
    homeLead: 'Du leitest einen Workshop, ein Team oder eine Klasse?',
    homeLink: 'Macht die Woche gemeinsam',
    createTitle: 'Die Woche gemeinsam machen',
    createIntro:
      'Für einen Workshop, ein Team oder eine Klasse: Alle bekommen ihre eigenen Anregungen zu ihrer eigenen ' +
      'Uhrzeit und fangen am selben Tag an. Du siehst, wie es in der Gruppe läuft, nur in Zahlen, nie die Worte anderer.',
    organizerEmail: 'Deine E-Mail-Adresse',
    name: 'Name der Gruppe',
    nameHint: 'Die Mitglieder sehen ihn, wenn sie beitreten.',
    startDate: 'Erster Tag der Woche',
    timezone: 'Zeitzone der Gruppe',
    create: 'Gruppe anlegen',
    checkInbox:
      'Wir haben dir eine E-Mail mit einem Link geschickt, um die Gruppe zu bestätigen. Danach bekommst du den Beitrittslink und dein Dashboard.',
    confirmTitle: 'Bestätige deine Gruppe',
    confirmBody: (name: string) => `Ein Klick, und „${name}“ ist bereit für die Mitglieder.`,
    confirmButton: 'Gruppe bestätigen',
    readyTitle: 'Deine Gruppe ist bereit',
    readyBody:
      'Teile den Beitrittslink mit deiner Gruppe. Wir haben ihn dir gemailt, zusammen mit dem Link zu deinem Dashboard.',
    qrLabel: 'QR-Code des Beitrittslinks',
    joinLink: 'Beitrittslink',
    dashboardLink: 'Dein Dashboard',
    codeLabel: 'Code',
    joinTitle: (name: string) => `„${name}“ beitreten`,
    joinIntro: (name: string, date: string) =>
      `Du trittst ${name} bei. Die Woche beginnt am ${date}, zu der Uhrzeit, die du wählst.`,
    closedTitle: 'Diese Gruppe ist geschlossen',
    closed:
      'Der Beitrittslink dieser Gruppe wurde geschlossen. Du kannst die Woche trotzdem für dich machen.',
    fullTitle: 'Diese Gruppe ist voll',
    full: 'Diese Gruppe hat so viele Mitglieder, wie sie aufnehmen kann. Du kannst die Woche trotzdem für dich machen.',
    unknownTitle: 'Keine Gruppe mit diesem Code',
    unknown: 'Prüfe den Code mit der Person, die ihn dir gegeben hat, oder mach die Woche für dich.',
    onYourOwn: 'Die Woche für mich machen',
    dashboardTitle: (name: string) => `${name}: die Woche der Gruppe`,
    startsOn: (date: string) => `Die Woche beginnt am ${date}.`,
    members: (n: number) => (n === 1 ? 'Ein Mitglied hat bestätigt.' : `${n} Mitglieder haben bestätigt.`),
    notEnough:
      'Noch nicht genug Mitglieder, um Zahlen zu zeigen: Sie erscheinen, sobald drei Personen bestätigt haben, damit niemand herausgegriffen werden kann.',
    dayColumn: 'Tag',
    repliedColumn: 'Mitglieder mit Antwort',
    thanksColumn: 'Bedankte Menschen',
    total: (n: number) => (n === 1 ? 'Bisher ein Mensch bedankt.' : `Bisher ${n} Menschen bedankt.`),
    chartCaption: 'Bedankte Menschen, Tag für Tag',
    channelsCaption: 'Wie sich bedankt wurde, über die ganze Woche',
    channelColumn: 'Wie',
    channelUnsaid: 'Nicht angegeben',
    closeButton: 'Beitrittslink schließen',
    closedNote: 'Der Beitrittslink ist geschlossen: Niemand Neues kann beitreten.',
    deleteTitle: 'Gruppe löschen',
    deleteWarning:
      'Das löscht die Gruppe und ihre Zahlen. Die Mitglieder behalten ihre eigene Woche und ihr Tagebuch.',
    deleteButton: 'Gruppe jetzt löschen',
    deletedTitle: 'Die Gruppe ist gelöscht',
    deleted: 'Ihre Zahlen sind weg. Die Mitglieder behalten ihre eigene Woche und ihr Tagebuch.',
    confirmSubject: 'Bitte bestätige deine Gruppe für die Woche der Dankbarkeit',
    confirmEmail: (name: string, date: string) =>
      `Du hast „${name}“ angelegt, Beginn am ${date}. Bestätige sie, um den Beitrittslink und dein Dashboard zu bekommen.`,
    readySubject: 'Deine Gruppe für die Woche der Dankbarkeit ist bereit',
    readyEmail: (name: string, date: string) =>
      `Teile diesen Link mit allen in ${name}. Alle wählen ihre eigene Uhrzeit und bekommen ihre eigenen ` +
      `Anregungen; die Woche beginnt für alle am ${date}.`,
    dashboardEmail:
      'Dein Dashboard zeigt, wie es in der Gruppe läuft, nur in Zahlen. Behalte diesen Link für dich.',
    summarySubject: 'Die Woche der Dankbarkeit deiner Gruppe in Zahlen',
    summaryHeading: 'Die Woche der Gruppe ist vorbei',
    summaryEmail: (name: string, members: number, total: number) =>
      `${members === 1 ? 'Ein Mensch hat' : `${members} Menschen haben`} die Woche in ${name} gemacht und sich ` +
      `zusammen bei ${total === 1 ? 'einem Menschen' : `${total} Menschen`} bedankt.`,
    summaryDay: (day: number, replied: number, thanks: number) =>
      `Tag ${day}: ${replied === 1 ? 'eine Antwort' : `${replied} Antworten`}, ${thanks === 1 ? 'ein Mensch bedankt' : `${thanks} Menschen bedankt`}.`,
    summaryWithheld: (name: string, members: number) =>
      `${members === 1 ? 'Ein Mensch hat' : `${members} Menschen haben`} die Woche in ${name} gemacht. Bei weniger als dreien bleiben die Zahlen privat, damit niemand herauszulesen ist.`,
    /** The subject of a summary with no numbers (nobody finished the week). */
    summaryEmptySubject: 'Die Woche der Dankbarkeit deiner Gruppe ist vorbei',
    summaryEveryoneLeft: (name: string) =>
      `Alle, die ${name} beigetreten sind, haben vor dem Ende ihrer Woche aufgehört, deshalb gibt es keine Zahlen zu teilen.`,
    summaryNobodyJoined: (name: string) =>
      `Niemand ist ${name} beigetreten, deshalb gibt es keine Zahlen zu teilen.`,
    recapLine: (name: string, total: number) =>
      `Zusammen hat sich ${name} diese Woche bei ${total === 1 ? 'einem Menschen' : `${total} Menschen`} bedankt.`,
    footer:
      'Du bekommst diese E-Mail, weil mit dieser Adresse eine Gruppe für die Woche der Dankbarkeit angelegt wurde.',
  },
};

/** The words of the emails (the functions that send carry them). */
export const deEmail: EmailWords = {
  email: {
    greeting: (name: string) => `Hallo ${name},`,
    greetingAnon: 'Hallo,',
    logLink: 'Dein Tagebuch und deine Einstellungen',
    gratitudeLog: 'dein Dankbarkeitstagebuch',

    welcome: {
      subject: 'Bitte bestätige deine Woche der Dankbarkeit',
      preheader:
        'Sieben Tage lang jeden Tag ein Mensch, bei dem du dich bedankst. Bestätige deine Adresse, um anzufangen.',
    },
    prompt: {
      subject: (day: number, theme: string) => `Tag ${day}: ${theme}`,
      preheader: (who: string) => `Bedanke dich heute bei ${who}.`,
    },
    receipt: {
      subjectLogged: (day: number) => `Eingetragen: Tag ${day} deiner Woche der Dankbarkeit`,
      subjectReceived: (day: number) => `Angekommen: deine Antwort zu Tag ${day}`,
      headingLogged: (day: number) => `Tag ${day} steht in deinem Tagebuch`,
      headingReceived: (day: number) => `Deine Antwort zu Tag ${day} ist angekommen`,
      loggedFor: (day: number) => `Eingetragen für Tag ${day}:`,
      noName:
        'In deiner Antwort habe ich keinen Namen gefunden. Antworte noch einmal, um einen hinzuzufügen.',
      preheaderNoName: 'Antworte noch einmal mit einem Namen, dann kommt er in dein Tagebuch.',
      youWrote: 'Du hast geschrieben',
      cutNotice: (chars: string) =>
        `Deine Antwort war lang, deshalb behält dein Tagebuch die ersten ${chars} Zeichen; die ganze Nachricht bleibt 30 Tage lang so erhalten, wie sie ankam.`,
      lastReceipt:
        'Das ist die letzte Bestätigung für heute: Spätere Antworten werden trotzdem eingetragen, und dein Tagebuch zeigt sie alle.',
      correctedSubject: (day: number) => `Korrigiert: Tag ${day} deiner Woche der Dankbarkeit`,
      correctedHeading: (day: number) => `Tag ${day} ist korrigiert`,
      nowReads: (day: number) => `Tag ${day} lautet jetzt:`,
      emptyNow: (day: number) =>
        `An Tag ${day} steht jetzt niemand mehr. Antworte mit einem Namen, um jemanden hinzuzufügen.`,
      howToFix: 'Nicht ganz richtig? Antworte mit dem Namen, zum Beispiel: „Es war Jörg, nicht Georg.“',
      afterSubject: 'Eingetragen: deine Nachricht nach der Woche',
      afterHeading: 'Deine Nachricht steht in deinem Tagebuch',
      afterLogged: 'Eingetragen unter „Nach der Woche“:',
      afterNoName: 'Deine Worte stehen in deinem Tagebuch unter „Nach der Woche“.',
    },
    recap: {
      subject: 'Deine Woche der Dankbarkeit: alle, bei denen du dich bedankt hast',
      subjectEmpty: 'Deine Woche der Dankbarkeit im Rückblick',
      heading: 'Alle, bei denen du dich diese Woche bedankt hast',
      headingEmpty: 'Deine Woche der Dankbarkeit ist vorbei',
      preheader: 'Alle, bei denen du dich diese Woche bedankt hast, in deinen eigenen Worten.',
      preheaderEmpty: 'Deine sieben Tage sind um. Ein paar Zeilen dazu, wie es weitergehen kann.',
      intro: (count: number) =>
        `Du hast diese Woche ${count === 1 ? 'ein Dankeschön' : `${count} Dankeschöns`} eingetragen. ` +
        'Hier sind sie, Tag für Tag, in deinen eigenen Worten.',
      emptyIntro: [
        'Diesmal ist nichts in deinem Tagebuch gelandet, und das ist in Ordnung: Viel Dank wird gesagt, ohne dass ihn jemand aufschreibt.',
        'Antworten auf die Anregungen dieser Woche zählen weiterhin: Wenn du dich bei jemandem bedankt hast, ' +
          'antworte auf die E-Mail des Tages, dann kommt es in dein Tagebuch.',
      ],
      dayHeading: (day: number, theme: string) => `Tag ${day} · ${theme}`,
    },
    command: {
      stoppedSubject: 'Du bist von der Woche der Dankbarkeit abgemeldet',
      stoppedPreheader: 'Du bekommst keine Anregungen mehr.',
      stoppedHeading: 'Du bist abgemeldet',
      stoppedBody: 'Du bekommst keine Anregungen mehr. Danke für jedes Dankeschön, das du verschickt hast.',
      logStays: 'Dein Tagebuch bleibt verfügbar, bis du es löschst',
      weekSoFar: 'Deine bisherige Woche',
      pausedSubject: 'Deine Woche der Dankbarkeit ist pausiert',
      pausedPreheader: 'Keine Anregungen, bis du WEITER antwortest.',
      pausedHeading: 'Pausiert – antworte WEITER, wenn du so weit bist',
      pausedBody:
        'Solange deine Woche pausiert ist, kommen keine Anregungen. Antworte WEITER, wann immer du magst, ' +
        'und es geht dort weiter, wo du aufgehört hast.',
      resumedSubject: 'Deine Woche der Dankbarkeit geht weiter',
      resumedHeading: 'Schön, dass du wieder da bist',
      resumedNextDay: (day: number) => `Tag ${day} kommt zu deiner gewohnten Uhrzeit.`,
      resumedNext: 'Die nächste Anregung kommt zu deiner gewohnten Uhrzeit.',
      resumedBody: (next: string) => `Deine Woche geht dort weiter, wo sie stehen geblieben ist. ${next}`,
      restartedSubject: 'Eine neue Woche der Dankbarkeit beginnt',
      restartedPreheader: 'Tag 1 kommt zu deiner gewohnten Uhrzeit.',
      restartedHeading: 'Eine neue Woche beginnt',
      restartedBody: 'Tag 1 kommt zu deiner gewohnten Uhrzeit, und die sieben Tage beginnen von vorn.',
    },
    reconnect: {
      subject: 'Einen Monat später: die Menschen, bei denen du dich bedankt hast',
      preheader: 'Vor einem Monat hast du dich bedankt. Wie steht es heute zwischen euch?',
      heading: 'Einen Monat später',
      intro: 'Vor einem Monat, in deiner Woche der Dankbarkeit, hast du dich bedankt bei:',
      offerLead: 'Etwas, das du zurückgeben könntest',
      offers: [
        'Frag nach etwas aus ihrem Leben und hör dir die ganze Antwort an.',
        'Biete deine Hilfe bei etwas an, das gerade auf ihren Schultern liegt.',
        'Gib es zurück: Frag, wie es geht, und nimm dir Zeit zum Zuhören.',
        'Würdige die Arbeit dort, wo andere es sehen, oder hilf bei etwas, das gerade ansteht.',
        'Erzähl, wozu der Rat geführt hat, oder gib ihn an jemanden weiter, der gerade anfängt.',
        'Stell jemanden vor, teile etwas Nützliches oder macht einfach einen Termin aus.',
        'Zeig, was du aus dem gemacht hast, was du bekommen hast.',
      ],
      invite:
        'Ein Dankeschön kann der Anfang von etwas sein, nicht das Ende. Wenn du dich meldest, antworte mir ' +
        'und erzähl, wie es war: Es kommt in dein Tagebuch unter „Nach der Woche“.',
      turnOffLead: 'Diese E-Mail nach künftigen Wochen lieber nicht bekommen?',
      turnOff: 'Nachfrage-E-Mails abschalten',
    },
    held: {
      subject: 'Eine Antwort von einer anderen Adresse wartet auf dich',
      heading: 'Warst du das?',
      dayPrompt: (day: number) => `deine Anregung für Tag ${day}`,
      welcome: 'deine Willkommens-E-Mail',
      arrived: (what: string, from: string) =>
        `Eine Antwort auf ${what} kam von ${from}, nicht von der Adresse, mit der du dich angemeldet hast. ` +
        'Damit niemand sonst in dein Tagebuch schreiben kann, halten wir sie zurück und tragen sie nicht ein.',
      ifYou:
        'Wenn du es warst, füge sie auf deiner Tagebuchseite hinzu; sonst verwirf sie dort oder ignoriere diese E-Mail einfach.',
      linkLead: 'Hinzufügen oder verwerfen kannst du sie auf deiner Tagebuchseite',
      unknownSender: 'einem unbekannten Absender',
    },
    confirmed: {
      subject: 'Du bist dabei: deine Woche der Dankbarkeit ist bestätigt',
      preheader: 'Deine erste Anregung ist unterwegs.',
    },

    static: {
      /** A label's colon ("Unsubscribe: URL"); French sets it off with a no-break space. */
      colon: ':',
      footer: {
        commands: 'Antworte STOPP, um dich abzumelden, oder PAUSE, um eine Pause einzulegen.',
        unsubscribe: 'Abmelden',
        why: 'Du bekommst diese E-Mail, weil sich diese Adresse für die Woche der Dankbarkeit angemeldet hat.',
        last: 'Das ist die letzte E-Mail, die du von der Woche der Dankbarkeit bekommst.',
      },
      welcome: {
        heading: 'Bitte bestätige deine Adresse',
        intro:
          'Schön, dass du bei der Woche der Dankbarkeit mitmachst. In den nächsten sieben Tagen bekommst du ' +
          'jeden Tag eine kurze E-Mail zu der Uhrzeit, die du gewählt hast, mit einer Idee, bei wem du dich ' +
          'bedanken könntest. Antworte mir, bei wem du dich bedankt hast, und nach dem letzten Tag bekommst ' +
          'du einen Rückblick mit allen.',
        button: 'Bestätigen und meine Woche starten',
        buttonText: 'Bestätigen und deine Woche starten:',
        reply: 'Oder antworte einfach auf diese E-Mail, um zu bestätigen.',
        anyReply: 'Jede Antwort zählt.',
        fallback: 'Falls der Knopf nicht funktioniert, kopiere diesen Link in deinen Browser:',
        notYou: 'Du hast dich nicht angemeldet? Dann ignoriere diese E-Mail, und es kommt nichts mehr.',
      },
      prompt: {
        heading: 'Tag {{day}} von 7 – {{theme}}',
        today: 'Bedanke dich heute bei {{who}}.',
        ideaLabel: 'Eine Idee, was du sagen könntest',
        anyWay: 'Eine Nachricht, ein Anruf oder ein paar Worte persönlich – alles zählt.',
        ask: 'Antworte auf diese E-Mail und erzähl mir, bei wem du dich bedankt hast.',
        askMore: 'Ein Vorname und eine Zeile dazu, was du gesagt hast, reichen völlig.',
      },
      receipt: {
        correct: 'Antworte, um etwas zu korrigieren oder zu ergänzen.',
        weekSoFar: 'Deine bisherige Woche:',
        logLink: 'dein Dankbarkeitstagebuch',
      },
      recap: {
        logBefore: 'Dein Tagebuch bleibt auf',
        logLink: 'deiner Tagebuchseite',
        logAfter: ' erhalten. Dort kannst du es jederzeit herunterladen oder löschen.',
        keepGoing:
          'Dankbarkeit braucht keinen Stundenplan. Mach weiter, wann immer dir jemand in den Sinn kommt, ' +
          'oder antworte NEUSTART für eine neue Woche mit Anregungen.',
      },
      confirmed: {
        heading: 'Du bist dabei',
        replyAnytime: 'Fragen oder andere Pläne? Antworte einfach auf eine unserer E-Mails.',
      },
    },
  },
};

/** The words of the pages and the error messages (the web function carries them). */
export const dePages: PageWords = {
  pages: {
    titleSuffix: 'Woche der Dankbarkeit',
    footer:
      'Sieben Tage, sieben Dankeschöns: Melde dich jeden Tag bei einem Menschen und sag ihm, was er dir bedeutet.',
    languageNav: 'Sprache',
    subscribe: {
      title: 'Starte deine Woche der Dankbarkeit',
      titleError: 'Bitte prüfe das Formular',
      heading: 'Eine Woche voller Dankeschöns, eine E-Mail am Tag',
      intro:
        'Sieben Tage lang bekommst du zu der Uhrzeit, die du wählst, eine kurze Anregung: Melde dich bei ' +
        'einem Menschen und bedanke dich. Antworte, bei wem du dich bedankt hast, und am Ende der Woche ' +
        'bekommst du einen Rückblick mit allen, die du erreicht hast.',
      email: 'E-Mail-Adresse',
      name: 'Vorname',
      optional: '(optional)',
      timezone: 'Zeitzone',
      sendHour: 'Anregung senden um',
      timeHint: 'Deine Ortszeit. Du kannst beides später ändern.',
      language: 'Sprache der E-Mails',
      submit: 'Meine Woche starten',
      afterForm:
        'Wir schicken eine E-Mail zur Bestätigung, dann sieben Tage lang eine am Tag und einen Rückblick. Jede E-Mail hat einen Abmeldelink.',
    },
    checkInbox: {
      title: 'Schau in dein Postfach',
      body: [
        'Wir haben dir eine E-Mail mit einem Bestätigungslink geschickt. Drück auf der Seite den Knopf oder antworte einfach auf die E-Mail.',
        'Wenn sie nicht in ein paar Minuten da ist, schau im Spam-Ordner nach.',
      ],
      typo: 'Adresse vertippt?',
      back: 'Zurück zum Formular',
      backAfter: 'und noch einmal absenden.',
    },
    subscribeAgain: 'Wieder anmelden',
    startNewWeek: 'Eine neue Woche starten',
    home: 'Zur Startseite',
    backHome: 'Zurück zur Startseite',
    stoppedSince: {
      title: 'Mit diesem Link startet keine Woche mehr',
      body: 'Seit dieser Link verschickt wurde, ist die Anmeldung beendet worden. Es gibt also nichts zu bestätigen.',
    },
    confirm: {
      title: 'Bestätige deine Anmeldung',
      body: 'Ein Klick, und deine Woche der Dankbarkeit beginnt.',
      button: 'Ja, meine Woche starten',
      alreadyTitle: 'Du hast schon bestätigt',
      already:
        'Hier ist nichts mehr zu tun: Deine Woche der Dankbarkeit läuft. Achte auf die nächste Anregung in deinem Postfach.',
      completeTitle: 'Deine Woche ist abgeschlossen',
      completeLink: 'Dieser Link hat eine Woche bestätigt, die inzwischen vorbei ist. Möchtest du noch eine?',
      completeNothing: 'Es gibt nichts zu bestätigen: Diese Woche ist vorbei.',
    },
    unsubscribe: {
      title: 'Abmelden',
      question: (email: string) => `Alle E-Mails der Woche der Dankbarkeit an ${email} beenden?`,
      button: 'Abmelden',
      pauseHint:
        'Lieber eine Pause? Antworte PAUSE auf eine unserer E-Mails und WEITER, wenn du so weit bist.',
      alreadyTitle: 'Du bist schon abgemeldet',
      already: (email: string) => `Wir schicken nichts mehr an ${email}. Du musst nichts weiter tun.`,
      changedMind: 'Doch anders entschieden? Du kannst jederzeit eine neue Woche starten.',
      suppressedTitle: 'Wir schreiben dir schon nicht mehr',
      suppressed: (email: string) =>
        `E-Mails an ${email} kamen zurück oder wurden als unerwünscht gemeldet, deshalb schicken wir nichts mehr dorthin. Du musst nichts weiter tun.`,
      doneTitle: 'Du bist abgemeldet',
      done: (email: string) => `Wir schreiben ${email} nicht mehr.`,
      thanks: 'Danke für all die Dankbarkeit, die du geteilt hast.',
    },
    deleted: {
      title: 'Deine Daten sind gelöscht',
      body: [
        'Alles, was wir über dich gespeichert hatten, ist weg: deine Anmeldung, deine Antworten und die Menschen, bei denen du dich bedankt hast.',
        'Die Links in unseren früheren E-Mails funktionieren nicht mehr.',
      ],
    },
    preferences: {
      title: 'Deine Einstellungen',
      savedTitle: 'Einstellungen gespeichert',
      saved: 'Gespeichert. Deine nächste Anregung richtet sich nach der neuen Zeit.',
      timezone: 'Zeitzone',
      sendHour: 'Anregung senden um',
      timeHint: 'In der Zeitzone oben.',
      language: 'Sprache',
      save: 'Speichern',
      backToLog: 'Zurück zu deinem Tagebuch',
      reconnect: 'Einen Monat nach meiner Woche eine Nachfrage-E-Mail schicken',
    },
    reconnect: {
      title: 'Nachfrage-E-Mails',
      question: 'Die Nachfrage-E-Mail einen Monat nach jeder Woche abschalten?',
      explain: 'Deine Anregungen, dein Tagebuch und alles andere bleiben, wie sie sind.',
      button: 'Nachfrage-E-Mails abschalten',
      doneTitle: 'Nachfrage-E-Mails sind abgeschaltet',
      done: 'Nach deiner Woche kommt keine Nachfrage-E-Mail. In deinen Einstellungen kannst du sie wieder einschalten.',
    },
    errors: {
      expiredTitle: 'Dieser Link ist abgelaufen',
      expired: [
        'Bestätigungslinks gelten 7 Tage, und dieser ist abgelaufen.',
        'Wenn du rechtzeitig bestätigt hast, musst du nichts tun: Deine Anregungen kommen weiter. Wenn nicht, melde dich mit derselben Adresse noch einmal an, und wir schicken dir einen neuen Link.',
      ],
      invalidTitle: 'Dieser Link funktioniert nicht',
      invalid: [
        'Dieser Link ist ungültig: Vielleicht fehlt ein Teil oder wurde verändert.',
        'Öffne ihn noch einmal aus der neuesten E-Mail der Woche der Dankbarkeit. Hat dein E-Mail-Programm den Link auf zwei Zeilen verteilt, kopiere ihn vollständig in die Adressleiste.',
      ],
      notSubscribed: 'Noch nicht angemeldet?',
      startHere: 'Hier startest du deine Woche',
      unknownTitle: 'Wir finden diese Anmeldung nicht',
      unknown: [
        'Vielleicht wurde sie gelöscht: Wenn jemand seine Daten löscht, funktioniert kein Link aus seinen E-Mails mehr.',
        'Um neu anzufangen, melde dich mit deiner Adresse an.',
      ],
      slowDownTitle: 'Bitte etwas langsamer',
      slowDown: 'Warte eine Minute und versuch es dann noch einmal.',
      wrongTitle: 'Etwas stimmt nicht',
      wrong: 'Geh zur vorigen Seite zurück, prüfe deine Eingaben und versuch es noch einmal.',
      notFoundTitle: 'Seite nicht gefunden',
      notFound:
        'Unter dieser Adresse gibt es nichts. Wenn du einem Link aus einer unserer E-Mails gefolgt bist, prüfe, ob er vollständig ist.',
      methodTitle: 'Nutze den Knopf auf der Seite',
      method:
        'Diese Adresse funktioniert nur über den Knopf auf ihrer Seite. Öffne den Link aus deiner E-Mail noch einmal und drück dort den Knopf.',
      unavailableTitle: 'Gleich wieder da',
      internalTitle: 'Etwas ist schiefgegangen',
    },
    log: {
      title: 'Dein Dankbarkeitstagebuch',
      heading: 'Deine Woche der Dankbarkeit',
      status: {
        pending: 'Wir warten darauf, dass du deine Anmeldung bestätigst.',
        active: 'Deine Woche läuft.',
        paused:
          'Pausiert. Antworte WEITER auf eine unserer E-Mails, um dort weiterzumachen, wo du aufgehört hast.',
        completed: 'Deine Woche ist abgeschlossen. Danke für jede Nachricht, die du verschickt hast.',
        unsubscribed: 'Du bist abgemeldet: Wir schicken dir nichts mehr.',
        suppressed:
          'Wir schreiben diese Adresse nicht mehr an, weil E-Mails zurückkamen oder gemeldet wurden.',
      },
      whom: 'Bei wem du dich bedankt hast',
      day: (day: number, theme: string) => `Tag ${day}: ${theme}`,
      correctName: (name: string) => `Den Namen „${name}“ korrigieren`,
      rename: 'Umbenennen',
      remove: (name: string, day: number) => `${name} aus Tag ${day} entfernen`,
      receivedOn: (date: string) => `Eingegangen am ${date}.`,
      sent: (date: string) => `Verschickt am ${date}.`,
      notSent: 'Noch nicht verschickt.',
      nothingYet:
        'Noch nichts eingetragen: Antworte auf diese E-Mail, um einzutragen, bei wem du dich bedankt hast.',
      settings: 'Deine Einstellungen und Daten',
      schedule: (hour: string, zone: string) => `Anregungen kommen um ${hour} Uhr (Zeitzone ${zone}).`,
      change: 'Zeitzone, Uhrzeit oder Sprache ändern',
      csv: 'Als CSV herunterladen',
      json: 'Als JSON herunterladen',
      delete: 'Alle meine Daten löschen',
      deleteWarning:
        'Damit werden deine Anmeldung, deine Antworten und alle, bei denen du dich bedankt hast, sofort und endgültig gelöscht. Die Links in unseren E-Mails funktionieren dann nicht mehr.',
      deleteButton: 'Jetzt alles löschen',
      after: 'Nach der Woche',
      afterHint: 'Was du auf die Nachfrage-E-Mail einen Monat nach deiner Woche geantwortet hast.',
      reconnectOn: 'Einen Monat nach deiner Woche kommt eine Nachfrage-E-Mail.',
      reconnectOff: 'Nach deiner Woche kommt keine Nachfrage-E-Mail.',
    },
  },

  errors: {
    invalid_email: 'Bitte gib eine gültige E-Mail-Adresse ein.',
    invalid_timezone: 'Bitte wähle eine Zeitzone aus der Liste.',
    invalid_send_hour: 'Die Uhrzeit muss eine volle Stunde von 0 bis 23 sein.',
    invalid_name: 'Der Name darf höchstens 80 Zeichen lang sein.',
    invalid_language: 'Bitte wähle Englisch, Spanisch, Deutsch oder Französisch.',
    invalid_json: 'Der Inhalt der Anfrage muss ein JSON-Objekt sein.',
    body_too_large: 'Die Anfrage ist zu groß.',
    rate_limited: 'Zu viele Anfragen. Bitte versuch es etwas später noch einmal.',
    invalid_token: 'Dieser Link ist ungültig.',
    expired_token: 'Dieser Link ist abgelaufen.',
    unknown_subscriber: 'Wir konnten diese Anmeldung nicht finden. Vielleicht wurde sie gelöscht.',
    not_found: 'Seite nicht gefunden',
    method_not_allowed: 'Methode nicht erlaubt',
    service_unavailable:
      'Ein Teil unseres Dienstes ist gerade nicht erreichbar. Bitte versuch es in einer Minute noch einmal.',
    internal_error: 'Bei uns ist etwas schiefgegangen. Bitte versuch es in einer Minute noch einmal.',
    unknown_group: 'Es gibt keine Gruppe mit diesem Code. Prüfe ihn mit der Person, die ihn dir gegeben hat.',
    group_full: 'Diese Gruppe ist voll. Du kannst die Woche trotzdem für dich machen.',
    group_closed:
      'Diese Gruppe nimmt keine neuen Mitglieder mehr auf. Du kannst die Woche trotzdem für dich machen.',
    invalid_group_name: 'Bitte gib der Gruppe einen Namen mit bis zu 80 Zeichen.',
    invalid_start_date: 'Bitte wähle ein Startdatum zwischen heute und in einem Jahr, als JJJJ-MM-TT.',
    own_address: 'Diese Adresse gehört der Woche der Dankbarkeit selbst. Bitte nimm deine eigene.',
    checkField: (field: string) => `Bitte prüfe das Feld ${field}.`,
  },
};
