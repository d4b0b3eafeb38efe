/** Español (de España, tuteando): the whole week, written for Spanish readers. */
import type { CommonWords, EmailWords, PageWords } from './en';

export const es: CommonWords = {
  brand: 'Semana de la Gratitud',

  week: [
    {
      theme: 'Familia',
      who: 'alguien de casa cuya ayuda das por hecha',
      encouragement:
        'Quienes tenemos más cerca hacen el trabajo más invisible: te acercan a la estación, pagan los ' +
        'recibos, la cena aparece en la mesa como por arte de magia. Empieza la semana diciendo en voz alta ' +
        'que te has dado cuenta.',
      idea:
        'Di exactamente qué has notado. Por ejemplo: «Papá, gracias por arreglar la puerta del patio el ' +
        'finde pasado sin que nadie te lo pidiera. Me acuerdo de ti cada mañana cuando cierra bien».',
    },
    {
      theme: 'Un amigo o un vecino',
      who: 'un amigo, o ese vecino que hace que tu calle se sienta como casa',
      encouragement:
        'Las amistades se sostienen con pequeños gestos de los que casi nunca se habla. Con dos líneas basta, ' +
        'y no hace falta ninguna excusa.',
      idea:
        'Agradécele algo pequeño y concreto. Por ejemplo: «Lucía, gracias por recogerme los paquetes todo el ' +
        'invierno. Me hiciste mucho más llevaderos unos meses de locos».',
    },
    {
      theme: 'Alguien que te escuchó',
      who: 'alguien que te escuchó o con quien compartiste ideas',
      encouragement:
        'Escuchar es un regalo, y una buena charla también. Piensa en una conversación que te ayudó a ver ' +
        'las cosas más claras y cuéntale a esa persona que te sirvió.',
      idea:
        'Cuenta qué cambió gracias a esa conversación. Por ejemplo: «Marta, no me quito de la cabeza el café ' +
        'del mes pasado. Me hiciste justo la pregunta que llevaba tiempo esquivando, y ha cambiado cómo ' +
        'planteo la mudanza».',
    },
    {
      theme: 'Alguien del trabajo',
      who: 'un compañero de trabajo o alguien de tu red profesional',
      encouragement:
        'Las relaciones de trabajo también son relaciones, y crecen igual: fijándote en lo que aporta la otra ' +
        'persona. Agradécele algo concreto, no «todo en general».',
      idea:
        'Señala un trabajo y lo que consiguió. Por ejemplo: «Javier, gracias por leerte mi borrador el ' +
        'viernes. Tu comentario sobre el arranque dejó la propuesta mucho más clara, y el cliente lo notó».',
    },
    {
      theme: 'Quien te enseñó',
      who: 'alguien que impulsó tu carrera o te enseñó algo',
      encouragement:
        'Los profesores y los mentores casi nunca se enteran de cómo acabó la historia. Cuéntales qué te ' +
        'enseñaron y hasta dónde te ha llevado.',
      idea:
        'Une lo que te enseñó con el punto en el que estás hoy. Por ejemplo: «Profesora Romero, me hizo ' +
        'rehacer mi primer informe tres veces. Todavía oigo sus preguntas cada vez que escribo uno, y esta ' +
        'primavera he dirigido mi primer proyecto».',
    },
    {
      theme: 'Retomar el contacto o devolver el favor',
      who: 'alguien con quien perdiste el contacto, o alguien a quien podrías echar una mano',
      encouragement:
        'Siempre tienes algo que ofrecer, aunque solo sea tu tiempo o presentarle a alguien. Empieza por el ' +
        'agradecimiento y, si se te ocurre algo, ofrécelo.',
      idea:
        'Dale las gracias por algo de entonces y ofrécele algo ahora. Por ejemplo: «Andrés, me he acordado ' +
        'del verano en que me ayudaste a encontrar mi primer piso. Gracias, aunque sea con años de retraso. ' +
        'Si alguna vez necesitas ayuda con una mudanza, cuenta conmigo».',
    },
    {
      theme: 'Por qué haces lo que haces',
      who: 'alguien ligado a la razón por la que haces lo que haces, quien tú elijas',
      encouragement:
        'Piensa en lo que te mueve: tu familia, tu oficio, la gente a la que sirves, el cambio que quieres ' +
        'ver. ¿Quién mantiene vivo ese propósito? Cierra la semana diciéndoselo.',
      idea:
        'Cuéntale cómo ha influido en lo que haces. Por ejemplo: «Míster Ruiz, entreno al equipo infantil ' +
        'por cómo nos entrenabas tú. Gracias por enseñarme cómo se hace».',
    },
  ],

  confirmed: {
    heading: '¡Ya estás dentro!',
    firstPrompt: (when: string) => `Tu primera propuesta llega el ${when}.`,
    noDate: 'Tu suscripción está confirmada.',
    howItWorks:
      'Cada día, escríbele a una persona para darle las gracias y luego responde al correo contándonos a quién se las diste.',
    paused:
      'Tu semana está en pausa. Responde REANUDAR a cualquiera de nuestros correos para seguir donde lo dejaste.',
    pausedHeading: 'Suscripción confirmada',
  },

  localTime: (when: string, zone: string) => `${when} (hora de ${zone})`,

  people: {
    relationships: {
      mother: 'madre',
      father: 'padre',
      parents: 'padres',
      stepmother: 'madrastra',
      stepfather: 'padrastro',
      sister: 'hermana',
      brother: 'hermano',
      donor: 'donante',
      sibling: 'hermano',
      siblings: 'hermanos',
      grandmother: 'abuela',
      grandfather: 'abuelo',
      grandparents: 'abuelos',
      aunt: 'tía',
      uncle: 'tío',
      cousin: 'primo|prima',
      wife: 'mujer',
      husband: 'marido',
      widow: 'viuda',
      partner: 'pareja',
      boyfriend: 'novio',
      girlfriend: 'novia',
      fiancé: 'prometido',
      son: 'hijo',
      daughter: 'hija',
      children: 'hijos',
      niece: 'sobrina',
      nephew: 'sobrino',
      godmother: 'madrina',
      godfather: 'padrino',
      grandson: 'nieto',
      granddaughter: 'nieta',
      grandchildren: 'nietos',
      godson: 'ahijado',
      goddaughter: 'ahijada',
      'union representative': 'delegado sindical',
      'mother-in-law': 'suegra',
      'father-in-law': 'suegro',
      'sister-in-law': 'cuñada',
      'brother-in-law': 'cuñado',
      'son-in-law': 'yerno',
      'daughter-in-law': 'nuera',
      'in-laws': 'suegros',
      family: 'familia',
      'best friend': 'mejor amigo|mejor amiga',
      friend: 'amigo|amiga',
      roommate: 'compañero de piso|compañera de piso',
      neighbor: 'vecino|vecina',
      colleague: 'compañero de trabajo|compañera de trabajo|compañero|compañera',
      classmate: 'compañero de clase|compañera de clase',
      boss: 'jefe|jefa',
      mentor: 'mentor',
      teacher: 'profesor|profesora|maestro|maestra',
      coach: 'entrenador|entrenadora',
      doctor: 'médico|médica|doctor|doctora',
      nurse: 'enfermero|enfermera',
      therapist: 'terapeuta',
      pastor: 'pastor',
      landlord: 'casero|casera',
      babysitter: 'canguro',
      'mail carrier': 'cartero',
      'bus driver': 'conductor de autobús',
      'crossing guard': 'guardia escolar',
      barista: 'barista',
      cashier: 'cajero',
      waiter: 'camarero|camarera',
      janitor: 'conserje',
      receptionist: 'recepcionista',
      librarian: 'bibliotecario|bibliotecaria',
      pharmacist: 'farmacéutico|farmacéutica',
      dentist: 'dentista',
      vet: 'veterinario',
      firefighter: 'bombero',
      'sanitation worker': 'barrendero',
      paramedic: 'sanitario',
      'police officer': 'policía',
      mechanic: 'mecánico',
      hairdresser: 'peluquero|peluquera',
      assistant: 'asistente',
      student: 'alumno|alumna',
      client: 'cliente',
      volunteer: 'voluntario|voluntaria',
      owner: 'dueño|dueña',
      advisor: 'asesor|asesora',
      physiotherapist: 'fisioterapeuta',
      caregiver: 'cuidador|cuidadora',
      midwife: 'matrona',
      sponsor: 'padrino',
      ex: 'ex',
      principal: 'director del colegio',
      editor: 'editor',
      lawyer: 'abogado|abogada',
      tradesperson: 'operario',
      driver: 'conductor',
      'security guard': 'vigilante',
      cook: 'cocinero|cocinera',
      'scout leader': 'monitor scout',
      'flight attendant': 'auxiliar de vuelo',
      psychiatrist: 'psiquiatra',
      tenant: 'inquilino|inquilina',
      team: 'equipo',
      couple: 'pareja',
      group: 'grupo',
      person: 'persona',
    },
    someone: 'alguien',
    relationAndName: (relationship: string, name: string) => `${name} (${relationship})`,
    relation: (relationship: string) => relationship,
  },

  channels: {
    how: {
      call: 'por teléfono',
      message: 'por mensaje',
      email: 'por correo',
      letter: 'por carta o tarjeta',
      'in-person': 'en persona',
      video: 'por videollamada',
    },
    count: {
      call: (n: number) => (n === 1 ? 'una llamada' : `${n} llamadas`),
      message: (n: number) => (n === 1 ? 'un mensaje' : `${n} mensajes`),
      email: (n: number) => (n === 1 ? 'un correo' : `${n} correos`),
      letter: (n: number) => (n === 1 ? 'una carta o tarjeta' : `${n} cartas o tarjetas`),
      'in-person': (n: number) => (n === 1 ? 'una vez en persona' : `${n} veces en persona`),
      video: (n: number) => (n === 1 ? 'una videollamada' : `${n} videollamadas`),
    },
    label: {
      call: 'Llamadas',
      message: 'Mensajes',
      email: 'Correos',
      letter: 'Cartas y tarjetas',
      'in-person': 'En persona',
      video: 'Videollamadas',
    },
    unsaid: (n: number) => (n === 1 ? 'una sin decir cómo' : `${n} sin decir cómo`),
    heading: 'Cómo lo dijiste',
    summary: (list: string) => `Esta semana: ${list}.`,
  },

  groups: {
    homeLead: '¿Diriges un taller, un equipo o una clase?',
    homeLink: 'Haced la semana juntos',
    createTitle: 'Haced la semana juntos',
    createIntro:
      'Para un taller, un equipo o una clase: cada persona recibe sus propias propuestas a su hora, y todos ' +
      'empiezan el mismo día. Tú ves cómo va el grupo solo en números, nunca las palabras de nadie.',
    organizerEmail: 'Tu correo electrónico',
    name: 'Nombre del grupo',
    nameHint: 'Los miembros lo ven al unirse.',
    startDate: 'Primer día de la semana',
    timezone: 'Zona horaria del grupo',
    create: 'Crear el grupo',
    checkInbox:
      'Te hemos enviado un correo con un enlace para confirmar el grupo. Cuando esté confirmado recibirás el enlace para unirse y tu panel.',
    confirmTitle: 'Confirma tu grupo',
    confirmBody: (name: string) => `Un clic y «${name}» está listo para sus miembros.`,
    confirmButton: 'Confirmar el grupo',
    readyTitle: 'Tu grupo está listo',
    readyBody:
      'Comparte el enlace para unirse con tu grupo. Te lo hemos enviado por correo, junto con el enlace a tu panel.',
    qrLabel: 'Código QR del enlace para unirse',
    joinLink: 'Enlace para unirse',
    dashboardLink: 'Tu panel',
    codeLabel: 'Código',
    joinTitle: (name: string) => `Únete a «${name}»`,
    joinIntro: (name: string, date: string) =>
      `Te estás uniendo a ${name}. La semana empieza el ${date}, a la hora que elijas.`,
    closedTitle: 'Este grupo está cerrado',
    closed:
      'La persona que organiza ha cerrado el enlace de este grupo. Puedes hacer la semana por tu cuenta.',
    fullTitle: 'Este grupo está completo',
    full: 'Este grupo ya tiene todos los miembros que admite. Puedes hacer la semana por tu cuenta.',
    unknownTitle: 'No hay ningún grupo con este código',
    unknown: 'Comprueba el código con quien te lo dio, o haz la semana por tu cuenta.',
    onYourOwn: 'Hacer la semana por mi cuenta',
    dashboardTitle: (name: string) => `${name}: la semana del grupo`,
    startsOn: (date: string) => `La semana empieza el ${date}.`,
    members: (n: number) => (n === 1 ? 'Ha confirmado un miembro.' : `Han confirmado ${n} miembros.`),
    notEnough:
      'Todavía no hay suficientes miembros para mostrar números: aparecen cuando hayan confirmado tres personas, para que nadie quede señalado.',
    dayColumn: 'Día',
    repliedColumn: 'Miembros que respondieron',
    thanksColumn: 'Personas agradecidas',
    total: (n: number) =>
      n === 1 ? 'Una persona agradecida hasta ahora.' : `${n} personas agradecidas hasta ahora.`,
    chartCaption: 'Personas agradecidas, día a día',
    channelsCaption: 'Cómo se dieron las gracias, en toda la semana',
    channelColumn: 'Cómo',
    channelUnsaid: 'Sin especificar',
    closeButton: 'Cerrar el enlace para unirse',
    closedNote: 'El enlace para unirse está cerrado: nadie más puede entrar.',
    deleteTitle: 'Borrar el grupo',
    deleteWarning: 'Esto borra el grupo y sus números. Cada miembro conserva su semana y su diario.',
    deleteButton: 'Borrar el grupo ahora',
    deletedTitle: 'El grupo está borrado',
    deleted: 'Sus números han desaparecido. Cada miembro conserva su semana y su diario.',
    confirmSubject: 'Confirma tu grupo de la Semana de la Gratitud',
    confirmEmail: (name: string, date: string) =>
      `Has creado «${name}», que empieza el ${date}. Confírmalo para recibir el enlace para unirse y tu panel.`,
    readySubject: 'Tu grupo de la Semana de la Gratitud está listo',
    readyEmail: (name: string, date: string) =>
      `Comparte este enlace con todo el grupo ${name}. Cada persona elige su hora y recibe sus propias propuestas; ` +
      `la semana empieza para todos el ${date}.`,
    dashboardEmail: 'Tu panel muestra cómo va el grupo, solo en números. Guarda este enlace para ti.',
    summarySubject: 'La Semana de la Gratitud de tu grupo, en números',
    summaryHeading: 'La semana del grupo ha terminado',
    summaryEmail: (name: string, members: number, total: number) =>
      `${members === 1 ? 'Una persona hizo' : `${members} personas hicieron`} la semana en ${name} y entre todas ` +
      `dieron las gracias a ${total === 1 ? 'una persona' : `${total} personas`}.`,
    summaryDay: (day: number, replied: number, thanks: number) =>
      `Día ${day}: ${replied === 1 ? 'una respuesta' : `${replied} respuestas`}, ${thanks === 1 ? 'una persona agradecida' : `${thanks} personas agradecidas`}.`,
    summaryWithheld: (name: string, members: number) =>
      `${members === 1 ? 'Una persona hizo' : `${members} personas hicieron`} la semana en ${name}. Con menos de tres, las cifras no se muestran, para que nadie quede señalado.`,
    /** The subject of a summary with no numbers (nobody finished the week). */
    summaryEmptySubject: 'La Semana de la Gratitud de tu grupo ha terminado',
    summaryEveryoneLeft: (name: string) =>
      `Todas las personas que se unieron a ${name} lo dejaron antes de terminar su semana, así que no hay cifras que compartir.`,
    summaryNobodyJoined: (name: string) => `Nadie se unió a ${name}, así que no hay cifras que compartir.`,
    recapLine: (name: string, total: number) =>
      `Entre todos, ${name} dio las gracias a ${total === 1 ? 'una persona' : `${total} personas`} esta semana.`,
    footer: 'Recibes este correo porque esta dirección creó un grupo en la Semana de la Gratitud.',
  },
};

