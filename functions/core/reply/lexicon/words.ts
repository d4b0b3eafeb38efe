/**
 * Word lists for telling names from ordinary words. A capitalised word at the start of a
 * sentence is usually not a name; these lists say which ones certainly are not (English,
 * Spanish, German and French), which ones never are (months, weekdays), and which names are
 * also ordinary words ("Hope", "Will") and need context. All lowercase.
 */
import { phrases, words } from './text';

/** Common words that start sentences; never a name in that position. */
export const COMMON_WORDS: ReadonlySet<string> = words(`
a an the this that these those there here it its it's i me my mine myself we us our you your he him his she
her they them their what which who whom whose when where why how yes no not ok okay oh ah hi hey hello dear
and or but so then also too very just only really actually finally still even yet again already anyway
today tonight yesterday tomorrow morning afternoon evening night week weekend day days time now later soon
after before since because while although though if unless until as at by for from in into of on onto over to
under with without about above across against along among around behind below beneath beside between beyond
during except inside near off out outside past through toward towards upon within all any both each every
few many more most much none some such one two three four five six seven eight nine ten first second third
last next other another same own well much lots plenty thanks thank thanked thanking called texted wrote
sent told emailed messaged reached left gave let got went came made took saw had has have did does do was
were is are am be been being can could would should will shall may might must need want like love loved
think thought know knew feel felt say said says see seen look looked looks make find found give get keep
kept let put run ran sat sit stood turn turned try tried bought brought drove ate met meet asked ask answered
replied reply sure great good nice lovely wonderful amazing awesome funny sorry please wow yay haha ha hah heh um uh erm lol omg
honestly seriously basically literally definitely obviously probably maybe perhaps luckily sadly hopefully
apparently anyway besides otherwise meanwhile instead however therefore still somehow everyone everybody
someone somebody anyone anybody nobody nothing something everything anything people person family friends
friend sometimes always never often usually once twice instant long short big small little old new young
mom dad brother sister day week part got not just thing things way life work home school class lunch dinner
breakfast coffee tea car bus train phone call text email note card letter message voicemail gift flowers
done easy tough hard rough busy crazy wild quick quiet slow fun tricky difficult simple success finally
phew whew ugh oops yikes hooray yay woohoo wow whoa cool nice sweet perfect brilliant excellent fantastic
sorted update updates anyway alright aww awww ooh hmm hm meh yup yep nope nah sure absolutely totally
true truly exactly indeed agreed same ditto welp nothing everything something today's tonight's
interesting weird strange lucky happy sad glad tired exhausted grateful thankful blessed proud short sorry
special huge massive big honourable honorable petit petite grand grande gros
thru tho cuz coz bc pls plz thx ty
late early first also bonus update status progress mission challenge task homework
typical classic poor
eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty
sixty seventy eighty ninety hundred thousand back spent
coucou bonjour salut merci oui non alors puis donc mais et ou je tu il elle nous vous ils elles on le la les
un une des du de au aux ce cette ces mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs
aujourd'hui hier demain enfin aussi encore déjà toujours jamais très bien bon bonne voilà
avec chez pour sans sous dans sur vers pendant après avant
hola gracias sí no pero y o yo tú él ella nosotros ellos ellas el la los las un una unos unas mi mis tu tus
su sus nuestro nuestra hoy ayer mañana también ya luego después antes cuando porque muy bien buenas
le lo les me te se por para con sin sobre entre hasta desde fue era es está estoy estaba
hallo danke ja nein aber und oder ich du er sie es wir ihr der die das den dem des ein eine einen einem
einer mein meine meinen meinem meiner dein deine sein seine unser unsere heute gestern morgen auch noch
schon immer nie sehr gut dann als wenn weil mit ohne für von zu bei nach aus habe hab hatte hat bin war ist
liebe lieber liebes grüße gruß viele beste herzliche
oggi ieri domani stamattina stasera poi anche ancora finalmente grazie ciao
hoje ontem amanhã depois também ainda finalmente obrigado obrigada olá quando porque mas então ela ele
elas eles nós
perché ma allora dopo prima mentre
esta este estos estas esa ese esos esas esto eso aquel aquella
jetzt endlich danach damals später leider deshalb trotzdem zuerst schließlich
chaque chacun chacune plusieurs quelques certains certaines tous toutes tout toute cada cualquier varios
varias todos todas algunos algunas jeder jede jedes jeden jedem einige manche ogni ciascuno alcuni tutti
tutte alguns algumas
durante hacia tras según mediante contra bajo ante desde hasta während gegen ohne pendant malgré selon
est-ce qu'est-ce
tack takk tak kiitos dank bedankt dziękuję dzięki děkuji díky teşekkürler sağol arigato arigatou
`);

/** Names that end like an English past verb ("Ahmed", "Alfred"): a name even opening a sentence. */
export const NAMES_ENDING_ED: ReadonlySet<string> = words(`
ahmed mohammed mohamed muhammed hamed saeed javed naveed fareed rasheed waleed majed alfred manfred
winifred mildred jared ned ted fred reed wilfred siegfried godfred elfed jed
`);

