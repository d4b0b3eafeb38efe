/**
 * Relationship and role words in English, Spanish, German and French, each with the short
 * lowercase English noun phrase we store ("abuela" -> "grandmother"). Forms are lowercase;
 * multi-word forms are matched token by token. `f`/`m` forms carry a grammatical or natural
 * gender that pronoun resolution uses ("his wife, Dorothy" is not "him"); `n` forms do not;
 * `pl` forms name a group, which becomes one entry ("my parents").
 */
import { words } from './text';

export type Gender = 'f' | 'm';

/** Forms are written "a|b|c" to keep the table readable; multi-word forms keep their spaces. */
interface RelationshipSpec {
  canonical: string;
  f?: string;
  m?: string;
  n?: string;
  pl?: string;
  /** A generic person noun ("woman", "guy"): names a person but is not a relationship. */
  generic?: boolean;
}

const SPECS: readonly RelationshipSpec[] = [
  // family
  {
    canonical: 'mother',
    f: 'mom|mum|mother|mommy|mummy|mama|mamma|momma|madre|mamá|mami|mutter|mutti|mère|maman|mãe|moeder',
  },
  { canonical: 'father', m: 'dad|father|daddy|papa|pops|padre|papá|papi|vater|vati|père|papà|pai|vader' },
  { canonical: 'parents', pl: 'parents|folks|padres|papás|eltern|genitori|pais' },
  {
    canonical: 'stepmother',
    f: 'stepmom|stepmum|stepmother|step-mom|step-mum|step-mother|madrastra|stiefmutter|belle-mère',
  },
  { canonical: 'stepfather', m: 'stepdad|stepfather|step-dad|step-father|padrastro|stiefvater|beau-père' },
  {
    canonical: 'sister',
    f: 'sister|sis|hermana|schwester|sœur|soeur|stepsister|half-sister|sorella|irmã|zus|didi|akka',
    pl: 'sisters|hermanas|schwestern|sœurs|sorelle|irmãs',
  },
  {
    canonical: 'brother',
    m: 'brother|bro|hermano|bruder|frère|frere|stepbrother|half-brother|fratello|irmão|broer|bhaiya|kuya',
    pl: 'brothers|hermanos|brüder|frères|fratelli|irmãos',
  },
  {
    canonical: 'sibling',
    n: 'sibling|twin|twin brother|twin sister|zwilling|jumeau|jumelle|gemelo|gemela',
    pl: 'siblings|twins|geschwister',
  },
  {
    canonical: 'grandmother',
    f: 'grandma|grandmother|granny|gran|nana|nan|nanna|grandmom|grandmum|gramma|grammy|abuela|abuelita|avó|oma|omi|großmutter|grossmutter|grand-mère|grand-mere|mamie|mémé|bà|nonna|bubbe|bubbie|bubby|babcia|baba|yiayia|yaya|lola|savta|gigi|grams|gran-gran|mormor|farmor|mummo|halmeoni|obaachan|nani|dadi',
  },
  {
    canonical: 'grandfather',
    m: 'grandpa|grandfather|granddad|grandad|gramps|grampa|granddaddy|abuelo|abuelito|avô|opa|großvater|grossvater|grand-père|grand-pere|papy|pépé|ông|nonno|zayde|zaide|dziadek|papou|lolo|saba|grandpop|pop-pop|poppa|morfar|farfar|vaari|harabeoji|ojiisan|nana-ji|dada-ji',
  },
  {
    canonical: 'grandparents',
    pl: 'grandparents|grandmas|grandpas|abuelos|großeltern|grosseltern|grands-parents|nonni|avós',
  },
  {
    canonical: 'aunt',
    f: 'aunt|auntie|aunty|tía|tia|tante|zia|tita|mausi|chachi',
    pl: 'aunts|tías|tanten|zie|tias',
  },
  {
    canonical: 'uncle',
    m: 'uncle|tío|tio|onkel|oncle|zio|oom|tito|chacha',
    pl: 'uncles|tíos|onkel|zii|tios',
  },
  {
    canonical: 'cousin',
    f: 'prima|cousine|cugina',
    m: 'primo|vetter|cugino',
    n: 'cousin|coz',
    pl: 'cousins|primos|primas|cousinen|cousines|cugini|cugine',
  },
  { canonical: 'wife', f: 'wife|wifey|esposa|ehefrau|épouse|moglie|mulher' },
  { canonical: 'husband', m: 'husband|hubby|esposo|marido|ehemann|mari|marito' },
  {
    canonical: 'widow',
    f: 'widow|viuda|witwe|veuve|vedova|viúva',
    m: 'widower|viudo|witwer|veuf|vedovo|viúvo',
  },
  {
    canonical: 'partner',
    f: 'partnerin|compagne',
    m: 'compagnon',
    n: 'partner|pareja|conjoint|oh|other half',
  },
  { canonical: 'boyfriend', m: 'boyfriend|bf|novio|petit ami' },
  { canonical: 'girlfriend', f: 'girlfriend|gf|novia|petite amie' },
  { canonical: 'fiancé', f: 'fiancée|fiancee|prometida|verlobte', m: 'fiancé|fiance|prometido|verlobter' },
  { canonical: 'son', m: 'son|hijo|sohn|fils|figlio|filho', pl: 'sons' },
  { canonical: 'daughter', f: 'daughter|hija|tochter|fille|figlia|filha', pl: 'daughters' },
  { canonical: 'children', pl: 'kids|children|hijos|kinder|enfants|figli|filhos' },
  { canonical: 'grandson', m: 'grandson|nieto|enkel|petit-fils|neto' },
  { canonical: 'granddaughter', f: 'granddaughter|nieta|enkelin|petite-fille|neta' },
  {
    canonical: 'grandchildren',
    n: 'grandchild|grandkid',
    pl: 'grandchildren|grandkids|nietos|enkelkinder|petits-enfants|netos',
  },
  { canonical: 'godson', m: 'godson|ahijado|patensohn|filleul' },
  { canonical: 'goddaughter', f: 'goddaughter|ahijada|patentochter|filleule' },
  { canonical: 'niece', f: 'niece|sobrina|nichte|nièce|sobrinha' },
  { canonical: 'nephew', m: 'nephew|sobrino|neffe|neveu|sobrinho' },
  { canonical: 'godmother', f: 'godmother|madrina|patentante|marraine|madrinha' },
  { canonical: 'godfather', m: 'godfather|padrino|patenonkel|parrain|padrinho' },
  { canonical: 'mother-in-law', f: 'mother-in-law|suegra|schwiegermutter|suocera|sogra' },
  { canonical: 'father-in-law', m: 'father-in-law|suegro|schwiegervater|suocero|sogro' },
  { canonical: 'sister-in-law', f: 'sister-in-law|cuñada|schwägerin|belle-sœur|belle-soeur|cognata|cunhada' },
  { canonical: 'brother-in-law', m: 'brother-in-law|cuñado|schwager|beau-frère|beau-frere|cognato|cunhado' },
  { canonical: 'son-in-law', m: 'son-in-law|yerno|schwiegersohn|beau-fils|genero|genro' },
  { canonical: 'daughter-in-law', f: 'daughter-in-law|nuera|schwiegertochter|belle-fille|nuora' },
  { canonical: 'in-laws', pl: 'in-laws|parents-in-law|suegros|schwiegereltern|beaux-parents|suoceri|sogros' },
  { canonical: 'family', pl: 'family|familia|familie|famille' },
  // friends and the people around us
  {
    canonical: 'best friend',
    f: 'mejor amiga|beste freundin|meilleure amie',
    m: 'mejor amigo|bester freund|meilleur ami',
    n: 'best friend|bestie|bff',
  },
  {
    canonical: 'friend',
    f: 'amiga|freundin|amie|copine|amica|vriendin',
    m: 'amigo|freund|ami|copain|amico|vriend',
    n: 'friend|buddy|pal|mate',
    pl: 'friends|buddies|pals|mates|amigos|amigas|freunde|freundinnen|amis|amies|copains|copines|amici|amiche',
  },
  {
    canonical: 'roommate',
    f: 'compañera de piso|compañera de cuarto|compañera de depto|compañera de departamento|mitbewohnerin',
    m: 'compañero de piso|compañero de cuarto|compañero de depto|compañero de departamento|mitbewohner',
    n: 'roommate|roomie|flatmate|housemate|colocataire|coloc|coloc’|colloc',
    pl: 'roommates|flatmates|housemates',
  },
  {
    canonical: 'neighbor',
    f: 'vecina|nachbarin|voisine|vicina|vizinha|buurvrouw',
    m: 'vecino|nachbar|voisin|vicino|vizinho|buurman',
    n: 'neighbor|neighbour',
    pl: 'neighbors|neighbours|vecinos|vecinas|nachbarn|voisins|voisines|vicini|vizinhos|vizinhas',
  },
  {
    canonical: 'colleague',
    f: 'compañera de trabajo|kollegin',
    m: 'compañero de trabajo|kollege',
    n: 'colleague|coworker|co-worker|workmate|teammate|colega|collègue|collega',
    pl: 'colleagues|coworkers|co-workers|workmates|teammates|colegas|kollegen|collègues|compañeros de trabajo|compañeras de trabajo|colleghi|colleghe',
  },
  {
    canonical: 'classmate',
    f: 'compañera de clase|mitschülerin',
    m: 'compañero de clase|mitschüler|camarade',
    n: 'classmate|schoolmate',
    pl: 'classmates',
  },
  {
    canonical: 'boss',
    f: 'jefa|chefin|patronne|supervisora',
    m: 'jefe|patron',
    n: 'boss|manager|supervisor|team lead|line manager|chef|head of department|department head|head of year',
  },
  { canonical: 'mentor', n: 'mentor|mentora|mentorin', f: 'ausbilderin', m: 'ausbilder' },
  {
    canonical: 'teacher',
    f: 'maestra|profesora|lehrerin|institutrice|maîtresse|tutora|professora|professoressa',
    m: 'maestro|profesor|lehrer|instituteur',
    n: 'teacher|tutor|instructor|lecturer|professor|prof|professeur|profe',
    pl: 'teachers|profesores|lehrer|professeurs',
  },
  {
    canonical: 'coach',
    f: 'entrenadora|trainerin|entraîneuse|treinadora|allenatrice',
    m: 'entrenador|entraîneur|treinador|allenatore',
    n: 'coach|trainer',
  },
  {
    canonical: 'doctor',
    f: 'médica|ärztin|hausärztin|doctora',
    m: 'médico|arzt|hausarzt',
    n: 'doctor|doc|physician|surgeon|gp|médecin|docteur',
    pl: 'doctors|médicos|ärzte',
  },
  {
    canonical: 'nurse',
    f: 'enfermera|krankenschwester|pflegerin|infirmière|infermiera|enfermeira',
    m: 'enfermero|pfleger|infirmier|enfermeiro',
    n: 'nurse',
    pl: 'nurses|enfermeras|enfermeros|infirmières|infermiere|infermieri|enfermeiras|enfermeiros',
  },
  {
    canonical: 'therapist',
    f: 'therapeutin',
    m: 'therapeut',
    n: 'therapist|counselor|counsellor|psychologist|terapeuta|psicólogo|psicóloga|thérapeute|psy',
  },
  {
    canonical: 'pastor',
    n: 'pastor|priest|minister|rabbi|imam|chaplain|vicar|sacerdote|pfarrer|prêtre|curé',
  },
  { canonical: 'landlord', f: 'landlady|casera|vermieterin', m: 'landlord|casero|vermieter' },
  {
    canonical: 'babysitter',
    f: 'niñera|babysitterin',
    n: 'babysitter|nanny|sitter|au pair|childminder|child minder|canguro|nounou|tagesmutter',
  },
  {
    canonical: 'mail carrier',
    f: 'postwoman|factrice',
    m: 'mailman|postman|briefträger|postbote',
    n: 'mail carrier|letter carrier|mail lady|postie|cartero|facteur',
  },
  {
    canonical: 'bus driver',
    f: 'busfahrerin',
    m: 'busfahrer',
    n: 'bus driver|driver|chauffeur|conductor|chofer',
  },
  { canonical: 'crossing guard', n: 'crossing guard|lollipop lady|lollipop man' },
  { canonical: 'barista', n: 'barista' },
  { canonical: 'cashier', n: 'cashier|cajero|cajera|kassiererin|caissière' },
  {
    canonical: 'waiter',
    n: 'waiter|waitress|server|bartender|camarero|camarera|kellner|kellnerin|serveur|serveuse',
  },
  { canonical: 'janitor', n: 'janitor|custodian|cleaner|caretaker|conserje|hausmeister|concierge|gardien' },
  { canonical: 'union representative', n: 'union rep|union representative|shop steward|union steward' },
  { canonical: 'receptionist', n: 'receptionist|recepcionista|réceptionniste' },
  { canonical: 'librarian', n: 'librarian|bibliotecaria|bibliotecario|bibliothekarin|bibliothécaire' },
  { canonical: 'pharmacist', n: 'pharmacist|farmacéutica|apotheker|apothekerin|pharmacien|pharmacienne' },
  { canonical: 'dentist', n: 'dentist|dentista|zahnarzt|zahnärztin|dentiste' },
  { canonical: 'vet', n: 'vet|veterinarian|veterinaria|tierarzt|tierärztin|vétérinaire' },
  { canonical: 'firefighter', n: 'firefighter|fireman|bombero|feuerwehrmann|pompier', pl: 'firefighters' },
  {
    canonical: 'sanitation worker',
    n: 'sanitation worker|refuse collector|garbage collector|bin man|binman|dustman|basurero|barrendero|éboueur|müllmann',
    pl: 'sanitation workers|refuse collectors|garbage collectors|bin men|binmen|dustmen|garbage men|basureros|barrenderos|éboueurs|müllmänner|müllmännern',
  },
  { canonical: 'paramedic', n: 'paramedic|emt', pl: 'paramedics' },
  { canonical: 'police officer', n: 'police officer|officer|cop|policía|polizist|policier' },
  { canonical: 'mechanic', n: 'mechanic|mecánico|mechaniker|garagiste' },
  {
    canonical: 'hairdresser',
    n: 'hairdresser|barber|stylist|peluquera|peluquero|friseur|friseurin|coiffeur|coiffeuse',
  },
  { canonical: 'assistant', n: 'assistant|asistente|assistentin|assistante' },
  {
    canonical: 'student',
    n: 'student|mentee|intern|apprentice|alumno|alumna|schüler|schülerin|élève',
    pl: 'students|interns',
  },
  { canonical: 'client', n: 'client|customer|cliente|kunde|kundin', pl: 'clients|customers' },
  { canonical: 'volunteer', n: 'volunteer|voluntaria|voluntario', pl: 'volunteers' },
  { canonical: 'owner', n: 'owner|shopkeeper|grocer|dueño|dueña|besitzer|patronne' },
  {
    canonical: 'advisor',
    n: 'advisor|adviser|thesis advisor|academic advisor|asesor|asesora|betreuer|betreuerin|directeur de thèse',
  },
  {
    canonical: 'physiotherapist',
    n: 'physio|physiotherapist|physical therapist|chiropractor|fisio|fisioterapeuta|physiotherapeut|physiotherapeutin|kiné|kinésithérapeute',
  },
  {
    canonical: 'caregiver',
    n: 'caregiver|carer|aide|home aide|care worker|social worker|caseworker|cuidadora|cuidador|pflegekraft',
  },
  {
    canonical: 'midwife',
    n: 'midwife|doula|comadrona|matrona|hebamme|sage-femme',
    pl: 'midwives|doulas|hebammen|sages-femmes',
  },
  { canonical: 'sponsor', n: 'sponsor|godparent' },
  { canonical: 'donor', n: 'donor|blood donor|organ donor|donante|spender|spenderin|donneur|donneuse' },
  { canonical: 'ex', f: 'ex-wife|ex-girlfriend', m: 'ex-husband|ex-boyfriend', n: 'ex|ex-partner' },
  {
    canonical: 'principal',
    n: 'principal|headteacher|head teacher|headmaster|headmistress|dean|superintendent|director|directora|director de escuela|schulleiter|schulleiterin|directeur|directrice',
  },
  { canonical: 'editor', n: 'editor|agent|publisher' },
  {
    canonical: 'lawyer',
    n: 'lawyer|attorney|solicitor|accountant|banker|abogado|abogada|anwalt|anwältin|avocat|avocate',
  },
  {
    canonical: 'tradesperson',
    n: 'plumber|electrician|contractor|handyman|builder|gardener|housekeeper|cleaning lady|mover|locksmith|fontanero|electricista|handwerker|klempner|plombier',
  },
  {
    canonical: 'driver',
    n: 'cab driver|taxi driver|uber driver|delivery driver|courier|taxista|taxifahrer|chauffeur de taxi',
  },
  {
    canonical: 'security guard',
    n: 'security guard|guard|doorman|porter|bouncer|lifeguard|portero|pförtner',
  },
  {
    canonical: 'cook',
    n: 'chef|cook|baker|butcher|florist|cocinero|cocinera|koch|köchin|bäcker|bäckerin|boulanger|boulangère|cuisinier|cuisinière',
  },
  {
    canonical: 'scout leader',
    n: 'scout leader|scoutmaster|youth leader|youth pastor|choir director|bandleader|bandmate|band director|referee',
  },
  { canonical: 'flight attendant', n: 'flight attendant|pilot|ranger|soldier|veteran' },
  {
    canonical: 'psychiatrist',
    n: 'psychiatrist|psychotherapist|optometrist|optician|hygienist|pediatrician|paediatrician|oncologist|dermatologist|specialist|anesthesiologist|radiologist',
  },
  { canonical: 'tenant', n: 'tenant|lodger|inquilino|inquilina|mieter|mieterin|locataire' },
  {
    canonical: 'team',
    pl: 'team|crew|staff|squad|patrol|brigade|lads|gang|equipo|mannschaft|équipe|folks|squadra|equipa|equipe|night shift|day shift|late shift|early shift',
  },
  { canonical: 'couple', pl: 'couple|pareja|paar|couple' },
  {
    canonical: 'group',
    pl: 'club|book club|choir|group|circle|band|cohort|congregation|committee|troop|classmates|verein|chor|gruppe|grupo|coro|club de lectura|chorale|groupe',
  },
  // generic person nouns: they identify someone without saying what they are to us
  {
    canonical: 'person',
    generic: true,
    f: 'woman|lady|girl|lass|gal|mujer|señora|chica|frau|dame|femme|fille',
    m: 'man|guy|gentleman|gent|boy|dude|bloke|chap|fella|fellow|lad|hombre|señor|chico|mann|herr|homme|garçon|monsieur',
    n: 'person|stranger|kid|child|baby|persona|personne',
    pl: 'people|guys|ladies|women|men|strangers|blokes|chaps|fellas|lads|lasses|gente|leute|gens|ragazzi|ragazze|senhoras|persone|pessoas',
  },
];