/** The words of the emails (the functions that send carry them). */
export const esEmail: EmailWords = {
  email: {
    greeting: (name: string) => `Hola, ${name}:`,
    greetingAnon: 'Hola:',
    logLink: 'Tu diario y tus preferencias',
    gratitudeLog: 'tu diario de gratitud',

    welcome: {
      subject: 'Confirma tu Semana de la Gratitud',
      preheader:
        'Una persona a la que dar las gracias cada día, durante siete días. Confirma tu dirección para empezar.',
    },
    prompt: {
      subject: (day: number, theme: string) => `Día ${day}: ${theme}`,
      preheader: (who: string) => `Hoy, dale las gracias a ${who}.`,
    },
    receipt: {
      subjectLogged: (day: number) => `Anotado: el día ${day} de tu Semana de la Gratitud`,
      subjectReceived: (day: number) => `Recibida tu respuesta del día ${day}`,
      headingLogged: (day: number) => `El día ${day} ya está en tu diario`,
      headingReceived: (day: number) => `Hemos recibido tu respuesta del día ${day}`,
      loggedFor: (day: number) => `Anotado en el día ${day}:`,
      noName: 'No he encontrado ningún nombre en tu respuesta: vuelve a responder para añadirlo.',
      preheaderNoName: 'Responde otra vez con un nombre y lo añadimos a tu diario.',
      youWrote: 'Escribiste',
      cutNotice: (chars: string) =>
        `Tu respuesta era larga, así que tu diario guarda sus primeros ${chars} caracteres; el mensaje completo se conserva tal como llegó durante 30 días.`,
      lastReceipt:
        'Este es el último acuse de hoy: las respuestas que envíes más tarde se siguen anotando, y tu diario las muestra todas.',
      correctedSubject: (day: number) => `Corregido: el día ${day} de tu Semana de la Gratitud`,
      correctedHeading: (day: number) => `El día ${day} está corregido`,
      nowReads: (day: number) => `El día ${day} queda así:`,
      emptyNow: (day: number) => `El día ${day} ya no tiene a nadie. Responde con un nombre para añadirlo.`,
      howToFix: '¿No es del todo así? Responde con el nombre, por ejemplo: «Era Carlos, no Gregorio».',
      afterSubject: 'Anotado: tu seguimiento después de la semana',
      afterHeading: 'Tu seguimiento está en tu diario',
      afterLogged: 'Anotado en «Después de la semana»:',
      afterNoName: 'Tus palabras están en tu diario, en «Después de la semana».',
    },
    recap: {
      subject: 'Tu Semana de la Gratitud: todas las personas a las que diste las gracias',
      subjectEmpty: 'Resumen de tu Semana de la Gratitud',
      heading: 'Todas las personas a las que diste las gracias',
      headingEmpty: 'Tu Semana de la Gratitud ha terminado',
      preheader: 'A quién diste las gracias esta semana, con tus propias palabras.',
      preheaderEmpty: 'Tus siete días han terminado. Unas líneas sobre lo que viene ahora.',
      intro: (count: number) =>
        `Esta semana has anotado ${count === 1 ? 'un agradecimiento' : `${count} agradecimientos`}. ` +
        'Aquí los tienes, día a día, con tus propias palabras.',
      emptyIntro: [
        'Esta vez no ha llegado nada a tu diario, y no pasa nada: muchas gracias se dan sin dejar constancia.',
        'Las respuestas a las propuestas de esta semana siguen contando: si le diste las gracias a alguien, ' +
          'responde al correo de ese día y lo añadimos a tu diario.',
      ],
      dayHeading: (day: number, theme: string) => `Día ${day} · ${theme}`,
    },
    command: {
      stoppedSubject: 'Te has dado de baja de la Semana de la Gratitud',
      stoppedPreheader: 'No recibirás más propuestas.',
      stoppedHeading: 'Te has dado de baja',
      stoppedBody: 'No recibirás más propuestas. Gracias por cada agradecimiento que has enviado.',
      logStays: 'Tu diario seguirá disponible hasta que lo borres',
      weekSoFar: 'Tu semana hasta ahora',
      pausedSubject: 'Tu Semana de la Gratitud está en pausa',
      pausedPreheader: 'No habrá propuestas hasta que respondas REANUDAR.',
      pausedHeading: 'En pausa: responde REANUDAR cuando quieras',
      pausedBody:
        'Mientras tu semana esté en pausa no te llegará ninguna propuesta. Responde REANUDAR cuando te ' +
        'apetezca y seguirás donde lo dejaste.',
      resumedSubject: 'Tu Semana de la Gratitud vuelve a estar en marcha',
      resumedHeading: '¡Qué bien tenerte de vuelta!',
      resumedNextDay: (day: number) => `El día ${day} llega a tu hora de siempre.`,
      resumedNext: 'La próxima propuesta llega a tu hora de siempre.',
      resumedBody: (next: string) => `Tu semana sigue donde la dejaste. ${next}`,
      restartedSubject: 'Empieza una nueva Semana de la Gratitud',
      restartedPreheader: 'El día 1 llega a tu hora de siempre.',
      restartedHeading: 'Una semana nueva',
      restartedBody: 'El día 1 llega a tu hora de siempre, y los siete días vuelven a empezar.',
    },
    reconnect: {
      subject: 'Un mes después: las personas a las que diste las gracias',
      preheader: 'Hace un mes les diste las gracias. ¿Cómo van las cosas entre vosotros?',
      heading: 'Un mes después',
      intro: 'Hace un mes, durante tu Semana de la Gratitud, diste las gracias a:',
      offerLead: 'Algo que podrías ofrecer a cambio',
      offers: [
        'Pregúntale por algo de su vida y escucha la respuesta entera.',
        'Échale una mano con algo que lleve entre manos estos días.',
        'Devuélvele el favor: pregúntale cómo está y busca tiempo para escuchar.',
        'Reconoce su trabajo donde otros lo vean, o ayúdale con algo que tenga pendiente.',
        'Cuéntale adónde te llevó su consejo, o pásalo a alguien que esté empezando.',
        'Preséntale a alguien, comparte algo útil o, sin más, poned fecha para veros.',
        'Enséñale lo que has hecho con lo que te dio.',
      ],
      invite:
        'Dar las gracias puede ser el principio de algo, no el final. Si retomas el contacto, respóndeme y ' +
        'cuéntame cómo fue: lo guardo en tu diario, en «Después de la semana».',
      turnOffLead: '¿Prefieres no recibir este correo después de otras semanas?',
      turnOff: 'Desactivar los correos de seguimiento',
    },
    held: {
      subject: 'Te espera una respuesta enviada desde otra dirección',
      heading: '¿Has sido tú?',
      dayPrompt: (day: number) => `tu propuesta del día ${day}`,
      welcome: 'tu correo de bienvenida',
      arrived: (what: string, from: string) =>
        `Ha llegado una respuesta a ${what} desde ${from}, que no es la dirección con la que te apuntaste. ` +
        'Para que nadie más pueda escribir en tu diario, la hemos apartado sin anotarla.',
      ifYou:
        'Si fuiste tú, añádela desde tu diario; si no, descártala allí o simplemente ignora este correo.',
      linkLead: 'Añádela o descártala en tu diario',
      unknownSender: 'un remitente desconocido',
    },
    confirmed: {
      subject: 'Ya estás dentro: tu Semana de la Gratitud está confirmada',
      preheader: 'Tu primera propuesta está en camino.',
    },

    static: {
      /** A label's colon ("Unsubscribe: URL"); French sets it off with a no-break space. */
      colon: ':',
      footer: {
        commands: 'Responde BAJA para darte de baja o PAUSA para tomarte un descanso.',
        unsubscribe: 'Darme de baja',
        why: 'Recibes este correo porque esta dirección se apuntó a la Semana de la Gratitud.',
        last: 'Este es el último correo que recibirás de la Semana de la Gratitud.',
      },
      welcome: {
        heading: 'Confirma tu dirección',
        intro:
          'Gracias por apuntarte a la Semana de la Gratitud. Durante los próximos siete días recibirás un ' +
          'correo corto al día, a la hora que elegiste, con una idea de a quién dar las gracias. Respóndeme ' +
          'contándome a quién se las diste y, después del último día, te llegará un resumen con todas esas personas.',
        button: 'Confirmar y empezar mi semana',
        buttonText: 'Confirma y empieza tu semana:',
        reply: 'O simplemente responde a este correo para confirmar.',
        anyReply: 'Vale cualquier respuesta.',
        fallback: 'Si el botón no funciona, copia este enlace en tu navegador:',
        notYou: '¿No te has apuntado tú? Ignora este correo y no recibirás nada más.',
      },
      prompt: {
        heading: 'Día {{day}} de 7 — {{theme}}',
        today: 'Hoy, dale las gracias a {{who}}.',
        ideaLabel: 'Una idea de qué decir',
        anyWay: 'Vale un mensaje, una llamada o decírselo en persona.',
        ask: 'Responde a este correo y cuéntame a quién le diste las gracias.',
        askMore: 'Con un nombre y una línea sobre lo que le dijiste es suficiente.',
      },
      receipt: {
        correct: 'Responde para corregirlo o añadir algo.',
        weekSoFar: 'Tu semana hasta ahora:',
        logLink: 'tu diario de gratitud',
      },
      recap: {
        logBefore: 'Tu diario sigue en',
        logLink: 'tu página del diario de gratitud',
        logAfter: ', donde puedes descargarlo o borrarlo cuando quieras.',
        keepGoing:
          'La gratitud no necesita calendario. Sigue con una persona cada vez que te venga alguien a la ' +
          'cabeza, o responde REINICIAR para empezar otra semana de propuestas.',
      },
      confirmed: {
        heading: '¡Ya estás dentro!',
        replyAnytime: '¿Dudas o cambio de planes? Responde a cualquiera de nuestros correos.',
      },
    },
  },
};