/** Never names, wherever they stand: calendar words, languages, our own words, God ("thanked God for …"). */
export const NEVER_NAMES: ReadonlySet<string> = words(`
i latin italian portuguese dutch polish russian japanese chinese korean arabic hindi greek swedish danish
norwegian finnish turkish hebrew phd msc bsc mba gcse gcses
monday tuesday wednesday thursday friday saturday sunday mondays tuesdays wednesdays thursdays fridays
saturdays sundays january february march july september october november december christmas xmas easter
thanksgiving halloween hanukkah ramadan diwali eid new year years english spanish german french american
british canadian internet google facebook instagram whatsapp zoom iphone android gmail outlook yahoo
linkedin twitter tiktok signal telegram messenger teams slack skype facetime snapchat reddit discord venmo
paypal youtube netflix spotify uber lyft amazon wechat weixin kakaotalk kakao viber imessage threema
ik jag jeg eu io ho heb har
seit weil während nachdem bevor damit obwohl denn dann jetzt abend abends morgen morgens mittag
nachmittag vormittag nacht guten wie als wenn ihre ihrem ihren ihrer ihres meinem meinen meiner meines euer eure eurem euren
lunes martes miércoles jueves viernes sábado domingo enero febrero marzo abril mayo junio julio agosto
septiembre octubre noviembre diciembre navidad montag dienstag mittwoch donnerstag freitag samstag sonntag
januar februar märz juni juli oktober dezember weihnachten lundi mardi mercredi jeudi vendredi samedi
dimanche janvier février mars avril juin juillet août septembre octobre novembre décembre noël
ok okay lol omg haha day week gratitude stop pause unsubscribe resume restart re fwd fw ps p.s
coup anruf llamada videollamada
gente personas leute menschen gens personnes
bonsoir bonjour salut coucou cher chère chers chères hola buenas querida querido hallo moin servus
pcq pq qd jsp mdr ptdr bcp tkt stp svp slt
god allah dios gott dieu
`);

/** Names that are also ordinary words: names only where the sentence makes them one. */
export const WORD_NAMES: ReadonlySet<string> = words(`
will hope grace june rose mark bill dawn faith joy summer april may robin pat sue art max ray rich frank
sunny autumn ivy holly iris daisy lily jade ruby amber pearl crystal hunter chase drew skip buck sandy penny
olive hazel violet heather brook august jack jean sterling victor earl guy carol noel star angel river
sky miles wade wynn harmony destiny charity patience prudence bob
`);

/** Nouns that make a capitalised name before them a business or place ("Ashby Hardware"). */
export const ORG_NOUNS: ReadonlySet<string> = words(`
hardware street st avenue ave road rd lane boulevard blvd drive square office offices school university
college hospital clinic church chapel temple mosque synagogue inc inc. ltd llc gmbh corp co company bank
cafe café coffee bakery restaurant bar pub park center centre airlines airline group club foundation
library mall store shop market supermarket station airport hotel motel gym studio academy institute
museum theater theatre hall house building tower bridge river lake mountain county city town village
department dept team league fc united global labs systems solutions services consulting insurance
partners associates pharmacy deli diner grill kitchen salon spa garage farm ranch court plaza
`);

/** People we never log: the participant and the service itself. */
export const SELF_WORDS: ReadonlySet<string> = words(`me myself i yo moi mich mir ich je`);

/** Phrases naming the service or the reader of the reply ("thank you Gratitude Week team"). */
export const SERVICE_PHRASES: readonly string[] = phrases(`
gratitude week team|gratitude week|the gratitude team|you guys|your team|you all|y'all|you
`);

/** What whoever makes our emails does with them: "the people who send these", "whoever writes the prompts". */
export const EMAIL_MAKING_VERBS: ReadonlySet<string> = words(
  `send sends sent write writes wrote make makes made run runs`,
);
export const OUR_EMAILS: ReadonlySet<string> = words(
  `these this emails prompts messages reminders challenge`,
);

/** Greetings that open a reply ("Hi Maya," addresses us, it is not an answer). */
export const GREETINGS: ReadonlySet<string> = words(`
hi hey hello dear hiya howdy greetings morning evening hola buenas buenos querida querido queridos hallo
liebe lieber moin servus bonjour salut coucou cher chère bonsoir
`);

/** Words of order or addition after a list's entry, before what is said of them: "Marijn first, who …". */
export const ENTRY_ADVERBS: ReadonlySet<string> = words(
  `first firstly second secondly last lastly too also again finally`,
);

/** Words allowed around a bare answer ("Coach Rivera.", "Today: my mom and dad", "Definitely Hope!"). */
export const ANSWER_FILLERS: ReadonlySet<string> = words(`
today tonight yesterday this morning too also again definitely obviously easy oh well so yes first then
finally just only both and & + n y et und plus mine is was it it's that would be today's todays person
people pick picks choice one ones two three four five of course my our
monday tuesday wednesday thursday friday saturday sunday
`);

