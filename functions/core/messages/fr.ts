/** Français (en vouvoyant) : the whole week, written for French readers. */
import type { CommonWords, EmailWords, PageWords } from './en';

export const fr: CommonWords = {
  brand: 'Semaine de la gratitude',

  week: [
    {
      theme: 'La famille',
      who: 'un proche, à la maison, dont vous tenez l’aide pour acquise',
      encouragement:
        'Nos proches font le travail le plus invisible : vous déposer à la gare, payer les factures, ce dîner ' +
        'qui apparaît sur la table comme par magie. Commencez la semaine en remarquant l’une de ces choses, ' +
        'à voix haute.',
      idea:
        'Nommez précisément ce que vous avez remarqué. Par exemple : « Papa, merci d’avoir réparé le portail ' +
        'le week-end dernier sans que personne te le demande. Je pense à toi chaque matin quand il se ferme ' +
        'enfin correctement. »',
    },
    {
      theme: 'Un ami ou un voisin',
      who: 'un ami, ou ce voisin grâce à qui votre rue ressemble à un chez-soi',
      encouragement:
        'L’amitié tient à de petites attentions dont on parle rarement. Deux lignes suffisent, et nul besoin ' +
        'd’une occasion.',
      idea:
        'Remerciez-le pour une petite chose bien précise. Par exemple : « Camille, merci d’avoir réceptionné ' +
        'mes colis tout l’hiver. Ça m’a bien simplifié quelques mois chargés. »',
    },
    {
      theme: 'Quelqu’un qui vous a écouté',
      who: 'quelqu’un qui vous a écouté, ou avec qui vous avez échangé des idées',
      encouragement:
        'Écouter est un cadeau, et un bon échange d’idées aussi. Pensez à une conversation qui vous a aidé à y ' +
        'voir plus clair, et dites à cette personne qu’elle a compté.',
      idea:
        'Dites ce que cette conversation a changé. Par exemple : « Julien, notre café du mois dernier m’a ' +
        'trotté dans la tête. Tu m’as posé la question que j’évitais depuis des semaines, et ça a changé ma ' +
        'façon de préparer le déménagement. »',
    },
    {
      theme: 'Un collègue',
      who: 'un collègue, ou une personne de votre réseau professionnel',
      encouragement:
        'Les relations de travail sont des relations comme les autres, et elles grandissent de la même façon : ' +
        'en remarquant ce que l’autre apporte. Remerciez pour quelque chose de précis plutôt que « pour tout ».',
      idea:
        'Montrez un travail et son effet. Par exemple : « Sophie, merci d’avoir relu mon brouillon vendredi. ' +
        'Ta remarque sur l’introduction a rendu toute la proposition plus claire, et le client l’a remarqué. »',
    },
    {
      theme: 'Un mentor',
      who: 'quelqu’un qui a aidé votre carrière ou vous a appris quelque chose',
      encouragement:
        'Les enseignants et les mentors savent rarement comment l’histoire s’est terminée. Dites-leur ce ' +
        'qu’ils vous ont appris et où cela vous a mené.',
      idea:
        'Reliez ce qu’il vous a appris à là où vous en êtes aujourd’hui. Par exemple : « Madame Lefèvre, vous ' +
        'm’avez fait réécrire mon premier rapport trois fois. J’entends encore vos questions chaque fois que ' +
        'j’en écris un, et ce printemps j’ai mené mon premier projet. »',
    },
    {
      theme: 'Renouer ou rendre la pareille',
      who: 'quelqu’un que vous avez perdu de vue, ou que vous pourriez aider à votre tour',
      encouragement:
        'Vous avez toujours quelque chose à offrir, ne serait-ce que votre attention ou une mise en relation. ' +
        'Commencez par le merci, et proposez quelque chose si une idée vous vient.',
      idea:
        'Remerciez pour quelque chose d’autrefois, et proposez quelque chose aujourd’hui. Par exemple : ' +
        '« Karim, je repensais à l’été où tu m’as aidé à trouver mon premier appartement. Merci, avec quelques ' +
        'années de retard. Si un jour tu as besoin d’un coup de main pour un déménagement, compte sur moi. »',
    },
    {
      theme: 'Ce qui vous fait avancer',
      who: 'quelqu’un lié à la raison pour laquelle vous faites ce que vous faites, qui vous voulez',
      encouragement:
        'Pensez à ce qui vous pousse : votre famille, votre métier, les personnes que vous servez, le ' +
        'changement que vous voulez voir. Qui entretient cette flamme ? Terminez la semaine en le lui disant.',
      idea:
        'Dites-lui comment il a façonné ce que vous faites. Par exemple : « Coach Moreau, j’entraîne les ' +
        'benjamins aujourd’hui grâce à la façon dont tu nous entraînais. Merci de m’avoir montré comment on fait. »',
    },
  ],

  confirmed: {
    heading: 'C’est parti',
    firstPrompt: (when: string) => `Votre première invitation arrive le ${when}.`,
    noDate: 'Votre inscription est confirmée.',
    howItWorks:
      'Chaque jour, contactez une personne pour la remercier, puis répondez à l’e-mail pour nous dire qui vous avez remercié.',
    paused:
      'Votre semaine est en pause. Répondez REPRENDRE à l’un de nos e-mails pour continuer là où vous en étiez.',
    pausedHeading: 'Votre inscription est confirmée',
  },

  localTime: (when: string, zone: string) => `${when} (heure de ${zone})`,

  people: {
    relationships: {
      mother: 'mère',
      father: 'père',
      parents: 'parents',
      stepmother: 'belle-mère',
      stepfather: 'beau-père',
      sister: 'sœur',
      brother: 'frère',
      donor: 'donneur',
      sibling: 'frère ou sœur',
      siblings: 'frères et sœurs',
      grandmother: 'grand-mère',
      grandfather: 'grand-père',
      grandparents: 'grands-parents',
      aunt: 'tante',
      uncle: 'oncle',
      cousin: 'cousin|cousine',
      wife: 'femme',
      husband: 'mari',
      widow: 'veuve',
      partner: 'conjoint',
      boyfriend: 'petit ami',
      girlfriend: 'petite amie',
      fiancé: 'fiancé',
      son: 'fils',
      daughter: 'fille',
      children: 'enfants',
      niece: 'nièce',
      nephew: 'neveu',
      godmother: 'marraine',
      godfather: 'parrain',
      grandson: 'petit-fils',
      granddaughter: 'petite-fille',
      grandchildren: 'petits-enfants',
      godson: 'filleul',
      goddaughter: 'filleule',
      'union representative': 'délégué syndical',
      'mother-in-law': 'belle-mère',
      'father-in-law': 'beau-père',
      'sister-in-law': 'belle-sœur',
      'brother-in-law': 'beau-frère',
      'son-in-law': 'gendre',
      'daughter-in-law': 'belle-fille',
      'in-laws': 'beaux-parents',
      family: 'famille',
      'best friend': 'meilleur ami|meilleure amie',
      friend: 'ami|amie',
      roommate: 'colocataire',
      neighbor: 'voisin|voisine',
      colleague: 'collègue',
      classmate: 'camarade de classe',
      boss: 'patron|patronne',
      mentor: 'mentor',
      teacher: 'professeur|professeure|prof|maîtresse|maître',
      coach: 'entraîneur|entraîneuse',
      doctor: 'médecin',
      nurse: 'infirmier|infirmière',
      therapist: 'thérapeute',
      pastor: 'pasteur',
      landlord: 'propriétaire',
      babysitter: 'baby-sitter',
      'mail carrier': 'facteur',
      'bus driver': 'chauffeur de bus',
      'crossing guard': 'agent de sécurité scolaire',
      barista: 'barista',
      cashier: 'caissier|caissière',
      waiter: 'serveur|serveuse',
      janitor: 'concierge',
      receptionist: 'réceptionniste',
      librarian: 'bibliothécaire',
      pharmacist: 'pharmacien|pharmacienne',
      dentist: 'dentiste',
      vet: 'vétérinaire',
      firefighter: 'pompier',
      'sanitation worker': 'éboueur',
      paramedic: 'ambulancier',
      'police officer': 'policier',
      mechanic: 'mécanicien|mécanicienne',
      hairdresser: 'coiffeur|coiffeuse',
      assistant: 'assistant|assistante',
      student: 'étudiant|étudiante',
      client: 'client|cliente',
      volunteer: 'bénévole',
      owner: 'propriétaire',
      advisor: 'conseiller|conseillère',
      physiotherapist: 'kinésithérapeute',
      caregiver: 'aidant',
      midwife: 'sage-femme',
      sponsor: 'parrain',
      ex: 'ex',
      principal: 'directeur d’école',
      editor: 'éditeur',
      lawyer: 'avocat|avocate',
      tradesperson: 'artisan',
      driver: 'chauffeur',
      'security guard': 'agent de sécurité',
      cook: 'cuisinier|cuisinière',
      'scout leader': 'chef scout',
      'flight attendant': 'hôtesse de l’air',
      psychiatrist: 'psychiatre',
      tenant: 'locataire',
      team: 'équipe',
      couple: 'couple',
      group: 'groupe',
      person: 'personne',
    },
    someone: 'quelqu’un',
    relationAndName: (relationship: string, name: string) => `${name} (${relationship})`,
    relation: (relationship: string) => relationship,
  },

  channels: {
    how: {
      call: 'par téléphone',
      message: 'par message',
      email: 'par e-mail',
      letter: 'par lettre ou carte',
      'in-person': 'en personne',
      video: 'en visio',
    },
    count: {
      call: (n: number) => (n === 1 ? 'un appel' : `${n} appels`),
      message: (n: number) => (n === 1 ? 'un message' : `${n} messages`),
      email: (n: number) => (n === 1 ? 'un e-mail' : `${n} e-mails`),
      letter: (n: number) => (n === 1 ? 'une lettre ou une carte' : `${n} lettres ou cartes`),
      'in-person': (n: number) => (n === 1 ? 'une fois en personne' : `${n} fois en personne`),
      video: (n: number) => (n === 1 ? 'une visio' : `${n} visios`),
    },
    label: {
      call: 'Appels',
      message: 'Messages',
      email: 'E-mails',
      letter: 'Lettres et cartes',
      'in-person': 'En personne',
      video: 'Visios',
    },
    unsaid: (n: number) => (n === 1 ? 'un sans préciser comment' : `${n} sans préciser comment`),
    heading: 'Comment vous l’avez dit',
    summary: (list: string) => `Cette semaine : ${list}.`,
  },

  groups: {
    homeLead: 'Vous animez un atelier, une équipe ou une classe ?',
    homeLink: 'Faites la semaine ensemble',
    createTitle: 'Faire la semaine ensemble',
    createIntro:
      'Pour un atelier, une équipe ou une classe : chacun reçoit ses propres invitations à son heure, et tout ' +
      'le monde commence le même jour. Vous voyez où en est le groupe en chiffres seulement, jamais les mots de quiconque.',
    organizerEmail: 'Votre adresse e-mail',
    name: 'Nom du groupe',
    nameHint: 'Les membres le voient en rejoignant le groupe.',
    startDate: 'Premier jour de la semaine',
    timezone: 'Fuseau horaire du groupe',
    create: 'Créer le groupe',
    checkInbox:
      'Nous vous avons envoyé un e-mail avec un lien pour confirmer le groupe. Une fois confirmé, vous recevrez son lien d’inscription et votre tableau de bord.',
    confirmTitle: 'Confirmez votre groupe',
    confirmBody: (name: string) => `Un clic et « ${name} » est prêt pour ses membres.`,
    confirmButton: 'Confirmer le groupe',
    readyTitle: 'Votre groupe est prêt',
    readyBody:
      'Partagez le lien d’inscription avec votre groupe. Nous vous l’avons envoyé par e-mail, avec le lien de votre tableau de bord.',
    qrLabel: 'QR code du lien d’inscription',
    joinLink: 'Lien d’inscription',
    dashboardLink: 'Votre tableau de bord',
    codeLabel: 'Code',
    joinTitle: (name: string) => `Rejoindre « ${name} »`,
    joinIntro: (name: string, date: string) =>
      `Vous rejoignez ${name}. La semaine commence le ${date}, à l’heure de votre choix.`,
    closedTitle: 'Ce groupe est fermé',
    closed:
      'L’organisateur a fermé le lien d’inscription de ce groupe. Vous pouvez faire la semaine de votre côté.',
    fullTitle: 'Ce groupe est complet',
    full: 'Ce groupe compte déjà autant de membres qu’il peut en accueillir. Vous pouvez faire la semaine de votre côté.',
    unknownTitle: 'Aucun groupe avec ce code',
    unknown: 'Vérifiez le code auprès de la personne qui vous l’a donné, ou faites la semaine de votre côté.',
    onYourOwn: 'Faire la semaine de mon côté',
    dashboardTitle: (name: string) => `${name} : la semaine du groupe`,
    startsOn: (date: string) => `La semaine commence le ${date}.`,
    members: (n: number) => (n === 1 ? 'Un membre a confirmé.' : `${n} membres ont confirmé.`),
    notEnough:
      'Pas encore assez de membres pour afficher des chiffres : ils apparaissent dès que trois personnes ont confirmé, pour que personne ne puisse être identifié.',
    dayColumn: 'Jour',
    repliedColumn: 'Membres qui ont répondu',
    thanksColumn: 'Personnes remerciées',
    total: (n: number) =>
      n === 1 ? 'Une personne remerciée jusqu’ici.' : `${n} personnes remerciées jusqu’ici.`,
    chartCaption: 'Personnes remerciées, jour par jour',
    channelsCaption: 'Comment les remerciements ont été faits, sur la semaine',
    channelColumn: 'Comment',
    channelUnsaid: 'Non précisé',
    closeButton: 'Fermer le lien d’inscription',
    closedNote: 'Le lien d’inscription est fermé : personne de nouveau ne peut rejoindre le groupe.',
    deleteTitle: 'Supprimer le groupe',
    deleteWarning: 'Cela supprime le groupe et ses chiffres. Chaque membre garde sa semaine et son journal.',
    deleteButton: 'Supprimer le groupe maintenant',
    deletedTitle: 'Le groupe est supprimé',
    deleted: 'Ses chiffres ont disparu. Chaque membre garde sa semaine et son journal.',
    confirmSubject: 'Merci de confirmer votre groupe pour la Semaine de la gratitude',
    confirmEmail: (name: string, date: string) =>
      `Vous avez créé « ${name} », qui commence le ${date}. Confirmez-le pour recevoir son lien d’inscription et votre tableau de bord.`,
    readySubject: 'Votre groupe pour la Semaine de la gratitude est prêt',
    readyEmail: (name: string, date: string) =>
      `Partagez ce lien avec tout le groupe ${name}. Chacun choisit son heure et reçoit ses propres ` +
      `invitations ; la semaine commence pour tout le monde le ${date}.`,
    dashboardEmail:
      'Votre tableau de bord montre où en est le groupe, en chiffres seulement. Gardez ce lien pour vous.',
    summarySubject: 'La Semaine de la gratitude de votre groupe, en chiffres',
    summaryHeading: 'La semaine du groupe est terminée',
    summaryEmail: (name: string, members: number, total: number) =>
      `${members === 1 ? 'Une personne a fait' : `${members} personnes ont fait`} la semaine dans ${name} et ont ` +
      `remercié ${total === 1 ? 'une personne' : `${total} personnes`} à eux tous.`,
    summaryDay: (day: number, replied: number, thanks: number) =>
      `Jour ${day} : ${replied === 1 ? 'une réponse' : `${replied} réponses`}, ${thanks === 1 ? 'une personne remerciée' : `${thanks} personnes remerciées`}.`,
    summaryWithheld: (name: string, members: number) =>
      `${members === 1 ? 'Une personne a fait' : `${members} personnes ont fait`} la semaine dans ${name}. En dessous de trois, les chiffres restent privés, pour que personne ne soit identifiable.`,
    /** The subject of a summary with no numbers (nobody finished the week). */
    summaryEmptySubject: 'La Semaine de la gratitude de votre groupe est terminée',
    summaryEveryoneLeft: (name: string) =>
      `Toutes les personnes qui ont rejoint ${name} ont arrêté avant la fin de leur semaine : il n’y a donc pas de chiffres à partager.`,
    summaryNobodyJoined: (name: string) =>
      `Personne n’a rejoint ${name} : il n’y a donc pas de chiffres à partager.`,
    recapLine: (name: string, total: number) =>
      `Ensemble, ${name} a remercié ${total === 1 ? 'une personne' : `${total} personnes`} cette semaine.`,
    footer:
      'Vous recevez cet e-mail parce que cette adresse a créé un groupe sur la Semaine de la gratitude.',
  },
};