/** The words of the pages and the error messages (the web function carries them). */
export const esPages: PageWords = {
  pages: {
    titleSuffix: 'Semana de la Gratitud',
    footer:
      'Siete días, siete agradecimientos: escríbele a una persona al día y dile lo que significa para ti.',
    languageNav: 'Idioma',
    subscribe: {
      title: 'Empieza tu semana de gratitud',
      titleError: 'Revisa el formulario',
      heading: 'Una semana de agradecimientos, un correo al día',
      intro:
        'Durante siete días recibirás una propuesta corta a la hora que elijas: escríbele a una persona y ' +
        'dale las gracias. Responde contando a quién se las diste y, al final de la semana, recibirás un ' +
        'resumen con todas las personas a las que llegaste.',
      email: 'Correo electrónico',
      name: 'Nombre',
      optional: '(opcional)',
      timezone: 'Zona horaria',
      sendHour: 'Enviar la propuesta a las',
      timeHint: 'Tu hora local. Puedes cambiar ambas cosas más adelante.',
      language: 'Idioma de los correos',
      submit: 'Empezar mi semana',
      afterForm:
        'Te enviamos un correo para confirmar, luego uno al día durante siete días y un resumen. Todos los correos llevan un enlace para darte de baja.',
    },
    checkInbox: {
      title: 'Revisa tu bandeja de entrada',
      body: [
        'Te hemos enviado un correo con un enlace para confirmar. Pulsa el botón de esa página o simplemente responde al correo.',
        'Si no te llega en unos minutos, mira en la carpeta de spam.',
      ],
      typo: '¿Te equivocaste al escribir la dirección?',
      back: 'Vuelve al formulario',
      backAfter: 'y envíalo de nuevo.',
    },
    subscribeAgain: 'Volver a apuntarme',
    startNewWeek: 'Empezar una semana nueva',
    home: 'Ir a la página de inicio',
    backHome: 'Volver a la página de inicio',
    stoppedSince: {
      title: 'Este enlace ya no inicia ninguna semana',
      body: 'Desde que se envió este enlace la suscripción se ha cancelado, así que no hay nada que confirmar.',
    },
    confirm: {
      title: 'Confirma tu suscripción',
      body: 'Un clic y empieza tu semana de gratitud.',
      button: 'Sí, empezar mi semana',
      alreadyTitle: 'Ya estabas confirmado',
      already:
        'No tienes que hacer nada más: tu semana de gratitud ya está en marcha. Atento a tu correo para la próxima propuesta.',
      completeTitle: 'Tu semana ha terminado',
      completeLink: 'Este enlace confirmaba una semana que ya ha terminado. ¿Te apetece otra?',
      completeNothing: 'No hay nada que confirmar: esta semana ya ha terminado.',
    },
    unsubscribe: {
      title: 'Darse de baja',
      question: (email: string) => `¿Dejar de enviar correos de la Semana de la Gratitud a ${email}?`,
      button: 'Darme de baja',
      pauseHint:
        '¿Prefieres tomarte un descanso? Responde PAUSA a cualquiera de nuestros correos y REANUDAR cuando quieras.',
      alreadyTitle: 'Ya te habías dado de baja',
      already: (email: string) => `No enviamos nada más a ${email}. No tienes que hacer nada más.`,
      changedMind: '¿Has cambiado de idea? Puedes empezar una semana nueva cuando quieras.',
      suppressedTitle: 'Ya hemos dejado de escribirte',
      suppressed: (email: string) =>
        `Los correos a ${email} rebotaron o se marcaron como no deseados, así que no le enviamos nada más. No tienes que hacer nada.`,
      doneTitle: 'Te has dado de baja',
      done: (email: string) => `No volveremos a escribir a ${email}.`,
      thanks: 'Gracias por toda la gratitud que has compartido.',
    },
    deleted: {
      title: 'Tus datos se han borrado',
      body: [
        'Todo lo que guardábamos sobre ti ha desaparecido: tu suscripción, tus respuestas y las personas a las que diste las gracias.',
        'Los enlaces de nuestros correos anteriores ya no funcionan.',
      ],
    },
    preferences: {
      title: 'Tus preferencias',
      savedTitle: 'Preferencias guardadas',
      saved: 'Guardado. Tu próxima propuesta seguirá el nuevo horario.',
      timezone: 'Zona horaria',
      sendHour: 'Enviar la propuesta a las',
      timeHint: 'En la zona horaria de arriba.',
      language: 'Idioma',
      save: 'Guardar',
      backToLog: 'Volver a tu diario',
      reconnect: 'Enviadme un correo de seguimiento un mes después de mi semana',
    },
    reconnect: {
      title: 'Correos de seguimiento',
      question: '¿Dejar de recibir el correo de seguimiento un mes después de cada semana?',
      explain: 'Tus propuestas, tu diario y todo lo demás siguen igual.',
      button: 'Desactivar los correos de seguimiento',
      doneTitle: 'Correos de seguimiento desactivados',
      done: 'No recibirás correo de seguimiento después de tu semana. Puedes volver a activarlo en tus preferencias.',
    },
    errors: {
      expiredTitle: 'Este enlace ha caducado',
      expired: [
        'Los enlaces de confirmación duran 7 días, y este ya ha caducado.',
        'Si confirmaste a tiempo, no tienes que hacer nada: tus propuestas siguen llegando. Si no, vuelve a apuntarte con la misma dirección y te enviaremos un enlace nuevo.',
      ],
      invalidTitle: 'Este enlace no funciona',
      invalid: [
        'Este enlace no es válido: puede que le falte algo o que se haya modificado.',
        'Ábrelo de nuevo desde el correo más reciente de la Semana de la Gratitud. Si tu programa de correo partió el enlace en dos líneas, copia el enlace entero en la barra de direcciones.',
      ],
      notSubscribed: '¿Todavía no te has apuntado?',
      startHere: 'Empieza tu semana aquí',
      unknownTitle: 'No encontramos esta suscripción',
      unknown: [
        'Puede que se haya borrado: cuando alguien borra sus datos, todos los enlaces de sus correos dejan de funcionar.',
        'Para empezar de nuevo, apúntate con tu dirección.',
      ],
      slowDownTitle: 'Más despacio, por favor',
      slowDown: 'Espera un minuto y vuelve a intentarlo.',
      wrongTitle: 'Algo no cuadra',
      wrong: 'Vuelve a la página anterior, revisa lo que escribiste e inténtalo de nuevo.',
      notFoundTitle: 'Página no encontrada',
      notFound:
        'No hay nada en esta dirección. Si llegaste desde un enlace de uno de nuestros correos, comprueba que esté completo.',
      methodTitle: 'Usa el botón de la página',
      method:
        'Esta dirección solo funciona desde el botón de su página. Abre de nuevo el enlace de tu correo y pulsa allí el botón.',
      unavailableTitle: 'Volvemos en un minuto',
      internalTitle: 'Algo ha fallado',
    },
    log: {
      title: 'Tu diario de gratitud',
      heading: 'Tu semana de gratitud',
      status: {
        pending: 'Falta que confirmes tu suscripción.',
        active: 'Tu semana está en marcha.',
        paused: 'En pausa. Responde REANUDAR a cualquiera de nuestros correos para seguir donde lo dejaste.',
        completed: 'Tu semana ha terminado. Gracias por cada mensaje que enviaste.',
        unsubscribed: 'Te has dado de baja: no te enviamos nada más.',
        suppressed:
          'Dejamos de escribir a esta dirección porque los correos rebotaron o se marcaron como no deseados.',
      },
      whom: 'A quién diste las gracias',
      day: (day: number, theme: string) => `Día ${day}: ${theme}`,
      correctName: (name: string) => `Corregir el nombre «${name}»`,
      rename: 'Cambiar el nombre',
      remove: (name: string, day: number) => `Quitar a ${name} del día ${day}`,
      receivedOn: (date: string) => `Recibido el ${date}.`,
      sent: (date: string) => `Enviado el ${date}.`,
      notSent: 'Todavía no se ha enviado.',
      nothingYet: 'Aún no hay nada anotado: responde a ese correo para añadir a quién diste las gracias.',
      settings: 'Tus ajustes y tus datos',
      schedule: (hour: string, zone: string) => `Las propuestas llegan a las ${hour}, hora de ${zone}.`,
      change: 'Cambiar zona horaria, hora de envío o idioma',
      csv: 'Descargar en CSV',
      json: 'Descargar en JSON',
      delete: 'Borrar todos mis datos',
      deleteWarning:
        'Esto elimina tu suscripción, tus respuestas y a todas las personas a las que diste las gracias, de una vez y para siempre. Los enlaces de nuestros correos dejarán de funcionar.',
      deleteButton: 'Borrarlo todo ahora',
      after: 'Después de la semana',
      afterHint: 'Lo que respondiste al correo de seguimiento, un mes después de tu semana.',
      reconnectOn: 'Un mes después de tu semana te llega un correo de seguimiento.',
      reconnectOff: 'No recibirás correo de seguimiento después de tu semana.',
    },
  },

  errors: {
    invalid_email: 'Escribe una dirección de correo válida.',
    invalid_timezone: 'Elige una zona horaria de la lista.',
    invalid_send_hour: 'La hora de envío tiene que ser una hora en punto, de 0 a 23.',
    invalid_name: 'El nombre no puede pasar de 80 caracteres.',
    invalid_language: 'Elige inglés, español, alemán o francés.',
    invalid_json: 'El cuerpo de la petición tiene que ser un objeto JSON.',
    body_too_large: 'La petición es demasiado grande.',
    rate_limited: 'Demasiadas peticiones. Inténtalo de nuevo dentro de un rato.',
    invalid_token: 'Este enlace no es válido.',
    expired_token: 'Este enlace ha caducado.',
    unknown_subscriber: 'No encontramos esta suscripción. Puede que se haya borrado.',
    not_found: 'Página no encontrada',
    method_not_allowed: 'Método no permitido',
    service_unavailable:
      'Ahora mismo no podemos acceder a una parte del servicio. Vuelve a intentarlo dentro de un minuto.',
    internal_error: 'Algo ha fallado por nuestra parte. Vuelve a intentarlo dentro de un minuto.',
    unknown_group: 'No hay ningún grupo con este código. Compruébalo con quien te lo dio.',
    group_full: 'Este grupo está completo. Puedes hacer la semana por tu cuenta.',
    group_closed: 'Este grupo ya no admite miembros nuevos. Puedes hacer la semana por tu cuenta.',
    invalid_group_name: 'Ponle al grupo un nombre de hasta 80 caracteres.',
    invalid_start_date: 'Elige una fecha de inicio entre hoy y dentro de un año, con el formato AAAA-MM-DD.',
    own_address: 'Esa dirección es de la propia Semana de la Gratitud. Usa la tuya.',
    checkField: (field: string) => `Revisa el campo ${field}.`,
  },
};