export interface RelationshipWord {
  /** The form as matched, token by token. */
  tokens: readonly string[];
  canonical: string;
  gender: Gender | null;
  plural: boolean;
  generic: boolean;
}

function build(): Map<string, RelationshipWord[]> {
  const byFirstToken = new Map<string, RelationshipWord[]>();
  const add = (form: string, spec: RelationshipSpec, gender: Gender | null, plural: boolean) => {
    const tokens = form.split(' ');
    const first = tokens[0] as string;
    const list = byFirstToken.get(first) ?? [];
    list.push({ tokens, canonical: spec.canonical, gender, plural, generic: spec.generic === true });
    // Longest forms first so "best friend" wins over "best".
    list.sort((a, b) => b.tokens.length - a.tokens.length);
    byFirstToken.set(first, list);
  };
  const seen = new Set<string>();
  const forms = (list: string | undefined): string[] => (list ? list.split('|') : []);
  for (const spec of SPECS) {
    for (const form of forms(spec.f)) add(form, spec, 'f', false);
    for (const form of forms(spec.m)) add(form, spec, 'm', false);
    for (const form of forms(spec.n)) add(form, spec, null, false);
    for (const form of forms(spec.pl)) add(form, spec, null, true);
    for (const form of [...forms(spec.f), ...forms(spec.m), ...forms(spec.n), ...forms(spec.pl)])
      seen.add(form);
  }
  // English plurals of the singular forms we did not list ("the cleaners", "my coworkers").
  for (const spec of SPECS) {
    for (const form of [...forms(spec.f), ...forms(spec.m), ...forms(spec.n)]) {
      const plural = pluralOf(form);
      if (plural && !seen.has(plural)) {
        seen.add(plural);
        add(plural, spec, null, true);
      }
    }
  }
  return byFirstToken;
}