/** The words of the emails (the functions that send carry them). */
export const frEmail: EmailWords = {
  email: {
    greeting: (name: string) => `Bonjour ${name},`,
    greetingAnon: 'Bonjour,',
    logLink: 'Votre journal et vos préférences',
    gratitudeLog: 'votre journal de gratitude',

    welcome: {
      subject: 'Confirmez votre Semaine de la gratitude',
      preheader:
        'Une personne à remercier chaque jour, pendant sept jours. Confirmez votre adresse pour commencer.',
    },
    prompt: {
      subject: (day: number, theme: string) => `Jour ${day} : ${theme}`,
      preheader: (who: string) => `Aujourd’hui, remerciez ${who}.`,
    },
    receipt: {
      subjectLogged: (day: number) => `C’est noté : jour ${day} de votre Semaine de la gratitude`,
      subjectReceived: (day: number) => `Bien reçu : votre réponse pour le jour ${day}`,
      headingLogged: (day: number) => `Le jour ${day} est dans votre journal`,
      headingReceived: (day: number) => `Nous avons bien reçu votre réponse pour le jour ${day}`,
      loggedFor: (day: number) => `Noté pour le jour ${day}\u00a0:`,
      noName: 'Je n’ai trouvé aucun nom dans votre réponse : répondez à nouveau pour en ajouter un.',
      preheaderNoName: 'Répondez à nouveau avec un nom et il rejoindra votre journal.',
      youWrote: 'Vous avez écrit',
      cutNotice: (chars: string) =>
        `Votre réponse était longue : votre journal en garde les ${chars} premiers caractères ; le message complet est conservé tel quel pendant 30 jours.`,
      lastReceipt:
        'C’est le dernier accusé de réception d’aujourd’hui : les réponses suivantes sont tout de même notées, et votre journal les affiche toutes.',
      correctedSubject: (day: number) => `Corrigé : jour ${day} de votre Semaine de la gratitude`,
      correctedHeading: (day: number) => `Le jour ${day} est corrigé`,
      nowReads: (day: number) => `Le jour ${day} est désormais\u00a0:`,
      emptyNow: (day: number) =>
        `Le jour ${day} ne compte plus personne. Répondez avec un nom pour en ajouter un.`,
      howToFix: 'Pas tout à fait ça ? Répondez avec le nom, par exemple : « C’était Grégoire, pas Georges. »',
      afterSubject: 'Noté : votre suivi après la semaine',
      afterHeading: 'Votre suivi est dans votre journal',
      afterLogged: 'Noté sous « Après la semaine » :',
      afterNoName: 'Vos mots sont dans votre journal, sous « Après la semaine ».',
    },
    recap: {
      subject: 'Votre Semaine de la gratitude : toutes les personnes que vous avez remerciées',
      subjectEmpty: 'Le bilan de votre Semaine de la gratitude',
      heading: 'Toutes les personnes que vous avez remerciées cette semaine',
      headingEmpty: 'Votre Semaine de la gratitude est terminée',
      preheader: 'Toutes les personnes que vous avez remerciées cette semaine, avec vos propres mots.',
      preheaderEmpty: 'Vos sept jours sont passés. Quelques mots sur la suite.',
      intro: (count: number) =>
        `Vous avez noté ${count === 1 ? 'un remerciement' : `${count} remerciements`} cette semaine. ` +
        'Les voici, jour par jour, avec vos propres mots.',
      emptyIntro: [
        'Rien n’est arrivé dans votre journal cette fois, et ce n’est pas grave : bien des mercis se disent sans laisser de trace.',
        'Les réponses aux invitations de cette semaine comptent toujours : si vous avez remercié quelqu’un, ' +
          'répondez à l’e-mail de ce jour-là et cela rejoindra votre journal.',
      ],
      dayHeading: (day: number, theme: string) => `Jour ${day} · ${theme}`,
    },
    command: {
      stoppedSubject: 'Vous êtes désabonné de la Semaine de la gratitude',
      stoppedPreheader: 'Vous ne recevrez plus d’invitations.',
      stoppedHeading: 'Vous êtes désabonné',
      stoppedBody:
        'Vous ne recevrez plus d’invitations. Merci pour chacun des remerciements que vous avez envoyés.',
      logStays: 'Votre journal reste disponible jusqu’à ce que vous le supprimiez',
      weekSoFar: 'Votre semaine jusqu’ici',
      pausedSubject: 'Votre Semaine de la gratitude est en pause',
      pausedPreheader: 'Plus d’invitations tant que vous n’aurez pas répondu REPRENDRE.',
      pausedHeading: 'En pause : répondez REPRENDRE quand vous voulez',
      pausedBody:
        'Tant que votre semaine est en pause, aucune invitation n’arrive. Répondez REPRENDRE quand vous le ' +
        'souhaitez, et elle reprendra là où vous en étiez.',
      resumedSubject: 'Votre Semaine de la gratitude reprend',
      resumedHeading: 'Content de vous revoir',
      resumedNextDay: (day: number) => `Le jour ${day} arrive à votre heure habituelle.`,
      resumedNext: 'La prochaine invitation arrive à votre heure habituelle.',
      resumedBody: (next: string) => `Votre semaine reprend là où elle s’était arrêtée. ${next}`,
      restartedSubject: 'Une nouvelle Semaine de la gratitude commence',
      restartedPreheader: 'Le jour 1 arrive à votre heure habituelle.',
      restartedHeading: 'Une nouvelle semaine commence',
      restartedBody: 'Le jour 1 arrive à votre heure habituelle, et les sept jours recommencent.',
    },
    reconnect: {
      subject: 'Un mois plus tard : les personnes que vous avez remerciées',
      preheader: 'Il y a un mois, vous les avez remerciées. Où en êtes-vous aujourd’hui ?',
      heading: 'Un mois plus tard',
      intro: 'Il y a un mois, pendant votre Semaine de la gratitude, vous avez remercié :',
      offerLead: 'Ce que vous pourriez offrir en retour',
      offers: [
        'Demandez-lui des nouvelles d’un pan de sa vie, et écoutez la réponse jusqu’au bout.',
        'Proposez un coup de main pour quelque chose qui lui pèse en ce moment.',
        'Rendez la pareille : demandez comment ça va, et prenez le temps d’écouter.',
        'Reconnaissez son travail là où d’autres le verront, ou aidez-le sur un dossier en cours.',
        'Dites-lui où son conseil vous a mené, ou transmettez-le à quelqu’un qui débute.',
        'Faites une présentation, partagez quelque chose d’utile, ou fixez simplement une date pour vous voir.',
        'Montrez-lui ce que vous avez fait de ce qu’il vous a donné.',
      ],
      invite:
        'Un merci peut être le début de quelque chose plutôt qu’une fin. Si vous reprenez contact, ' +
        'répondez-moi pour raconter comment cela s’est passé : ce sera noté dans votre journal, sous « Après la semaine ».',
      turnOffLead: 'Vous préférez ne plus recevoir cet e-mail après vos prochaines semaines ?',
      turnOff: 'Désactiver les e-mails de suivi',
    },
    held: {
      subject: 'Une réponse venue d’une autre adresse vous attend',
      heading: 'Était-ce vous ?',
      dayPrompt: (day: number) => `votre invitation du jour ${day}`,
      welcome: 'votre e-mail de bienvenue',
      arrived: (what: string, from: string) =>
        `Une réponse à ${what} est arrivée depuis ${from}, qui n’est pas l’adresse avec laquelle vous vous êtes inscrit. ` +
        'Pour que personne d’autre ne puisse écrire dans votre journal, elle est mise de côté et n’est pas notée.',
      ifYou:
        'Si c’était vous, ajoutez-la depuis votre journal ; sinon, supprimez-la là-bas ou ignorez simplement cet e-mail.',
      linkLead: 'Ajoutez-la ou supprimez-la dans votre journal',
      unknownSender: 'un expéditeur inconnu',
    },
    confirmed: {
      subject: 'C’est parti : votre Semaine de la gratitude est confirmée',
      preheader: 'Votre première invitation est en route.',
    },

    static: {
      /** A label's colon ("Unsubscribe: URL"); French sets it off with a no-break space. */
      colon: '\u00a0:',
      footer: {
        commands: 'Répondez STOP pour vous désabonner ou PAUSE pour faire une pause.',
        unsubscribe: 'Se désabonner',
        why: 'Vous recevez cet e-mail parce que cette adresse s’est inscrite à la Semaine de la gratitude.',
        last: 'C’est le dernier e-mail que vous recevrez de la Semaine de la gratitude.',
      },
      welcome: {
        heading: 'Confirmez votre adresse',
        intro:
          'Merci de vous être inscrit à la Semaine de la gratitude. Pendant sept jours, vous recevrez chaque ' +
          'jour un court e-mail, à l’heure choisie, qui vous suggère quelqu’un à remercier. Répondez-moi pour ' +
          'me dire qui vous avez remercié, et après le dernier jour vous recevrez un bilan avec tout le monde.',
        button: 'Confirmer et commencer ma semaine',
        buttonText: 'Confirmer et commencer votre semaine\u00a0:',
        reply: 'Ou répondez simplement à cet e-mail pour confirmer.',
        anyReply: 'N’importe quelle réponse convient.',
        fallback: 'Si le bouton ne fonctionne pas, copiez ce lien dans votre navigateur :',
        notYou: 'Vous ne vous êtes pas inscrit ? Ignorez cet e-mail et vous ne recevrez plus rien.',
      },
      prompt: {
        heading: 'Jour {{day}} sur 7 — {{theme}}',
        today: 'Aujourd’hui, remerciez {{who}}.',
        ideaLabel: 'Une idée de ce que vous pourriez dire',
        anyWay: 'Un message, un appel ou quelques mots de vive voix : tout compte.',
        ask: 'Répondez à cet e-mail pour me dire qui vous avez remercié.',
        askMore: 'Un prénom et une ligne sur ce que vous avez dit, c’est largement suffisant.',
      },
      receipt: {
        correct: 'Répondez pour corriger ou compléter.',
        weekSoFar: 'Votre semaine jusqu’ici\u00a0:',
        logLink: 'votre journal de gratitude',
      },
      recap: {
        logBefore: 'Votre journal reste disponible sur',
        logLink: 'la page de votre journal de gratitude',
        logAfter: ', où vous pouvez le télécharger ou le supprimer quand vous voulez.',
        keepGoing:
          'La gratitude n’a pas besoin de calendrier. Continuez avec une personne chaque fois que quelqu’un ' +
          'vous vient à l’esprit, ou répondez RECOMMENCER pour une nouvelle semaine d’invitations.',
      },
      confirmed: {
        heading: 'C’est parti',
        replyAnytime: 'Une question, un changement de programme ? Répondez à l’un de nos e-mails.',
      },
    },
  },
};

