/**
 * Closed-class words (determiners, pronouns, prepositions, conjunctions, time adverbs) in the
 * four languages, and the determiners that open a description ("my old violin teacher").
 */

const words = (text: string): ReadonlySet<string> => new Set(text.trim().split(/\s+/));

/**
 * Possessives of the participant: "my sister", "mi abuela", "ma sœur", "meine Oma", and in the
 * languages people also reply in, "il mio vicino", "a minha avó", "mijn collega", "min mormor".
 */
export const OWN_POSSESSIVES: ReadonlySet<string> = words(`
my our mi mis nuestra nuestro nuestras nuestros mon ma mes notre nos mein meine meiner meinem meinen meines
unser unsere unserer unserem unseren m' mah
mio mia miei mie nostro nostra nostri nostre meu minha meus minhas nosso nossa nossos nossas mijn
min mitt mina vår vårt våra vores mój moja moje mojej mojego
`);

/** English determiners: after them a capitalised word ends no role as a German noun would ("our choirmaster Bogdan"). */
export const ENGLISH_DETERMINERS: ReadonlySet<string> = words(`my our his her their your the a an this that`);

/**
 * The German ones among them: German capitalises every noun, so after these a capitalised word is
 * a noun ("meinem ersten Jahr") unless a capitalised role stands before it ("meinem Kumpel Jens").
 */
export const GERMAN_OWN_POSSESSIVES: ReadonlySet<string> = words(`
mein meine meiner meinem meinen meines unser unsere unserer unserem unseren unseres
`);

/** German determiners beyond the articles: after them a capitalised word is a noun ("jeden Abend"). */
export const GERMAN_DETERMINERS: ReadonlySet<string> = words(`
jeden jede jeder jedes jedem diesen diese dieser dieses diesem welche welchen alle allen manche
manchen kein keine keinen keinem keiner solche solchen
`);

/** Possessives of someone else: "his wife", "her mom" (someone in the story, not ours). */
export const OTHER_POSSESSIVES: ReadonlySet<string> = words(`
his her their your su sus tu tus son sa ses leur leurs ton ta tes sein seine seiner seinem seinen ihre ihrer
ihrem ihren dein deine
`);

/** Quantifiers before a noun: "every Guides camp", "each Tesco van". */
export const QUANTIFIERS: ReadonlySet<string> = words(`every each`);

/** Indefinite articles: what follows describes someone rather than names them ("una señora de …"). */
export const INDEFINITE_ARTICLES: ReadonlySet<string> = words(
  `a an un una une ein eine einen einem einer uno um uma een`,
);

/**
 * Articles and demonstratives that open a description: "the bus driver", "la vecina", "der Nachbar",
 * and Italian, Portuguese and Dutch ones ("il vicino", "o meu avô", "een collega"). Portuguese writes
 * an article before names too ("liguei para a Rosa").
 */
export const ARTICLES: ReadonlySet<string> = words(`
the a an this that these those el la los las un una unos unas le les une des der die das den dem des ein
eine einen einem einer l'
il lo gli uno um uma os het een
`);

/** Words that are never part of a name or a description's modifiers. */
export const FUNCTION_WORDS: ReadonlySet<string> = words(`
a an the this that these those and or but nor so yet for to of in on at by from with without about as into
onto over under after before since until while because if than then when where who whom whose which what how
why i me my mine we us our you your he him his she her they them their it its is are was were be been being am
do does did have has had will would shall should can could may might must not no yes all any both each every
some such very just also too again even still only back up down out off here there today tonight yesterday
tomorrow now later soon already always never ever once twice first last next ago finally actually really
y o pero para por con sin de del al en que quien como cuando donde porque muy ya hoy ayer también le lo la les
se me te nos mi su et ou mais pour par avec sans dans sur sous de du des au aux que qui comme quand où très
déjà aujourd'hui hier aussi lui leur depuis pendant avant après chez vers entre contre
und oder aber für mit ohne von zu bei nach aus an auf in im am um wie
wenn als dass ihm ihn ihr sie es er ich du wir heute gestern auch noch schon sehr
il gli e che per con di della dei degli delle nel nella sul sulla ai agli alla alle allo oggi ieri anche
à às ao aos da do dos das na nas nos com pelo pela pelos pelas hoje ontem também
`);

/** Words that may follow an object pronoun ("thanked her for", "sent her a card"), unlike a possessive's noun. */
export const PRONOUN_FOLLOWERS: ReadonlySet<string> = words(`
for to a an the that and at on about with how what why so today tonight yesterday this back again too thanks
thank she he it i we they personally properly in by over after before later first last once twice from during
when while because since as via yet already just right now both all myself for, well very much so, my our
tomorrow tonight later soon next on at properly again
some any one two three lunch dinner breakfast coffee tea flowers cookies cake bread muffins chocolate
chocolates pizza donuts doughnuts drinks drink ages ago thx ty
through across into onto out up off down near outside without up until or but then
de por para que en a pour à avec für dafür dass heute
she's he's they're they'd it's you're you'd i'm i'd i've we're we'd that's
`);

/** Prepositions that may open a trailing description in a bare answer ("Pilar at reception"). */
export const MODIFIER_STARTERS: ReadonlySet<string> = words(`
at from on in of by who who's who'd whose that which whom with near across for de del da von aus à du des chez qui que der die
bei vom am im mit por para pour für
`);

/** A preposition and its article in one word, before the people it reaches: "al portero", "aux infirmières". */
export const CONTRACTED_ARTICLES: ReadonlySet<string> = words(`al au aux ao aos às ai agli alla allo alle`);

/** A German preposition and its article in one word: "im", "beim", "zur". */
export const GERMAN_CONTRACTIONS: ReadonlySet<string> = words(`zur zum beim vom im am ins ans aufs`);

/** Articles that may stand before a personal name in Portuguese, Italian and Spanish. */
export const ROMANCE_NAME_ARTICLES: ReadonlySet<string> = words(`o a il la el`);

/** A preposition and its article in one word, before a person: "da minha irmã", "del mio capo", "du quartier". */
export const CONTRACTED_PREPOSITIONS: ReadonlySet<string> = new Set([
  ...CONTRACTED_ARTICLES,
  ...words(`da do das dos del della dello degli delle dal dalla du des au à na no nas nos pra pro pras pros`),
]);