function pluralOf(form: string): string | null {
  const words = form.split(' ');
  const last = words[words.length - 1] as string;
  if (!/^[a-z-]+$/.test(last) || last.length < 3) return null;
  let plural: string;
  if (last.endsWith('man')) plural = `${last.slice(0, -3)}men`;
  else if (/(?:s|sh|ch|x)$/.test(last)) plural = `${last}es`;
  else if (/[^aeiou]y$/.test(last)) plural = `${last.slice(0, -1)}ies`;
  else plural = `${last}s`;
  return [...words.slice(0, -1), plural].join(' ');
}

/** Relationship words indexed by their first (lowercase) token. */
export const RELATIONSHIP_WORDS: ReadonlyMap<string, readonly RelationshipWord[]> = build();

/**
 * Kinship words that also work as a name on their own, capitalised ("Called Mom", "Oma hat
 * sich gefreut"): the entry's name is the word itself.
 */
export const KINSHIP_NAMES: ReadonlySet<string> = words(`
mom mum mother mommy mummy mama momma dad father daddy papa pops grandma grandpa granny gran nana
nan nanna gramps grandad granddad abuela abuelo abuelita abuelito mamá papá mami papi oma opa omi
mutti vati maman mamie papy mémé pépé nonna nonno bubbe zayde babcia dziadek yiayia papou lola lolo
savta saba grams grandpop poppa mormor farmor morfar farfar mummo vaari halmeoni
`);