/**
 * Words naming the day an entry of a catch-up list is for ("Monday my old piano teacher, and today
 * Uncle Frank"): they may stand between a list's joiner and its next person.
 */
export const ANSWER_DAYS: ReadonlySet<string> = words(`
today tonight yesterday then monday tuesday wednesday thursday friday saturday sunday
`);

/** The days of the week in English, Spanish, German and French, written out. */
export const WEEKDAY_NAMES: ReadonlySet<string> = words(`
monday tuesday wednesday thursday friday saturday sunday lunes martes miércoles jueves viernes sábado
domingo montag dienstag mittwoch donnerstag freitag samstag sonntag lundi mardi mercredi jeudi vendredi
samedi dimanche
`);

/** Days of the week and their short forms, as a catch-up marks them off: "Tues - my boss Priya". */
export const WEEKDAYS: ReadonlySet<string> = words(`
monday tuesday wednesday thursday friday saturday sunday mon tue tues wed weds thu thur thurs fri sat sun
`);

/** The same days in Spanish, French and German, before a hedged answer ("Aujourd'hui c'était …"). */
export const ANSWER_DAYS_ABROAD: ReadonlySet<string> = words(`hoy ayer aujourd'hui hier heute gestern`);

/** Sentences that open with the day's answer: "Today's was Bogdan", "Mine was my aunt". */
export const ANSWER_OPENERS: readonly (readonly string[])[] = phrases(`
today's was|today's is|today it was|today was|mine was|today's person was|today's one was|
the first is|the first was|the second is|the second was|the third is|the third was|the other is|the other was
`).map((p) => p.split(' '));

/** A call opening a reply, whom it went to after it: "Coup de fil à Mamie Odette", "Phone call to Grandad". */
export const CALL_PHRASES: readonly (readonly string[])[] = phrases(`
coup de fil|coup de téléphone|petit coup de fil|phone call|video call|quick call|llamada|videollamada|anruf|appel
`).map((p) => p.split(' '));

/**
 * Whose turn it was, the answer after it: "c'était le tour de ma voisine Josiane", "the turn of my
 * cousin", "Hoy le tocó a mi vecina Carmen", "Hoy fue el turno de Don Ramiro".
 */
export const TURN_PHRASES: readonly (readonly string[])[] = phrases(`
le tour de|au tour de|the turn of|le tocó a|el turno de
`).map((p) => p.split(' '));

/** "It" and a copula, however hedged, before the day's answer ("c'était", "fue" too), the longest first. */
export const IT_COPULAS: readonly (readonly string[])[] = phrases(`
it was|it's|it is|it had to be|it has to be|it was going to be|it was always going to be|it could only be|
it's got to be|it's gotta be|it was always gonna be|c'était|c'est|ce fut|ça a été|fue|era|es war|war es
`)
  .map((p) => p.split(' '))
  .sort((a, b) => b.length - a.length);

/** An opening of interjections only ("lol ok.", "Right, so."): not yet the answer. */
export const INTERJECTIONS: ReadonlySet<string> = words(`
ok okay lol haha hah so well right hmm um erm phew wow oh yes yay done
`);

/** Where a phrase says when rather than where: "at the end", "on the day". */
export const TEMPORAL_NOUNS: ReadonlySet<string> = words(`
end start beginning day time moment weekend morning evening night party wedding funeral meeting last
first once least all
`);

/** Words after "Did it" or "Done" that keep it a report: "Done it today!", "Did it this morning." */
export const DONE_TIMES: ReadonlySet<string> = words(
  `today tonight this morning evening afternoon finally at last yesterday`,
);

/** Adverbs between "I" and an elliptical "did": "so tonight I finally did". */
export const ELLIPSIS_ADVERBS: ReadonlySet<string> = words(`finally actually really eventually just`);

/** Words of a time already past: "finally i send a message to …" tells what was done. */
export const PAST_TIME_ADVERBS: ReadonlySet<string> = words(`finally yesterday`);

/** What may open a clause before "I thank …" told in the present: "Today I thank …", "and I thank …". */
export const PRESENT_OPENERS: ReadonlySet<string> = words(`
today tonight yesterday finally so and then also this morning afternoon evening now at last
`);

/** Thanks to whom is no person of the week: "I thanked God for my family". */
export const DEITIES: ReadonlySet<string> = words(`god allah dios gott dieu`);

/** Words making a present tense a habit or a plan: "I thank my mum every Sunday", "… tomorrow". */
export const HABIT_OR_PLAN_WORDS: ReadonlySet<string> = words(`
every always often usually sometimes never each daily tomorrow later next soon will want wish would
`);

/** Words of when that may follow a bare "I did": "So I did today.", "I did it finally: …". */
export const ELLIPSIS_TIMES: ReadonlySet<string> = words(`today tonight too yesterday finally`);

/** The days of the week spelled out, as a catch-up line may number them ("Day three — Grandad Stan"). */
export const DAY_NUMBER_WORDS: ReadonlySet<string> = words(`one two three four five six seven`);