/** The words of the pages and the error messages (the web function carries them). */
export const frPages: PageWords = {
  pages: {
    titleSuffix: 'Semaine de la gratitude',
    footer:
      'Sept jours, sept mercis : contactez une personne par jour et dites-lui ce qu’elle représente pour vous.',
    languageNav: 'Langue',
    subscribe: {
      title: 'Commencez votre semaine de gratitude',
      titleError: 'Vérifiez le formulaire',
      heading: 'Une semaine de mercis, un e-mail par jour',
      intro:
        'Pendant sept jours, vous recevrez une courte invitation à l’heure de votre choix : contactez une ' +
        'personne et remerciez-la. Répondez en indiquant qui vous avez remercié, et à la fin de la semaine ' +
        'vous recevrez un bilan de toutes les personnes que vous avez touchées.',
      email: 'Adresse e-mail',
      name: 'Prénom',
      optional: '(facultatif)',
      timezone: 'Fuseau horaire',
      sendHour: 'Envoyer l’invitation à',
      timeHint: 'Votre heure locale. Vous pourrez modifier les deux plus tard.',
      language: 'Langue des e-mails',
      submit: 'Commencer ma semaine',
      afterForm:
        'Nous envoyons un e-mail de confirmation, puis un par jour pendant sept jours, et un bilan. Chaque e-mail contient un lien de désabonnement.',
    },
    checkInbox: {
      title: 'Consultez votre boîte de réception',
      body: [
        'Nous vous avons envoyé un e-mail avec un lien de confirmation. Appuyez sur le bouton de cette page, ou répondez simplement à l’e-mail.',
        'S’il n’arrive pas d’ici quelques minutes, regardez dans vos spams.',
      ],
      typo: 'Une faute dans l’adresse ?',
      back: 'Revenez au formulaire',
      backAfter: 'et envoyez-le à nouveau.',
    },
    subscribeAgain: 'Se réinscrire',
    startNewWeek: 'Commencer une nouvelle semaine',
    home: 'Aller à l’accueil',
    backHome: 'Retour à l’accueil',
    stoppedSince: {
      title: 'Ce lien ne lance plus de semaine',
      body: 'Depuis l’envoi de ce lien, l’inscription a été arrêtée : il n’y a donc rien à confirmer.',
    },
    confirm: {
      title: 'Confirmez votre inscription',
      body: 'Un clic, et votre semaine de gratitude commence.',
      button: 'Oui, commencer ma semaine',
      alreadyTitle: 'Vous avez déjà confirmé',
      already:
        'Plus rien à faire ici : votre semaine de gratitude est lancée. Surveillez votre boîte de réception pour la prochaine invitation.',
      completeTitle: 'Votre semaine est terminée',
      completeLink: 'Ce lien confirmait une semaine qui s’est terminée depuis. En voulez-vous une autre ?',
      completeNothing: 'Il n’y a rien à confirmer : cette semaine est terminée.',
    },
    unsubscribe: {
      title: 'Se désabonner',
      question: (email: string) =>
        `Arrêter tous les e-mails de la Semaine de la gratitude envoyés à ${email} ?`,
      button: 'Me désabonner',
      pauseHint:
        'Plutôt envie d’une pause ? Répondez PAUSE à l’un de nos e-mails, puis REPRENDRE quand vous serez prêt.',
      alreadyTitle: 'Vous êtes déjà désabonné',
      already: (email: string) => `Nous n’envoyons plus rien à ${email}. Vous n’avez rien d’autre à faire.`,
      changedMind: 'Vous avez changé d’avis ? Vous pouvez commencer une nouvelle semaine à tout moment.',
      suppressedTitle: 'Nous avons déjà cessé de vous écrire',
      suppressed: (email: string) =>
        `Les messages envoyés à ${email} ont été rejetés ou signalés comme indésirables : nous n’y envoyons donc plus rien. Vous n’avez rien d’autre à faire.`,
      doneTitle: 'Vous êtes désabonné',
      done: (email: string) => `Nous n’écrirons plus à ${email}.`,
      thanks: 'Merci pour toute la gratitude que vous avez partagée.',
    },
    deleted: {
      title: 'Vos données sont supprimées',
      body: [
        'Tout ce que nous gardions à votre sujet a disparu : votre inscription, vos réponses et les personnes que vous avez remerciées.',
        'Les liens de nos e-mails précédents ne fonctionnent plus.',
      ],
    },
    preferences: {
      title: 'Vos préférences',
      savedTitle: 'Préférences enregistrées',
      saved: 'C’est enregistré. Votre prochaine invitation suivra le nouvel horaire.',
      timezone: 'Fuseau horaire',
      sendHour: 'Envoyer l’invitation à',
      timeHint: 'Dans le fuseau horaire ci-dessus.',
      language: 'Langue',
      save: 'Enregistrer',
      backToLog: 'Retour à votre journal',
      reconnect: 'M’envoyer un e-mail de suivi un mois après ma semaine',
    },
    reconnect: {
      title: 'E-mails de suivi',
      question: 'Ne plus recevoir l’e-mail de suivi un mois après chaque semaine ?',
      explain: 'Vos invitations, votre journal et tout le reste restent inchangés.',
      button: 'Désactiver les e-mails de suivi',
      doneTitle: 'Les e-mails de suivi sont désactivés',
      done: 'Vous ne recevrez pas d’e-mail de suivi après votre semaine. Vous pouvez le réactiver dans vos préférences.',
    },
    errors: {
      expiredTitle: 'Ce lien a expiré',
      expired: [
        'Les liens de confirmation sont valables 7 jours, et celui-ci a expiré.',
        'Si vous avez confirmé à temps, vous n’avez rien à faire : vos invitations continuent d’arriver. Sinon, inscrivez-vous à nouveau avec la même adresse et nous vous enverrons un nouveau lien.',
      ],
      invalidTitle: 'Ce lien ne fonctionne pas',
      invalid: [
        'Ce lien n’est pas valide : il en manque peut-être une partie, ou il a été modifié.',
        'Ouvrez-le à nouveau depuis le dernier e-mail de la Semaine de la gratitude. Si votre messagerie a coupé le lien sur deux lignes, copiez-le en entier dans la barre d’adresse.',
      ],
      notSubscribed: 'Pas encore inscrit ?',
      startHere: 'Commencez votre semaine ici',
      unknownTitle: 'Nous ne trouvons pas cette inscription',
      unknown: [
        'Elle a peut-être été supprimée : quand quelqu’un supprime ses données, tous les liens de ses e-mails cessent de fonctionner.',
        'Pour recommencer, inscrivez-vous avec votre adresse.',
      ],
      slowDownTitle: 'Doucement, s’il vous plaît',
      slowDown: 'Patientez une minute, puis réessayez.',
      wrongTitle: 'Quelque chose ne va pas',
      wrong: 'Revenez à la page précédente, vérifiez ce que vous avez saisi et réessayez.',
      notFoundTitle: 'Page introuvable',
      notFound:
        'Il n’y a rien à cette adresse. Si vous avez suivi un lien de l’un de nos e-mails, vérifiez qu’il est complet.',
      methodTitle: 'Utilisez le bouton de la page',
      method:
        'Cette adresse ne fonctionne qu’avec le bouton de sa page. Rouvrez le lien de votre e-mail et appuyez sur le bouton.',
      unavailableTitle: 'De retour dans une minute',
      internalTitle: 'Un problème est survenu',
    },
    log: {
      title: 'Votre journal de gratitude',
      heading: 'Votre semaine de gratitude',
      status: {
        pending: 'Il vous reste à confirmer votre inscription.',
        active: 'Votre semaine est lancée.',
        paused: 'En pause. Répondez REPRENDRE à l’un de nos e-mails pour continuer là où vous en étiez.',
        completed: 'Votre semaine est terminée. Merci pour chacun des messages que vous avez envoyés.',
        unsubscribed: 'Vous êtes désabonné : nous ne vous envoyons plus rien.',
        suppressed: 'Nous n’écrivons plus à cette adresse car des messages ont été rejetés ou signalés.',
      },
      whom: 'Qui vous avez remercié',
      day: (day: number, theme: string) => `Jour ${day} : ${theme}`,
      correctName: (name: string) => `Corriger le nom « ${name} »`,
      rename: 'Renommer',
      remove: (name: string, day: number) => `Retirer ${name} du jour ${day}`,
      receivedOn: (date: string) => `Reçu le ${date}.`,
      sent: (date: string) => `Envoyé le ${date}.`,
      notSent: 'Pas encore envoyé.',
      nothingYet: 'Rien de noté pour l’instant : répondez à cet e-mail pour indiquer qui vous avez remercié.',
      settings: 'Vos réglages et vos données',
      schedule: (hour: string, zone: string) => `Les invitations arrivent à ${hour}, heure de ${zone}.`,
      change: 'Changer de fuseau horaire, d’heure d’envoi ou de langue',
      csv: 'Télécharger en CSV',
      json: 'Télécharger en JSON',
      delete: 'Supprimer toutes mes données',
      deleteWarning:
        'Cela supprime votre inscription, vos réponses et toutes les personnes que vous avez remerciées, immédiatement et définitivement. Les liens de nos e-mails cesseront de fonctionner.',
      deleteButton: 'Tout supprimer maintenant',
      after: 'Après la semaine',
      afterHint: 'Ce que vous avez répondu à l’e-mail de suivi, un mois après votre semaine.',
      reconnectOn: 'Un e-mail de suivi arrive un mois après votre semaine.',
      reconnectOff: 'Aucun e-mail de suivi après votre semaine.',
    },
  },

  errors: {
    invalid_email: 'Veuillez saisir une adresse e-mail valide.',
    invalid_timezone: 'Veuillez choisir un fuseau horaire dans la liste.',
    invalid_send_hour: 'L’heure d’envoi doit être une heure pleine, de 0 à 23.',
    invalid_name: 'Le prénom ne doit pas dépasser 80 caractères.',
    invalid_language: 'Veuillez choisir l’anglais, l’espagnol, l’allemand ou le français.',
    invalid_json: 'Le corps de la requête doit être un objet JSON.',
    body_too_large: 'La requête est trop volumineuse.',
    rate_limited: 'Trop de requêtes. Veuillez réessayer un peu plus tard.',
    invalid_token: 'Ce lien n’est pas valide.',
    expired_token: 'Ce lien a expiré.',
    unknown_subscriber: 'Nous ne trouvons pas cette inscription. Elle a peut-être été supprimée.',
    not_found: 'Page introuvable',
    method_not_allowed: 'Méthode non autorisée',
    service_unavailable:
      'Une partie de notre service est injoignable pour le moment. Veuillez réessayer dans une minute.',
    internal_error: 'Un problème est survenu de notre côté. Veuillez réessayer dans une minute.',
    unknown_group: 'Aucun groupe n’a ce code. Vérifiez-le auprès de la personne qui vous l’a donné.',
    group_full: 'Ce groupe est complet. Vous pouvez faire la semaine de votre côté.',
    group_closed: 'Ce groupe n’accepte plus de nouveaux membres. Vous pouvez faire la semaine de votre côté.',
    invalid_group_name: 'Donnez au groupe un nom de 80 caractères au plus.',
    invalid_start_date: 'Choisissez une date de début entre aujourd’hui et dans un an, au format AAAA-MM-JJ.',
    own_address: 'Cette adresse appartient à la Semaine de la gratitude elle-même. Utilisez la vôtre.',
    checkField: (field: string) => `Veuillez vérifier le champ ${field}.`,
  },
};