/**
 * Things a person word can modify, so the phrase is a thing and not the people: "the volunteer
 * helpline", "the nurses' station", "teacher training", "the family group chat", "the class reunion".
 */
export const COMPOUND_HEADS: ReadonlySet<string> = words(`
line helpline hotline number room office desk station page account website service services training
meeting meetings portal app inbox chat chats thread threads whatsapp party reunion reunions house photo
photos album newsletter radio union loan halls show newspaper
`);

/**
 * Animals: "our dog Biscuit", "mi gato Simba" name a pet, and a pet is never the one thanked nor
 * the person a later "him" or "her" stands for.
 */
export const ANIMAL_WORDS: ReadonlySet<string> = words(`
dog dogs puppy pup cat cats kitten horse pony rabbit bunny hamster guinea-pig parrot budgie tortoise
perro perra perrito gato gata caballo hund hündin katze kater pferd chien chienne chat chatte cheval
`);

/** Kinship names that are also everyday words ("ice pops"): names only when written as one. */
export const KINSHIP_ALSO_THINGS: ReadonlySet<string> = words(`pops`);

/** Adjectives dropped from the stored relationship ("my old violin teacher" -> "violin teacher"). */
export const EVALUATIVE_ADJECTIVES: ReadonlySet<string> = words(`
old own dear lovely sweet wonderful amazing awesome favorite favourite former first beloved kind great
good little big older younger elder new very wise patient incredible fantastic brilliant longtime
long-time late current querida querido viejo vieja antiguo antigua alte alten alter liebe lieben
ancien ancienne vieux vieille chère cher
`);

/**
 * English role words stored as written, with their modifiers ("guidance counselor", "violin
 * teacher", "bus driver"); other words are stored as their canonical English form ("abuela" ->
 * "grandmother", "mom" -> "mother").
 */
export const ROLE_WORDS_AS_WRITTEN: ReadonlySet<string> = new Set([
  'teacher',
  'tutor',
  'instructor',
  'lecturer',
  'professor',
  'coach',
  'trainer',
  'counselor',
  'counsellor',
  'therapist',
  'psychologist',
  'supervisor',
  'manager',
  'boss',
  'mentor',
  'doctor',
  'physician',
  'surgeon',
  'nurse',
  'driver',
  'bus driver',
  'mail carrier',
  'letter carrier',
  'mailman',
  'postman',
  'janitor',
  'custodian',
  'cleaner',
  'caretaker',
  'barista',
  'cashier',
  'waiter',
  'waitress',
  'server',
  'bartender',
  'receptionist',
  'librarian',
  'pharmacist',
  'dentist',
  'vet',
  'firefighter',
  'paramedic',
  'officer',
  'police officer',
  'mechanic',
  'hairdresser',
  'barber',
  'stylist',
  'assistant',
  'student',
  'intern',
  'client',
  'customer',
  'volunteer',
  'owner',
  'shopkeeper',
  'grocer',
  'landlord',
  'landlady',
  'babysitter',
  'nanny',
  'colleague',
  'coworker',
  'co-worker',
  'teammate',
  'classmate',
  'friend',
  'neighbor',
  'neighbour',
  'roommate',
  'flatmate',
  'housemate',
  'pastor',
  'priest',
  'minister',
  'rabbi',
  'imam',
  'chaplain',
  'crossing guard',
  'partner',
  'best friend',
  'advisor',
  'adviser',
  'thesis advisor',
  'physio',
  'physiotherapist',
  'physical therapist',
  'chiropractor',
  'caregiver',
  'carer',
  'aide',
  'social worker',
  'caseworker',
  'midwife',
  'doula',
  'sponsor',
  'principal',
  'headteacher',
  'headmaster',
  'dean',
  'director',
  'editor',
  'agent',
  'lawyer',
  'attorney',
  'accountant',
  'plumber',
  'electrician',
  'contractor',
  'handyman',
  'gardener',
  'housekeeper',
  'cab driver',
  'taxi driver',
  'uber driver',
  'delivery driver',
  'courier',
  'security guard',
  'guard',
  'doorman',
  'lifeguard',
  'cook',
  'baker',
  'butcher',
  'florist',
  'scout leader',
  'youth leader',
  'choir director',
  'referee',
  'pilot',
  'flight attendant',
  'psychiatrist',
  'optometrist',
  'pediatrician',
  'tenant',
  'mentee',
]);

/** British and other spellings stored the US way. */
export const SPELLING: ReadonlyMap<string, string> = new Map([
  ['neighbour', 'neighbor'],
  ['counsellor', 'counselor'],
  ['co-worker', 'coworker'],
  ['adviser', 'advisor'],
  ['paediatrician', 'pediatrician'],
]);

/** Adjectives that describe someone without saying who they are: "the young woman", "a random guy". */
export const DESCRIPTIVE_ADJECTIVES: ReadonlySet<string> = words(`
nice young elderly random friendly other same tall short local strange certain lone kindly cheerful
grumpy quiet two three four
`);
