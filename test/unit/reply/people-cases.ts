/**
 * Sentences the way participants write them, with the people a careful reader would log. One table
 * drives the people tests; each row is a trap or a variant of a case type the parser must handle.
 */
export interface PeopleCase {
  text: string;
  /** Expected names (any order); [] when nobody identifiable was thanked. */
  names: string[];
  /** Expected relationships by name, where the text states one. */
  relationships?: Record<string, string | null>;
  /** Expected `thankedSomeone` when it differs from `names.length > 0`. */
  someone?: boolean;
  sender?: string;
}

export const PEOPLE_CASES: Record<string, PeopleCase> = {
  // one person, first name only
  'a name after "thanked"': {
    text: 'Thanked Priya at the bakery for always remembering my order.',
    names: ['Priya'],
  },
  'a name after "sent a thank-you text to"': {
    text: 'I sent a thank-you text to Marco this morning.',
    names: ['Marco'],
  },
  'a name after "told"': {
    text: 'Told Beatrix how much her Monday check-ins mean to me.',
    names: ['Beatrix'],
  },
  'a name after "gave ... a card"': {
    text: 'Gave Tomasz a card to say thanks for fixing my bike.',
    names: ['Tomasz'],
  },
  'a name after "emailed"': {
    text: 'Emailed Hiroshi to thank him for the recommendation letter.',
    names: ['Hiroshi'],
  },
  'a bare answer': {
    text: 'Lucia! She has been my rock this year. Told her so over coffee.',
    names: ['Lucia'],
  },
  'a name after "got in touch with"': {
    text: 'Finally got in touch with Desmond and said thank you for the loan.',
    names: ['Desmond'],
  },
  'a name after "said thank you to"': {
    text: 'Said thank you to Yaw for covering my shift.',
    names: ['Yaw'],
  },
  'a name after "let ... know"': {
    text: 'I let Camila know how much her help with the move meant.',
    names: ['Camila'],
  },
  // full names, titles
  'a full name': {
    text: 'I called Margaret Oyelaran-Brooks, my first piano teacher.',
    names: ['Margaret Oyelaran-Brooks'],
    relationships: { 'Margaret Oyelaran-Brooks': 'piano teacher' },
  },
  'a title and a full name': {
    text: 'Thanked Dr. Anjali Rao for catching my diagnosis early.',
    names: ['Dr. Anjali Rao'],
  },
  'a professor emailed': {
    text: 'Sent Professor Hallworth an email about how her seminar changed my career.',
    names: ['Professor Hallworth'],
  },
  'a pastor': {
    text: 'Thanked Pastor Mike after the service on Sunday.',
    names: ['Pastor Mike'],
    relationships: { 'Pastor Mike': 'pastor' },
  },
  'a French title': { text: 'I wrote to Mme Lefort, my old French teacher.', names: ['Mme Lefort'] },
  'a role before a titled full name': {
    text: 'The firefighter who pulled me out of the car, Captain Ezra Boateng, got a letter from me today. I thanked him for my life.',
    names: ['Captain Ezra Boateng'],
  },
  'a lowercase title': {
    text: 'texted mrs. delgado to say thanks for the rides to school',
    names: ['Mrs. Delgado'],
  },
  // relationship only
  'my mom': {
    text: 'Called my mom and thanked her for all the lunches she packed.',
    names: ['Mom'],
    relationships: { Mom: 'mother' },
  },
  'my old boss': { text: 'Texted my old boss to thank her for taking a chance on me.', names: ['Old boss'] },
  'grandma with a pronoun': {
    text: 'Visited my grandma and told her thanks for the quilt.',
    names: ['Grandma'],
    relationships: { Grandma: 'grandmother' },
  },
  'mum in British English': {
    text: 'Rang my mum tonight. Thanked her for putting up with me.',
    names: ['Mum'],
  },
  'my parents as one group': {
    text: 'Wrote my parents a long letter thanking them for everything.',
    names: ['Parents'],
  },
  'mom and dad as two people': { text: 'Thanked Mom and Dad at dinner.', names: ['Mom', 'Dad'] },
  'the bus driver': {
    text: 'Thanked the bus driver this morning for waiting for me.',
    names: ['Bus driver'],
  },
  'night nurses as a group': {
    text: 'Dropped off cookies and a card for the night nurses on 6 West and thanked them.',
    names: ['Night nurses on 6 West'],
  },
  // relationship + name
  'my sister Anna': {
    text: 'Called my sister Anna and thanked her for driving our dad to his physio.',
    names: ['Anna'],
    relationships: { Anna: 'sister' },
  },
  'name, then the relationship': {
    text: 'Thanked Ingrid, my first lab supervisor.',
    names: ['Ingrid'],
    relationships: { Ingrid: 'lab supervisor' },
  },
  'relationship in parentheses': {
    text: 'Thanked Omar (our bus driver) today.',
    names: ['Omar'],
    relationships: { Omar: 'bus driver' },
  },
  'our neighbors X and Y': {
    text: 'Thanked our neighbors Lotte and Bram for watering the plants.',
    names: ['Lotte', 'Bram'],
  },
  'a colleague by name': {
    text: 'I thanked my colleague Priscilla for covering my calls.',
    names: ['Priscilla'],
    relationships: { Priscilla: 'colleague' },
  },
  'an aunt with a title': {
    text: 'Aunt Marguerite got a phone call from me. I thanked her for the summers at the lake.',
    names: ['Aunt Marguerite'],
  },
  'a grandpa by name': { text: 'Finally called Grandpa Joe and thanked him.', names: ['Grandpa Joe'] },
  // several people, lists
  'a list after a colon': { text: 'Two today: Keisha and my brother Luis.', names: ['Keisha', 'Luis'] },
  bullets: {
    text: 'Thanked a few people today:\n- Mom\n- Coach Dee\n- Farid from accounting',
    names: ['Mom', 'Coach Dee', 'Farid'],
  },
  'a list after "thanked"': {
    text: 'I thanked Zoë, Bruno and Hedda for the surprise party.',
    names: ['Zoë', 'Bruno', 'Hedda'],
  },
  'one name per line': {
    text: 'Anneliese\nMy uncle Ray\nMr. Fitzgerald',
    names: ['Anneliese', 'Ray', 'Mr. Fitzgerald'],
  },
  // non-ASCII, apostrophes, hyphens, family-name first
  'Vietnamese name, family name first': {
    text: 'I thanked Nguyễn Thị Mai, my tutor, for her patience.',
    names: ['Nguyễn Thị Mai'],
  },
  'Polish name': { text: 'Called Małgorzata to thank her for the recipes.', names: ['Małgorzata'] },
  'Irish apostrophe': { text: "Thanked Siobhan O'Brien for the reference.", names: ["Siobhan O'Brien"] },
  'hyphenated first name': {
    text: 'Wrote to Anne-Marie about her kindness last winter.',
    names: ['Anne-Marie'],
  },
  'Danish name': { text: 'Reached out to Søren after ten years and thanked him.', names: ['Søren'] },
  // names that are also words
  'Will as a name, will as a verb': {
    text: 'Thanked Will for covering my shift. I will repay him somehow.',
    names: ['Will'],
  },
  'Grace as a name, grace as a word': {
    text: 'She handled it with grace. I called Grace afterwards to say thanks.',
    names: ['Grace'],
  },
  'June as a name, June as a month': {
    text: 'In June I moved. Today I texted June, my old roommate, to thank her.',
    names: ['June'],
  },
  'Mark at the start of a sentence': {
    text: 'Mark my words, this was hard. Called Ifeoma and thanked her.',
    names: ['Ifeoma'],
  },
  'Bill the bill': {
    text: 'Paid the bill and then thanked Bill, the owner, for the great meal.',
    names: ['Bill'],
  },
  'Hope as a verb': { text: 'Hope this counts: I thanked my landlord.', names: ['Landlord'] },
  'Will starting a sentence as a name': {
    text: 'Will helped me move last week. I thanked him with pizza.',
    names: ['Will'],
  },
  // pronouns
  'pronoun with the antecedent earlier': {
    text: 'Dagny and I were inseparable at university. Sent her a message this morning.',
    names: ['Dagny'],
  },
  'pronoun with no antecedent': { text: 'Did it. Thanked her after class.', names: [], someone: true },
  'pronoun skips a person of the wrong gender': {
    text: 'Wendell is 91. His wife, Dorothy, answered the door. I told him he was the reason I became a nurse.',
    names: ['Wendell'],
  },
  'pronoun skips someone in a subordinate clause': {
    text: 'Hoy le escribí a Rocío. Cuando perdí a mi madre ella me acompañó en todo. Por fin le di las gracias.',
    names: ['Rocío'],
  },
  // nobody, failures, plans
  'nobody today': { text: 'Nobody today, sorry. Long day at work.', names: [] },
  'no one today': { text: "No one today. I'll try again tomorrow.", names: [] },
  'a failed call': { text: 'Tried to call my grandpa but he didn’t pick up.', names: [] },
  'a call with no answer': { text: 'I called Grandpa twice, no answer.', names: [] },
  'a deleted draft': { text: 'I wrote a long email to my old coach and then deleted it.', names: [] },
  'a draft never sent': {
    text: 'Wrote a card for Ms. Kim but chickened out and never gave it to her.',
    names: [],
  },
  'a plan for tonight': { text: "I'm going to thank my dad at dinner tonight.", names: [] },
  'a plan for tomorrow with a name': {
    text: 'Planning to call Auntie Bea tomorrow to thank her.',
    names: [],
  },
  'a plan after a done act': {
    text: 'Thanked my boss Gordon. My sister is next, probably on Sunday.',
    names: ['Gordon'],
  },
  'haven’t thanked yet': { text: "I haven't thanked Pedro yet, but I will this weekend.", names: [] },
  'voicemail counts': {
    text: 'Called my stepmom, no answer, so I left her a voicemail saying thank you.',
    names: ['Stepmom'],
  },
  'a voicemail left for someone': {
    text: 'Left Grandma a voicemail thanking her for the birthday card.',
    names: ['Grandma'],
  },
  // mentioned, not thanked
  'the suggester is not thanked': {
    text: 'My manager Yusuf keeps saying we should thank the cleaners, so today I thanked Bogdan.',
    names: ['Bogdan'],
  },
  'told me to thank': { text: 'Sarah told me to thank my coach Mike, so I did.', names: ['Mike'] },
  'thanks to someone is a cause': {
    text: "Thanks to Henrike's reminder I finally called my dad and thanked him.",
    names: ['Dad'],
  },
  'someone else thanks someone': {
    text: 'My sister thanked our dad too. I thanked Coach Lee.',
    names: ['Coach Lee'],
  },
  'people in the story': {
    text: 'My wife Nadia suggested I write to Mr. Abara, the janitor at my old school. I did, and thanked him for the lunches he shared.',
    names: ['Mr. Abara'],
  },
  'a possessor is not a person thanked': {
    text: "Called José García, my grandmother's neighbour, and thanked him.",
    names: ['José García'],
  },
  'a business is not a person': {
    text: 'I walked into Ashby Hardware and thanked Wendell.',
    names: ['Wendell'],
  },
  'a place is not a person': {
    text: 'Since I moved to Lisbon we lost touch. Called Inês and thanked her.',
    names: ['Inês'],
  },
  // the service, the participant
  'the service is not a person': {
    text: 'Thank you Gratitude Week team! I thanked my neighbor Carl.',
    names: ['Carl'],
  },
  'the participant is not a person': { text: 'I thanked myself for once.', names: [], someone: false },
  'an elliptical second person': {
    text: 'I thanked myself for once. And my therapist.',
    names: ['Therapist'],
  },
  'a sender name left in the text': {
    text: 'Thanked Ayo for the ride.\n\nFolake',
    sender: 'Folake Adeyemi',
    names: ['Ayo'],
  },
  // lower case and texting
  'texting style with a kinship word': {
    text: 'called my mom n thanked her for everything lol',
    names: ['Mom'],
  },
  'texting style with a lower-case name': {
    text: 'texted jake from work to say thx for the help',
    names: ['Jake'],
  },
  'mom n dad as two people': { text: 'thanked mom n dad today', names: ['Mom', 'Dad'] },
  // other languages
  'Spanish: agradecí a': {
    text: 'Hoy le agradecí a mi abuela Carmen por todo lo que hizo.',
    names: ['Carmen'],
    relationships: { Carmen: 'grandmother' },
  },
  'Spanish: llamé a': { text: 'Llamé a mi hermano Diego y le di las gracias.', names: ['Diego'] },
  'German: bedankt bei': {
    text: 'Ich habe mich heute bei meiner Nachbarin Frau Becker bedankt.',
    names: ['Frau Becker'],
  },
  'German: Oma angerufen': { text: 'Heute habe ich Oma angerufen und mich bei ihr bedankt.', names: ['Oma'] },
  'German: a name and geschrieben': {
    text: 'Ich habe Jonas eine Nachricht geschrieben und ihm für alles gedankt.',
    names: ['Jonas'],
  },
  'French: remercié': { text: "J'ai remercié ma sœur Camille pour son aide.", names: ['Camille'] },
  'French: écrit à': { text: "J'ai écrit à Mathilde aujourd'hui. Je l'ai remerciée.", names: ['Mathilde'] },
  'French: appelé': { text: "J'ai appelé mon grand-père et je lui ai dit merci.", names: ['Grand-père'] },
  // more traps
  'a spouse who only reports back': {
    text: 'I thanked Priya. Her husband Raj said she cried.',
    names: ['Priya'],
  },
  'a second person via a pronoun': {
    text: 'Called my sister. She put our nephew Theo on the phone and I thanked him too.',
    names: ['Sister', 'Theo'],
  },
  'someone who wrote back': {
    text: 'Wrote to my old teacher Mrs. Patel, and her daughter Ria wrote back.',
    names: ['Mrs. Patel'],
  },
  'ran into and told': {
    text: 'Ran into Coach Bell at the store and told him his practices made me who I am.',
    names: ['Coach Bell'],
  },
  'no reply yet still counts': { text: 'Texted Dev. No reply yet, but it was delivered.', names: ['Dev'] },
  'flowers with a note': {
    text: 'Sent flowers to my neighbor Gloria with a note saying thank you.',
    names: ['Gloria'],
  },
  'telling about the challenge is not thanks': {
    text: 'I told my husband about this challenge and he laughed. Then I thanked my barista, Tess.',
    names: ['Tess'],
  },
  'called in sick is not a call to someone': {
    text: 'Called in sick today, so no thanks yet.',
    names: [],
    someone: false,
  },
  'a choice between two': { text: 'I was going to call Ben, but I texted Amara instead.', names: ['Amara'] },
  'got a call from me': { text: 'Both my grandparents got a call from me today.', names: ['Grandparents'] },
  'an advisor with a title': {
    text: 'I emailed my thesis advisor, Dr. Kwame Mensah.',
    names: ['Dr. Kwame Mensah'],
  },
  'an unlisted role before a name': {
    text: 'Thanked my physio Ilse for getting me walking again.',
    names: ['Ilse'],
  },
  'a woman at the bakery': {
    text: 'I finally thanked the woman at the bakery who always saves me a croissant.',
    names: ['Woman at the bakery'],
  },
  'a barista by pronoun': {
    text: 'Bought my barista a coffee for once and thanked her.',
    names: ['Barista'],
  },
  'wrote someone a note': { text: 'Wrote Mr. Chen a thank-you note.', names: ['Mr. Chen'] },
  'told her how grateful': {
    text: 'Had lunch with Grandma and told her how grateful I am.',
    names: ['Grandma'],
  },
  'hugged and said thanks': { text: 'Hugged my brother and said thanks.', names: ['Brother'] },
  'German: Bruder with a name': { text: 'Ich habe meinem Bruder Lukas gedankt.', names: ['Lukas'] },
  'German: Oma angerufen without subject': { text: 'Habe heute meine Oma angerufen.', names: ['Oma'] },
  'German: a plan': {
    text: 'Ich wollte Papa anrufen, aber er ist nicht rangegangen.',
    names: [],
    someone: false,
  },
  'French: message to a friend': {
    text: "J'ai envoyé un message à mon ami Karim pour le remercier.",
    names: ['Karim'],
  },
  'Spanish: a plan': {
    text: 'Mañana voy a llamar a mi tía Rosa para darle las gracias.',
    names: [],
    someone: false,
  },
  'a long story with one thanked person': {
    text: 'When I was nineteen I walked into Ashby Hardware on Fifth Street and walked out with a job. Wendell Ashby, who owned the place, asked me if I knew a Phillips from a flathead. I never thanked him.\n\nYesterday my brother-in-law Kwabena found his address and drove me up, which I also thanked him for.\n\nWendell is 91. His wife, Dorothy, answered the door. I told him he was the first person who ever made me feel capable.',
    names: ['Wendell Ashby', 'Kwabena'],
  },
  // narrative replies
  'a message with the recipient understood': {
    text: "My first thought was my dad, but he's impossible to reach on weekdays. So I went with Lorenzo, who sat next to me in chemistry. Found him on LinkedIn and sent a message.",
    names: ['Lorenzo'],
  },
  'a note on someone’s desk, named later': {
    text: "Left a sticky note on my roommate's laptop saying thanks for doing the dishes all week. Her name is Priyanka, by the way.",
    names: ['Priyanka'],
  },
  'a gift with a thank-you card': {
    text: 'My neighbour Mrs. Okafor has been bringing in my bins for months. I baked her some banana bread and left it on her step with a thank-you card.',
    names: ['Mrs. Okafor'],
  },
  'a gift while the thanks is still planned': {
    text: "I'm planning to thank our night janitor Winston tomorrow, I already bought him a card and everything.",
    names: [],
  },
  'a card handed over as "it"': {
    text: 'My daughter Emma helped me write a card for her teacher, Mr. Dlamini. We gave it to him at pickup.',
    names: ['Mr. Dlamini'],
  },
  'a text with no reply still counts': {
    text: "Texted Will. He didn't answer but I know he read it.",
    names: ['Will'],
  },
  'a call that kept dropping': {
    text: "Tried calling my uncle Pete but the line kept dropping. I'll try again this weekend.",
    names: [],
  },
  'the subject of the sentence before, not the person in its object': {
    text: 'Grace from the front desk always asks about my mom. I thanked her this morning and she teared up.',
    names: ['Grace'],
  },
  'a description, then a name learned': {
    text: 'The lady at the post office, whose name I finally learned is Bernadette, got a thank-you from me for always being so cheerful.',
    names: ['Bernadette'],
  },
  'an old friend from college, then the name': {
    text: 'Reached out to an old friend from college, Tamar Ben-David. Thanked her for getting me through finals.',
    names: ['Tamar Ben-David'],
  },
  'an unlisted kin word after "my"': {
    text: 'Called my Nonna and thanked her for every Sunday lunch.',
    names: ['Nonna'],
  },
  'German: apposition between commas': {
    text: 'Heute habe ich meinem alten Chef, Herrn Wagner, eine E-Mail geschrieben und mich für seine Geduld bedankt.',
    names: ['Herr Wagner'],
  },
  'German: someone else called': {
    text: 'Meine Mutter hat mich angerufen. Wir haben lange geredet.',
    names: [],
    someone: false,
  },
  'a list with details in parentheses': {
    text: 'Two people: Ines at work (she covered my shift) and my landlord Mr. Petrov (fixed the heating at 11pm).',
    names: ['Ines', 'Mr. Petrov'],
  },
  'a plan that became a letter to someone else': {
    text: 'I wanted to thank my old teacher Mrs. Hughes but found out she passed away last year. So I wrote to her daughter instead.',
    names: ['Her daughter'],
  },
  'a long story: the antecedent is the nearest clause subject': {
    text: 'When I started at the hospital, the charge nurse on nights was a woman named Patrice Okeke. My husband Dev used to joke about her.\n\nMy old colleague Brigitte still works with her. Brigitte passed along my email address, and Patrice called me last night. I thanked her for every redone chart.\n\nI also wanted to thank Brigitte for playing messenger, so I sent her flowers this morning.',
    names: ['Patrice Okeke', 'Brigitte'],
  },
  'suggestions not followed, then a real one': {
    text: 'Update: my sister said I should call Dad, and my friend Ola said I should write to our old scout leader, Mr. Brennan. I did neither (sorry!) but I did thank the barista at Lou’s, Marguerite.',
    names: ['Marguerite'],
  },
  'grandparents abroad as one group': {
    text: 'I FaceTimed my grandparents in Manila and thanked them for raising me. Lola cried, Lolo pretended not to.',
    names: ['Grandparents'],
  },
  'texting style with a list and a nickname for boyfriend': {
    text: 'thanked my mom n dad for the car!! also my bf jayden for driving me to the dmv',
    names: ['Mom', 'Dad', 'Jayden'],
  },
  '"So today I did" after "never thanked"': {
    text: "My boss, Ms. Ferreira, wrote me a lovely note yesterday and I realised I'd never thanked her for sponsoring my visa. So today I did, in person.",
    names: ['Ms. Ferreira'],
  },
  'a card still to send': {
    text: 'Not today unfortunately. My son was sick. Dr. Lam was great though, I should send her a card.',
    names: [],
  },
  'a friend "called" Callum is a name, not a phone call': {
    text: 'Ha, I actually have a friend called Callum too, but today I thanked my neighbour Ruth instead.',
    names: ['Ruth'],
  },
  'the prompt’s example name echoed': {
    text: 'Your example with Mr. Fenwick made me think of our crossing guard, Mrs. Adeyemi. I told her today that her smile makes my mornings.',
    names: ['Mrs. Adeyemi'],
  },
  'an alternative form in parentheses, then a role': {
    text: 'Thanked Cô Mai (Nguyễn Thị Mai), my Vietnamese teacher, with a long letter.',
    names: ['Cô Mai'],
  },
  'catch-up by day with colons': {
    text: 'Day 2 catch-up: I called my mum on Tuesday. Day 3: wrote to my old maths teacher Mr. Byrne.',
    names: ['Mum', 'Mr. Byrne'],
  },
  'thanks said with no object': {
    text: 'My partner Sasha made me breakfast in bed, and I finally said thank you properly.',
    names: ['Sasha'],
  },
  'a group, then its members by name': {
    text: 'Said thanks to the cleaners at the gym, Rosa and Miguel.',
    names: ['Rosa', 'Miguel'],
  },
  'a bare name as the whole reply': { text: 'Ana', names: ['Ana'] },
  'a bare relationship as the whole reply': { text: 'my mom!', names: ['Mom'] },
  'grateful is not thanked': { text: "I'm grateful for my sister Lucy every day.", names: [] },
  'a message sent to a place has no person understood': {
    text: 'My sister said I should thank the ER doctor. I sent a message to the hospital.',
    names: [],
    someone: false,
  },
  'a bare answer that is only a plan': { text: "Anna! I'm going to call her tomorrow.", names: [] },
  'a relationship answer that is only a plan': {
    text: 'My grandma. Will call her tonight to say thanks.',
    names: [],
  },
  // catch-up, long, emoji
  'catch-up for earlier days': {
    text: 'Catching up: on Tuesday I called my aunt Leila, and yesterday I thanked Mr. Fisher.',
    names: ['Leila', 'Mr. Fisher'],
  },
  'emoji around a name': { text: 'Thanked Rosa 🙏 for the soup when I was sick 🤒', names: ['Rosa'] },
  // a sentence-initial verb is not a name: told by what follows it
  'a verb before "by"': { text: "Stopped by Kwame's garage and thanked him for the tyre.", names: ['Kwame'] },
  'a verb before "with"': { text: 'Reconnected with Ilse after a decade and thanked her.', names: ['Ilse'] },
  'a verb before "out"': {
    text: 'Turns out Petra still has my mixtape. Thanked Petra for keeping it.',
    names: ['Petra'],
  },
  'a verb before "up with"': {
    text: 'Caught up with Rosalind and thanked her for the introduction.',
    names: ['Rosalind'],
  },
  'a verb before "when"': {
    text: 'Remember when Mr. Kaur taught us fractions? Today I wrote to my aunt Bea to thank her.',
    names: ['Bea'],
  },
  'a name that opens a sentence and stands mid-sentence too': {
    text: 'Dalia with her famous soup again! I thanked Dalia for it.',
    names: ['Dalia'],
  },
  // possessives belong to a person a pronoun can name
  "a possessive place's owner": {
    text: "Left a note in Mr. Hughes's mailbox thanking him for shoveling our walk.",
    names: ['Mr. Hughes'],
  },
  "a gift at someone's house, to thank her": {
    text: "Dropped cookies at Mrs. Okoye's house to thank her for the casserole.",
    names: ['Mrs. Okoye'],
  },
  "the person behind someone else's possessive": {
    text: "Thanked Ahmed's wife Leila for the dinner.",
    names: ['Leila'],
  },
  'a shop named for its owner is a place': {
    text: 'I thanked the cashier at Lou’s, Marguerite.',
    names: ['Marguerite'],
  },
  // German titles
  'German "Herrn" is written back as "Herr"': {
    text: 'Ich habe Herrn Jürgen Weiß angerufen und mich bedankt.',
    names: ['Herr Jürgen Weiß'],
  },
  // groups
  'a club as one entry': {
    text: 'Thanked my book club for getting me through the winter.',
    names: ['Book club'],
  },
  'a choir as one entry': { text: 'Sent a card to my church choir to thank them.', names: ['Church choir'] },
  // thanks as the purpose of something done, or as a thing given
  'a purpose after a verb the writer did': {
    text: 'My husband Raj drove me to the clinic so I could thank Dr. Mensah in person.',
    names: ['Dr. Mensah'],
  },
  'a purpose that is only planned': { text: "I'm going over to Mrs. Okoye's house to thank her.", names: [] },
  'thanks that went to someone': {
    text: 'Big thanks went to my landlord Mr. Abiodun today.',
    names: ['Mr. Abiodun'],
  },
  'a gift given as a thank you': {
    text: 'Got coffee for Darnell, the janitor, as a thank you.',
    names: ['Darnell'],
  },
  'a gift only planned as a thank you': { text: "I'll get coffee for Darnell as a thank you.", names: [] },
  // pronouns
  'a clipped "em" with the people beside it': {
    text: 'Messaged em both, Kofi and Ama, to say thanks.',
    names: ['Kofi', 'Ama'],
  },
  // mentioned, not thanked
  'told about the challenge is not thanks': {
    text: 'I told my wife about the challenge and she said I should thank Uncle Femi. So I called him.',
    names: ['Uncle Femi'],
  },
  'a physio only mentioned': {
    text: 'Called my dad. His physio, Lorna, has been amazing too, and Dad says hi.',
    names: ['Dad'],
  },
  'the assistant who replied': {
    text: 'Texted my ex-boss Brenda to thank her for the recommendation. Her assistant Tim replied.',
    names: ['Brenda'],
  },
  // sentence shapes that put the person elsewhere
  'a cleft puts the person first': {
    text: 'It was Femi I rang in the end, my godfather. Thanked him for the driving lessons.',
    names: ['Femi'],
    relationships: { Femi: 'godfather' },
  },
  'a name, then a sentence that only describes them': {
    text: 'Wren. My old piano teacher. Emailed her to say thanks for the scales.',
    names: ['Wren'],
  },
  'a group, then its members listed': {
    text: 'Thanked the three cooks at the shelter:\n- Ines\n- Bart\n- Yoko',
    names: ['Ines', 'Bart', 'Yoko'],
  },
  'a fronted object': { text: 'To Ngozi I said thanks, the girl who found my wallet.', names: ['Ngozi'] },
  'an emphatic "did" with a plain verb': {
    text: 'Nothing fancy, but I did ring Aurelio and thank him for the spare key.',
    names: ['Aurelio'],
  },
  'texting verbs': { text: 'msgd tamsin from work!! thanked her 4 the lifts', names: ['Tamsin'] },
  // who is behind a description
  "a plural possessive's head": {
    text: 'Thanked my parents’ neighbour, Mrs. Quaye, for checking on them every morning.',
    names: ['Mrs. Quaye'],
  },
  'a pronoun passes over a relative clause': {
    text: 'Wrote to Mr. Dunleavy, the landlord who let my mum stay on rent-free, and thanked him.',
    names: ['Mr. Dunleavy'],
  },
  'a name learned later renames the description': {
    text: 'I thanked the nurse who looked after my father. Her name turned out to be Siobhan Kerr.',
    names: ['Siobhan Kerr'],
  },
  'a comparison is not a relationship': {
    text: "Went over to Mrs. Asante's with flowers. She has been like a second mum to me, so I thanked her.",
    names: ['Mrs. Asante'],
  },
  'an interjection is not a name': {
    text: 'Ha, easy one. I called Kerensa and thanked her for the weekend.',
    names: ['Kerensa'],
  },
  'a German noun phrase is not a name': {
    text: 'Ich habe meinem alten Nachbarn Herrn Vogt für die drei Jahre Hilfe gedankt.',
    names: ['Herr Vogt'],
  },
  // descriptions a place makes specific, and words that are never names
  'a description with the place that says which one': {
    text: 'Thanked the bus driver on the 40 this morning.',
    names: ['Bus driver on the 40'],
  },
  'people next door': {
    text: 'Left a card for the couple next door to thank them for taking in our parcels.',
    names: ['Couple next door'],
  },
  'a quantity is not a couple': {
    text: 'Called Wendell a couple of times before I reached him and thanked him.',
    names: ['Wendell'],
  },
  'kin at an event keeps no place': { text: 'Thanked my sister at the wedding.', names: ['Sister'] },
  'a contraction is not a name': {
    text: "They'd been so patient. I thanked Mirela and Oskar for covering my shifts.",
    names: ['Mirela', 'Oskar'],
  },
  'a language and a degree are not names': {
    text: 'Emailed Ife, who supervised my PhD, and thanked Mrs. Ellery for making Latin bearable.',
    names: ['Ife', 'Mrs. Ellery'],
  },

  // people named together, then a plural pronoun
  'a plural pronoun takes the people named together': {
    text: 'My nephews, Tobiah and Ezekiel, raked every leaf in my garden on Saturday. Thanked em with pizza.',
    names: ['Tobiah', 'Ezekiel'],
  },
  'a plural pronoun after a name and a relative': {
    text: 'Looked up Ingeborg and her husband Sven, who took me in my first winter in Oslo. Rang them both tonight.',
    names: ['Ingeborg', 'Sven'],
  },
  'a list of names with where they are from, then "them"': {
    text: 'Four at once: Malak, Odile and Bashir from my choir. Sent them all a voice note to say thanks.',
    names: ['Malak', 'Odile', 'Bashir'],
  },
  'a group in a relative clause is not the pair named': {
    text: 'Two this time. Mr. Farrokh, who ran the chess club at my school, and his daughter Leyla, who coached half the club. Phoned them both.',
    names: ['Mr. Farrokh', 'Leyla'],
  },
  'names on lines after a colon and a blank line': {
    text: 'Wrote to the old band, a message each:\n\nJuniper\nCasimir\nOona\n\nThanked them for the van tours.',
    names: ['Juniper', 'Casimir', 'Oona'],
  },
  'an understood recipient takes the number of the pronoun before it': {
    text: 'Two nurses I never thanked: the night nurse, Bronagh, who sat with me, and the day nurse, Ifeoma, who made me walk. Tracked them both down online and sent a message.',
    names: ['Bronagh', 'Ifeoma'],
  },
  // mentioned is not thanked
  'a description said of the one thanked is not a second person': {
    text: 'Mrs. Adeyemi. She was my chemistry tutor and never once made me feel slow. Wrote her a letter tonight.',
    names: ['Mrs. Adeyemi'],
  },
  'the writer describing themselves is not a person': {
    text: "I rang Lorcan, who got me through my first year. I'm a paramedic now, and I told him so. Thanked him for all of it.",
    names: ['Lorcan'],
  },
  'whoever suggested it is not the one a pronoun names': {
    text: 'My flatmate Sunniva suggested I reach out to Bartosz, who I lost touch with after uni. Texted him and thanked him for the loan.',
    names: ['Bartosz'],
  },
  'a thing left somewhere for him': {
    text: 'Our bin man is called Desmond. I left a thank-you note on the bin lid for him this morning.',
    names: ['Desmond'],
  },
  "a card and a gift left at the group's desk": {
    text: "The physios on the rehab ward. They got my mum walking again. I left a card and a box of fudge at the physios' office.",
    names: ['Physios on the rehab ward'],
  },
  'chocolates and thanks to the pair, not to the one they helped': {
    text: "The two librarians at the Elm Road branch. They've found every book my son asked for. Brought them flapjacks and said thank you.",
    names: ['Two librarians at the Elm Road branch'],
  },
  // capitalised words that are not names
  'a sentence-initial past verb with a particle': {
    text: "Nipped over to Mr. Abernethy's workshop with a flask of tea. Thanked him for fixing my bike for free.",
    names: ['Mr. Abernethy'],
  },
  'a sentence-initial past verb with "with"': {
    text: 'Caught up with Wilhelmina, my old swim coach from Leeds. Thanked her for the 6am starts.',
    names: ['Wilhelmina'],
  },
  'a capitalised modifier before a role word': {
    text: 'Emailed my old French teacher, Mr. Okafor, to thank him.',
    names: ['Mr. Okafor'],
  },
  'a capitalised modifier before a role word, then the real name': {
    text: 'I thanked my old Girl Guide leader. We called her Brown Owl, but her real name is Margery Tebbutt.',
    names: ['Margery Tebbutt'],
  },
  'an exclamation then a description in a sentence of its own': {
    text: 'Grace! My first landlady in London. She let me pay late every month that winter. Called her tonight.',
    names: ['Grace'],
  },
  'an adjective before a name closing a story': {
    text: 'I thanked Wojtek, who walks my dog when I work late. He shrugged and said it was nothing. Typical Wojtek.',
    names: ['Wojtek'],
  },
  // titles, roles with names
  'a name in brackets after a role': {
    text: 'The woman at the dry cleaner (Rukhsana) who got the wine out of my coat. Told her she is a miracle worker.',
    names: ['Rukhsana'],
  },
  'a role outside somewhere, then the name': {
    text: 'Thanked the crossing guard outside the library, Mrs. Pemberton, who knows every child by name.',
    names: ['Mrs. Pemberton'],
  },
  'a two-word title before a full name': {
    text: 'Flight Lieutenant Imogen Achterberg taught me to fly a glider. Wrote to her through the club and she answered.',
    names: ['Flight Lieutenant Imogen Achterberg'],
  },
  'an ampersand inside a place': {
    text: 'The lunch crew at Salt & Rye. They know my order by heart. Thanked all of them today.',
    names: ['Lunch crew at Salt & Rye'],
  },
  'a place after "from" is not a person': {
    text: 'Reconnected with Gianluca, my host brother from Perugia. Sent him a message thanking him for that summer.',
    names: ['Gianluca'],
  },
  // acts
  'gave a relative with an appositive name a card': {
    text: 'Gave my stepmum, Rosalind, a card this morning.',
    names: ['Rosalind'],
  },
  'two relatives thanked together': {
    text: 'Thanked my gran and my grandad together on the phone.',
    names: ['Gran', 'Grandad'],
  },
  'a foreign thanks said to someone': {
    text: 'Said danke to Lieselotte, the baker downstairs, for the extra roll she slips me.',
    names: ['Lieselotte'],
  },
  'a Spanish purpose clause': {
    text: 'Ayer fui a ver a mi abuelo Teodoro para darle las gracias por enseñarme a pescar.',
    names: ['Teodoro'],
  },
  'a French purpose clause': {
    text: 'Je suis allée voir Mme Carpentier, ma voisine, pour la remercier de ses confitures.',
    names: ['Mme Carpentier'],
  },
  'a French time word before the person': {
    text: "J'ai écrit hier soir à M. Dufresne, mon ancien patron.",
    names: ['M. Dufresne'],
  },
  'a French possessive is not a son': {
    text: "J'ai remercié Mme Lagarde. Je lui ai laissé un mot à son bureau.",
    names: ['Mme Lagarde'],
  },
  'list lines are one person each, not a name and its description': {
    text: 'Thanked three people today:\n* Ines at the front desk\n* my flatmate\n* Mr. Oduya',
    names: ['Ines', 'Flatmate', 'Mr. Oduya'],
  },
  'a group met on purpose, then thanked': {
    text: 'Came in early to catch the night porters on ward 9 and thanked them, every one of them.',
    names: ['Night porters on ward 9'],
  },
  'a place chained to a place': {
    text: 'The three baristas at the kiosk on Harbour Road. They remember everyone. Left them a card today.',
    names: ['Three baristas at the kiosk on Harbour Road'],
  },
  'a description with no article opening the reply': {
    text: 'Lollipop lady at the school gate, never got her name. She knows every kid. Thanked her this morning.',
    names: ['Lollipop lady at the school gate'],
  },
  'a Spanish relative with a kinship title and a purpose': {
    text: 'He llamado a mi abuela Consuelo para darle las gracias por los veranos en el pueblo.',
    names: ['Consuelo'],
  },
  'a thing dropped off at a place': {
    text: "The carers at Elmwood House. They looked after my grandad for a year. I dropped off a card and some cake at the carers' office.",
    names: ['Carers at Elmwood House'],
  },
  'a sentence-initial verb with "round"': {
    text: "Nipped round to Mrs. Ferreira's with some scones. Thanked her for feeding my cat.",
    names: ['Mrs. Ferreira'],
  },
  '"is called" names the one described': {
    text: 'Our lollipop man is called Horace. I left a thank-you card at the crossing for him.',
    names: ['Horace'],
  },
  'went to thank someone who had moved away': {
    text: "Went round to thank Gwendolyn but she's moved away. Nobody had a number for her.",
    names: [],
    someone: false,
  },
  'a kinship word from another language': {
    text: 'I rang my farmor and thanked her for teaching me to bake.',
    names: ['Farmor'],
  },
  'a French possessive is not a son (after a name)': {
    text: "J'ai appelé Mme Brossard pour la remercier. Je lui ai laissé un mot à son cabinet.",
    names: ['Mme Brossard'],
  },
  'a person named long before the thanks': {
    text: 'This is a long one. When I was fifteen I nearly failed everything. It was Mrs. Ostrowska, the school librarian, who noticed. She let me sit in the library at lunch. She lent me books. She asked about home. She never told anyone. She just kept asking. I got through my exams. I went to university. I became a teacher myself. I never went back. This week I found her address. I thanked her with a long letter.',
    names: ['Mrs. Ostrowska'],
  },
  // everyday replies of many shapes
  'an everyday reply (1): My brother-in-law Teodor fixed our boiler on Chr': {
    text: 'My brother-in-law Teodor fixed our boiler on Christmas Eve. Gave him a bottle of whisky and a proper thank-you.',
    names: ['Teodor'],
  },
  'an everyday reply (2): Wrote to Professor Adaeze Nwosu': {
    text: "Wrote to Professor Adaeze Nwosu, who supervised my master's. She wrote back within the hour.",
    names: ['Professor Adaeze Nwosu'],
  },
  'an everyday reply (3): Called my aunt and uncle in Cork': {
    text: 'Called my aunt and uncle in Cork. Thanked them both for having me every summer.',
    names: ['Aunt', 'Uncle'],
  },
  'an everyday reply (4): Today it was the receptionist at my GP surgery': {
    text: 'Today it was the receptionist at my GP surgery, Maureen. She squeezed me in last week. I told her she made my month.',
    names: ['Maureen'],
  },
  'an everyday reply (5): Sent a voice note to my old flatmates': {
    text: 'Sent a voice note to my old flatmates, Rhys and Tamsin, to say thanks for putting up with my drumming.',
    names: ['Rhys', 'Tamsin'],
  },
  'an everyday reply (6): Thanked Kwabena for lending me his car while min': {
    text: 'Thanked Kwabena for lending me his car while mine was in the garage. His wife Abena insisted I keep it another week.',
    names: ['Kwabena'],
  },
  "an everyday reply (7): My daughter's teacher": {
    text: "My daughter's teacher, Mr. Lindqvist, has been amazing this term. I emailed him to say so.",
    names: ['Mr. Lindqvist'],
  },
  'an everyday reply (8): Finally thanked the neighbour who shovels our dr': {
    text: 'Finally thanked the neighbour who shovels our drive every winter. His name is Dariusz, it turns out.',
    names: ['Dariusz'],
  },
  'an everyday reply (9): Rang Nan': {
    text: "Rang Nan. She cried. Then I rang Grandad Pete, who didn't cry but went very quiet.",
    names: ['Nan', 'Grandad Pete'],
  },
  'an everyday reply (10): I hugged my coach': {
    text: 'I hugged my coach, Siobhan, after training and thanked her for not giving up on me.',
    names: ['Siobhan'],
  },
  'an everyday reply (11): Dropped a note through Mr': {
    text: "Dropped a note through Mr. and Mrs. Achebe's door to thank them for the plums.",
    names: ['Mr. Achebe', 'Mrs. Achebe'],
  },
  'an everyday reply (12): Messaged Jun-ho on KakaoTalk to thank him for th': {
    text: 'Messaged Jun-ho on KakaoTalk to thank him for the tutoring. My mum says hi to him too.',
    names: ['Jun-ho'],
  },
  'an everyday reply (13): Texted my ex-boss Harriet': {
    text: "Texted my ex-boss Harriet. She taught me everything about negotiating. No reply yet but that's ok.",
    names: ['Harriet'],
  },
  'an everyday reply (14): Called the vet': {
    text: 'Called the vet, Dr. Amara Osei, to thank her for how kind she was when we put Biscuit down.',
    names: ['Dr. Amara Osei'],
  },
  'an everyday reply (15): A thank-you card for Esme': {
    text: "A thank-you card for Esme, our childminder. She's been with us since the twins were born.",
    names: ['Esme'],
  },
  'an everyday reply (16): Thanked the firefighters at Station 14 with a tr': {
    text: 'Thanked the firefighters at Station 14 with a tray of brownies.',
    names: ['Firefighters at Station 14'],
  },
  'an everyday reply (17): Sat down with Grandma Rosa over tea and told her': {
    text: 'Sat down with Grandma Rosa over tea and told her how much her stories mean to me.',
    names: ['Grandma Rosa'],
  },
  'an everyday reply (18): I wanted to thank my physio but she was off sick': {
    text: 'I wanted to thank my physio but she was off sick, so I thanked the receptionist, Bev, instead.',
    names: ['Bev'],
  },
  'an everyday reply (19): Spoke to Father Michael after Mass and thanked h': {
    text: 'Spoke to Father Michael after Mass and thanked him for visiting Dad in hospital.',
    names: ['Father Michael'],
  },
  'an everyday reply (20): Reached out to Ngozi': {
    text: "Reached out to Ngozi, a colleague from my first job. We hadn't spoken in eight years. Thanked her for covering for me when my son was born.",
    names: ['Ngozi'],
  },
  'an everyday reply (21): Today': {
    text: 'Today: Mr Patel from the corner shop. He always saves me the Guardian. Said thanks and he laughed.',
    names: ['Mr Patel'],
  },
  'an everyday reply (22): Emailed my PhD supervisor': {
    text: 'Emailed my PhD supervisor, Prof. Liang, and thanked her for her patience. My partner, Sam, helped me write it.',
    names: ['Prof. Liang'],
  },
  'an everyday reply (23): Thanked the two paramedics who came when Mum fel': {
    text: 'Thanked the two paramedics who came when Mum fell, Kerry-Ann and Joseph, through the ambulance service website.',
    names: ['Kerry-Ann', 'Joseph'],
  },
  'an everyday reply (24): Phoned my old piano teacher Mrs': {
    text: "Phoned my old piano teacher Mrs. Hollis. She's 91 and remembered every piece I played.",
    names: ['Mrs. Hollis'],
  },
  'an everyday reply (25): I owe so much to my godmother': {
    text: 'I owe so much to my godmother, Philippa. Wrote her a long letter tonight.',
    names: ['Philippa'],
  },
  'an everyday reply (26): Told my manager Chidi that his support during my': {
    text: 'Told my manager Chidi that his support during my divorce meant the world. He went red.',
    names: ['Chidi'],
  },
  'an everyday reply (27): Thanked the lady who runs the food bank': {
    text: 'Thanked the lady who runs the food bank, I think her name is Gloria.',
    names: ['Gloria'],
  },
  'an everyday reply (28): Bought coffee for the school crossing guard': {
    text: 'Bought coffee for the school crossing guard, Mr. Okonkwo, and said thank you for twelve years of waving.',
    names: ['Mr. Okonkwo'],
  },
  'an everyday reply (29): Called my sister': {
    text: "Called my sister. Then my brother. Thanked both for looking after Mum when I couldn't.",
    names: ['Sister', 'Brother'],
  },
  'an everyday reply (30): Wrote a card to the midwives at the Rosie': {
    text: 'Wrote a card to the midwives at the Rosie, the ones who delivered Maya. Took it in today.',
    names: ['Midwives at the Rosie'],
  },
  'an everyday reply (31): My husband drove me to the hospice so I could th': {
    text: 'My husband drove me to the hospice so I could thank the nurse, Adwoa, who sat with my dad at the end.',
    names: ['Adwoa'],
  },
  "an everyday reply (32): Remember when I said I'd never call my old boss?": {
    text: "Remember when I said I'd never call my old boss? Well, I called Gideon. Thanked him for the second chance.",
    names: ['Gideon'],
  },
  "an everyday reply (33): Turns out the postie's name is Lionel": {
    text: "Turns out the postie's name is Lionel. Left him a card in the porch.",
    names: ['Lionel'],
  },
  'an everyday reply (34): Went for a run with Becca and then texted Mo to ': {
    text: 'Went for a run with Becca and then texted Mo to thank him for the marathon training plan.',
    names: ['Mo'],
  },
  'an everyday reply (35): My therapist suggested I thank my younger self': {
    text: 'My therapist suggested I thank my younger self, which felt silly, so instead I thanked my friend Ines.',
    names: ['Ines'],
  },
  'an everyday reply (36): Heard from my cousin that Aunt Lydia had been un': {
    text: 'Heard from my cousin that Aunt Lydia had been unwell, so I phoned her to say thanks for all the birthday cards.',
    names: ['Aunt Lydia'],
  },
  'an everyday reply (37): Stopped by the fire station on Elm Street with c': {
    text: 'Stopped by the fire station on Elm Street with cookies. Thanked the crew for coming out last month.',
    names: ['Crew'],
  },
  'an everyday reply (38): Our book club has kept me sane this year': {
    text: 'Our book club has kept me sane this year. Sent the whole group a thank-you message.',
    names: ['Book club'],
  },
  'an everyday reply (39): Thanked my team at work': {
    text: 'Thanked my team at work: Priyanka, Olu and Henrik. They covered for me all of November.',
    names: ['Priyanka', 'Olu', 'Henrik'],
  },
  "an everyday reply (40): Couldn't reach my grandmother": {
    text: "Couldn't reach my grandmother, but I did get hold of my uncle Bertrand and thanked him.",
    names: ['Bertrand'],
  },
  'an everyday reply (41): Tried calling Mateus twice': {
    text: 'Tried calling Mateus twice, no answer. Texted his sister Luana instead and thanked her for the lift last week.',
    names: ['Luana'],
  },
  'an everyday reply (42): Nobody today': {
    text: 'Nobody today, honestly. Too much going on. Will try tomorrow.',
    names: [],
  },
  'an everyday reply (43): I was going to thank my landlord but chickened o': {
    text: 'I was going to thank my landlord but chickened out. Maybe tomorrow.',
    names: [],
  },
  'an everyday reply (44): Thanked the bus driver this morning': {
    text: 'Thanked the bus driver this morning. He looked surprised!',
    names: ['Bus driver'],
  },
  'an everyday reply (45): Called Mum': {
    text: 'Called Mum, who told me Dad had been asking after me. Thanked her for everything.',
    names: ['Mum'],
  },
  'an everyday reply (46): Said thank you to Ewa at the pharmacy': {
    text: 'Said thank you to Ewa at the pharmacy. She always explains my prescriptions properly.',
    names: ['Ewa'],
  },
  'an everyday reply (47): Ich habe heute meiner Lehrerin Frau Brandt eine ': {
    text: 'Ich habe heute meiner Lehrerin Frau Brandt eine Karte geschrieben und mich für alles bedankt.',
    names: ['Frau Brandt'],
  },
  "an everyday reply (48): J'ai appelé mon grand-père Lucien pour le remerc": {
    text: "J'ai appelé mon grand-père Lucien pour le remercier de m'avoir appris à nager.",
    names: ['Lucien'],
  },
  'an everyday reply (49): Met Joy for coffee and thanked her for being the': {
    text: 'Met Joy for coffee and thanked her for being there when I lost my job.',
    names: ['Joy'],
  },
  'an everyday reply (50): Will': {
    text: 'Will, my oldest friend, got a long email from me today saying thanks for thirty years.',
    names: ['Will'],
  },
  'an everyday reply (51): Thanked Summer': {
    text: 'Thanked Summer, our intern, for reorganising the whole archive. She made it look easy.',
    names: ['Summer'],
  },
  'an everyday reply (52): Posted a thank-you to the volunteers at the anim': {
    text: 'Posted a thank-you to the volunteers at the animal shelter on their Facebook page.',
    names: ['Volunteers at the animal shelter'],
  },
  'an everyday reply (53): Caught Dr': {
    text: 'Caught Dr. Fairweather after my appointment and thanked her for catching the thing on my scan.',
    names: ['Dr. Fairweather'],
  },
  'an everyday reply (54): Thank you for this challenge! Today I thanked my': {
    text: 'Thank you for this challenge! Today I thanked my wife, Naledi, for carrying our family through a hard year.',
    names: ['Naledi'],
  },
  'an everyday reply (55): Left a voicemail for my old coach': {
    text: 'Left a voicemail for my old coach, Mr. Grzegorz Nowak. He was the first person who believed in me.',
    names: ['Mr. Grzegorz Nowak'],
  },
  'an everyday reply (56): Thanked em both': {
    text: 'Thanked em both, Kemi and Tolu, for helping me move. Pizza was on me.',
    names: ['Kemi', 'Tolu'],
  },
  'an everyday reply (57): Dear Gratitude Week': {
    text: 'Dear Gratitude Week, today I wrote to Sister Bernadette, my old headteacher.',
    names: ['Sister Bernadette'],
  },
  'an everyday reply (58): Hugged Grandpa and told him thank you for teachi': {
    text: 'Hugged Grandpa and told him thank you for teaching me chess. He pretended not to hear.',
    names: ['Grandpa'],
  },
  'an everyday reply (59): My sister Keziah drove me to the garden centre w': {
    text: "My sister Keziah drove me to the garden centre where Mr. Oyelaran works, and I thanked him for the roses he saved for Mum's funeral.",
    names: ['Mr. Oyelaran'],
  },
  'an everyday reply (60): Called Dad': {
    text: 'Called Dad. He told me about his friend Reg who just had surgery. Thanked Dad for always picking up.',
    names: ['Dad'],
  },
  'an everyday reply (61): Thanked my yoga teacher Anneliese': {
    text: 'Thanked my yoga teacher Anneliese. Her partner Tomasz runs the studio café and made me a latte while we talked.',
    names: ['Anneliese'],
  },
  'an everyday reply (62): I finally wrote to Mrs': {
    text: 'I finally wrote to Mrs. Fenwick, my old neighbour. Her son Julian gave me her address.',
    names: ['Mrs. Fenwick'],
  },
  'an everyday reply (63): Big thanks today to Rashida from HR': {
    text: "Big thanks today to Rashida from HR. She sorted my parental leave when my manager, Clive, said it couldn't be done.",
    names: ['Rashida'],
  },
  'an everyday reply (64): Texted Lorenzo': {
    text: "Texted Lorenzo. We met at Simone's wedding years ago and he helped me get my first job.",
    names: ['Lorenzo'],
  },
  'an everyday reply (65): Made a point of thanking the cleaner at our offi': {
    text: 'Made a point of thanking the cleaner at our office, Fatou. My colleague Jess joined in.',
    names: ['Fatou'],
  },
  'an everyday reply (66): Honestly? Everyone at the school gate': {
    text: "Honestly? Everyone at the school gate. But if I pick one, it's Carys, who walks my son in when I'm on early shifts. Told her today.",
    names: ['Carys'],
  },
  "an everyday reply (67): Easter is coming so I phoned my godson's mum": {
    text: "Easter is coming so I phoned my godson's mum, Precious, to thank her for including me in everything.",
    names: ['Precious'],
  },
  'an everyday reply (68): Monday': {
    text: 'Monday: emailed Dr. Halloran. Tuesday: forgot. Wednesday: called Aunt Bea.',
    names: ['Dr. Halloran', 'Aunt Bea'],
  },
  'an everyday reply (69): Sunday lunch with the in-laws': {
    text: 'Sunday lunch with the in-laws. Thanked my mother-in-law, Gwen, for the roast and for raising such a kind son.',
    names: ['Gwen'],
  },
  'an everyday reply (70): The pharmacist': {
    text: "The pharmacist, a young guy called Tariq, spent twenty minutes on my mum's medication. I went back to say thank you.",
    names: ['Tariq'],
  },
  'an everyday reply (71): Dropped round to see Nonna Teresa and thanked he': {
    text: 'Dropped round to see Nonna Teresa and thanked her for the recipe book she wrote out for me.',
    names: ['Nonna Teresa'],
  },
  'an everyday reply (72): Thanked Paddy': {
    text: "Thanked Paddy, the caretaker, who fixed the radiator in the hall before the kids' concert.",
    names: ['Paddy'],
  },
  'an everyday reply (73): April': {
    text: 'April, my old flatmate, sent me a birthday card last week, so today I rang her to say thanks for ten years of friendship.',
    names: ['April'],
  },
  'an everyday reply (74): I wanted to thank Ms': {
    text: "I wanted to thank Ms. Oduya but she's on leave, so I'll try next week.",
    names: [],
  },
  'an everyday reply (75): Thought about thanking my ex but decided against': {
    text: 'Thought about thanking my ex but decided against it.',
    names: [],
  },
  'an everyday reply (76): Thanked the guy who found my wallet on the train': {
    text: "Thanked the guy who found my wallet on the train. Didn't get his name but he refused the reward.",
    names: ['Guy who found my wallet on the train'],
  },
  'an everyday reply (77): Thanks to my friend Hamid I finally got my drivi': {
    text: 'Thanks to my friend Hamid I finally got my driving licence. Rang him this evening to tell him it was all his doing.',
    names: ['Hamid'],
  },
  'an everyday reply (78): Wrote in the leaving card for Deirdre at work': {
    text: 'Wrote in the leaving card for Deirdre at work: thank you for being the best mentor.',
    names: ['Deirdre'],
  },
  // classes a fresh sealed batch showed
  'a German role the lexicon lacks, then its name in apposition': {
    text: 'Ich habe heute meinem ehemaligen Ausbilder, Herrn Pohl, eine lange Mail geschrieben.',
    names: ['Herr Pohl'],
  },
  'a German description with its name in apposition': {
    text: 'Ich habe heute meiner früheren Chefin, Frau Albers, eine Karte geschrieben.',
    names: ['Frau Albers'],
  },
  'a name given as "her first name, X"': {
    text: 'The nurse who stitched my hand never told me her surname. I only caught her first name, Ngaio. Left a card for her at the ward desk.',
    names: ['Ngaio'],
  },
  'thanks passed on by an organisation': {
    text: 'I wrote to the hospice and they passed my letter on to Dr. Ferreira-Lopes, who looked after Dad.',
    names: ['Dr. Ferreira-Lopes'],
  },
  'a role word inside a compound noun is not a person': {
    text: 'Rang the Citizens Advice volunteer helpline to say thanks for the help with my benefits appeal.',
    names: [],
    someone: true,
  },
  'a bare group opening the reply after a greeting': {
    text: 'Hello!\n\nDinner ladies. Both of them. Thanked them at pick-up for feeding my fussy eater.',
    names: ['Dinner ladies'],
  },
  'bullets with no intro line': {
    text: '- Kofi from IT\n- the 8:15 train guard\n- my neighbour, Mrs. Doyle\n\nThanked all three today.',
    names: ['Kofi', '8:15 train guard', 'Mrs. Doyle'],
  },
  'a group described by "of"': {
    text: 'Sent a card to the parents of the boy who found my dog.',
    names: ['Parents of the boy'],
  },
  'lower-case names in a list': {
    text: 'called nkechi and femi from church and thanked them both for the lifts',
    names: ['Nkechi', 'Femi'],
  },
  'a number word opening a sentence': {
    text: 'My mentor, Dr. Achebe. Twelve years since she hired me. Emailed her tonight.',
    names: ['Dr. Achebe'],
  },
  'a name after an "of" phrase and a relative clause': {
    text: 'Emailed the founder of the charity that paid for my course, Mrs. Olamide Bakare.',
    names: ['Mrs. Olamide Bakare'],
  },
  'a name read off a badge': {
    text: 'Thanked the man at the hardware shop who cut my keys for free. His name tag said Desmond.',
    names: ['Desmond'],
  },
  'a past verb opening the sentence before a name': {
    text: 'Contacted Wilbur yesterday, my old scoutmaster. Thanked him for the camping trips.',
    names: ['Wilbur'],
  },
  'a name that ends like a past verb': {
    text: 'Ahmed Karimi fixed my boiler for nothing. Texted Ahmed to say thanks.',
    names: ['Ahmed Karimi'],
  },
  'informal words for a person': {
    text: 'Thanked the fella at the car wash. No idea what his name is.',
    names: ['Fella at the car wash'],
  },
  'texting thanks after a lower-case opening answer': {
    text: 'lol ok. my postie!! he always knocks twice. said thank u and he grinned',
    names: ['Postie'],
  },
  'a nickname corrected in the text': {
    text: "Rang Uncle Fudge. Not his real name, it's Uncle Fergus, but nobody calls him that. Thanked him for the fishing trips.",
    names: ['Uncle Fergus'],
  },
  'a twin': {
    text: "Texted my twin. We haven't talked since Dad's birthday. Thanked her for covering for me at school.",
    names: ['Twin'],
  },
  'everyone in a group': {
    text: 'Thanked everyone in my Tuesday running club at the end of the session.',
    names: ['Tuesday running club'],
  },
  'a German noun after a numeral': {
    text: 'Ich habe Mirko angerufen, mit dem ich vor fünf Jahren studiert habe, und mich bedankt.',
    names: ['Mirko'],
  },
  'a role the lexicon lacked, with a relative clause naming someone else': {
    text: "I've never thanked the donor whose blood saved my dad. Wrote a letter through the blood service today.",
    names: ['Donor'],
  },
  'a thing left on something of someone': {
    text: "Left a card on the dashboard of our window cleaner's van. He never charges for the conservatory.",
    names: ['Window cleaner'],
  },
  'a rank of several words before a full name': {
    text: 'Wrote to Station Officer Priya Lal, who pulled me out of the river in 2015.',
    names: ['Station Officer Priya Lal'],
  },
  'a message relayed to the one thanked': {
    text: 'The girl who found my purse lives two doors down. Asked her dad to tell her thank you from me.',
    names: ['Girl who found my purse'],
  },
  'an answer introduced by "today\'s was"': {
    text: "What a week this has been. Today's was Bogdan, the porter at my block.",
    names: ['Bogdan'],
  },
  'a card given to someone described at length': {
    text: "Gave the lollipop man outside my daughter's school, Mr. Abiodun, a thank-you card.",
    names: ['Mr. Abiodun'],
  },
  "a card dropped through someone's door": {
    text: "Dropped a card through Father Declan's letterbox at the presbytery.",
    names: ['Father Declan'],
  },
  'the one told to pass the thanks on is not thanked': {
    text: 'The boy over the road shovelled our path. Told his dad to tell him thanks from us.',
    names: ['Boy over the road'],
  },
  'a group identified by a relative clause': {
    text: 'Today: the three lads who deliver our veg box. Left them a card on the doorstep.',
    names: ['Three lads who deliver our veg box'],
  },
  'a relative clause ends before "for"': {
    text: 'Thanked the man who sells papers outside the tube for always saving me one.',
    names: ['Man who sells papers outside the tube'],
  },
  'a German role right before a titled name': {
    text: 'Ich habe meinem früheren Zahnarzt Herrn Dr. Lindner eine Karte geschickt.',
    names: ['Herr Dr. Lindner'],
  },
  'a short form of a name is the same person': {
    text: 'Called my cousin Alexandra. Thanked Alex for the lifts to the hospital.',
    names: ['Alexandra'],
  },
  'a name, then a sentence describing them with a place after a comma': {
    text: 'Halvard Lindqvist. My first manager, at the ferry office. Wrote him a card today.',
    names: ['Halvard Lindqvist'],
  },
  'a French list repeating its preposition': {
    text: "J'ai écrit à Maëlle et à Gaspard, mes voisins, pour les remercier.",
    names: ['Maëlle', 'Gaspard'],
  },
  'bullets with a comment after a dash': {
    text: 'Two today:\n- Mr. Okpara (my old PE teacher) - email, he was chuffed\n- Auntie Grace - phone call',
    names: ['Mr. Okpara', 'Auntie Grace'],
  },
  'a verbless German message to someone': {
    text: 'Kurze Karte an Frau Brenner, meine frühere Nachbarin: Danke für die Jahre!',
    names: ['Frau Brenner'],
  },
  'a group then its members after a dash': {
    text: 'My team at the allotment - Wendell, Priyanka and Os. Thanked them on Sunday.',
    names: ['Wendell', 'Priyanka', 'Os'],
  },
  'a German purpose clause with um ... zu': {
    text: 'Ich bin zu meiner alten Nachbarin gefahren, um mich bei Frau Kessler zu bedanken.',
    names: ['Frau Kessler'],
  },
  'a German role after a possessive, closing its phrase': {
    text: 'Kurze Nachricht an Herrn Pfister, meinen alten Fahrlehrer: Danke für die Geduld!',
    names: ['Herr Pfister'],
  },
  'a noun before a generic word says who they are': {
    text: 'Thanked the delivery men who carried the sofa up four floors.',
    names: ['Delivery men who carried the sofa up four floors'],
  },
  'an adjective before a generic word does not': {
    text: 'Thanked the young woman on the tram. No idea who she was.',
    names: ['Young woman on the tram'],
  },
  'a noun-modified group with no place or clause': {
    text: 'Waved down the recycling men and said thanks!',
    names: ['Recycling men'],
  },
  'a long relative clause, then the name': {
    text: 'Thanked the guy who feeds the ducks in the park every morning and always says hello to my son. Turns out his name is Barnaby.',
    names: ['Barnaby'],
  },
  'an Italian article before the possessive': {
    text: 'Ho telefonato alla mia zia Carla per ringraziarla dei regali di Natale.',
    names: ['Carla'],
    relationships: { Carla: 'aunt' },
  },
  'a Portuguese article before a name, after "para"': {
    text: 'Liguei para o Tiago e agradeci pela ajuda com a mudança.',
    names: ['Tiago'],
  },
  'a Portuguese message to a grandparent': {
    text: 'Escrevi uma carta ao meu avô Joaquim para lhe agradecer tudo.',
    names: ['Joaquim'],
    relationships: { Joaquim: 'grandfather' },
  },
  'a Dutch possessive, participle last': {
    text: 'Mijn buurvrouw Ineke vandaag bedankt voor het water geven.',
    names: ['Ineke'],
    relationships: { Ineke: 'neighbor' },
  },
  'a German sentence with the subject left out, participle last': {
    text: 'Heute meinem Onkel Bernd eine Nachricht geschickt und mich bedankt.',
    names: ['Bernd'],
  },
  'a German role noun right before a title': {
    text: 'Ich habe meiner Chorleiterin Frau Sommer einen Brief geschrieben.',
    names: ['Frau Sommer'],
  },
  'people in a purpose clause with "so" are the story\'s': {
    text: 'Phoned Uncle Ray. He drove through the night so Gran could see us one last time. I told him it meant everything.',
    names: ['Uncle Ray'],
  },
  'a description with a hyphenated word, then the name': {
    text: "Emailed the manager of my daughter's after-school club, Ms. Ferreira, to say thank you.",
    names: ['Ms. Ferreira'],
  },
  'a meal given is the thanks': {
    text: 'Took Ambrose from the post room out for a curry. He has sorted our mess for years.',
    names: ['Ambrose'],
  },
  'a short word after a name is no role noun': {
    text: 'Ho scritto a Lorenzo per ringraziarlo.',
    names: ['Lorenzo'],
  },
  'a group we have no word for, then its people between dashes': {
    text: 'Texted the whole Tuesday quiz lot - Gwen, Barney and Lou - to thank them for the birthday surprise.',
    names: ['Gwen', 'Barney', 'Lou'],
  },
  'a weekday says when, not which group': {
    text: 'Thanked my book club at the Thursday meeting.',
    names: ['Book club'],
  },
  '"especially" goes on with the act before it': {
    text: 'Said thank you to my team today. Particularly Rhiannon and Dai, who stayed late all week.',
    names: ['Team', 'Rhiannon', 'Dai'],
  },
  'a German clause with "dass" and someone else as its subject': {
    text: 'Ich habe Onkel Rudi angerufen und mich bedankt, dass er damals mit Oma Karten gespielt hat.',
    names: ['Onkel Rudi'],
  },
  'a French treat offered, then the purpose': {
    text: "J'ai offert un verre à Mathis pour le remercier de son aide au déménagement.",
    names: ['Mathis'],
  },
  'an Italian message sent, with the possessive and no article': {
    text: 'Ho inviato una lettera a mio zio Franco per ringraziarlo.',
    names: ['Franco'],
    relationships: { Franco: 'uncle' },
  },
  'a German apposition after the participle is the same person': {
    text: 'Wir haben Frau Lindner besucht, unsere alte Nachbarin aus der Kantstraße, und ihr für die Jahre gedankt.',
    names: ['Frau Lindner'],
    relationships: { 'Frau Lindner': 'neighbor' },
  },
  'nobody as the object: the act did not happen': {
    text: 'Oggi purtroppo non ho ringraziato nessuno, giornata pesante. Hoy no le di las gracias a nadie.',
    names: [],
  },
  'a Spanish gift planned for tomorrow is not yet thanks': {
    text: 'Mañana le llevaré un pastel a mi tía Rosa para darle las gracias.',
    names: [],
  },
  'a Spanish noun ending in "é" after its article is not a past verb': {
    text: 'Voy a invitar a mi tío Ramón a un café para darle las gracias.',
    names: [],
  },
  'a group named by where it is, in Spanish': {
    text: 'Les di las gracias a las enfermeras de la tercera planta por cuidar a mi abuelo.',
    names: ['Enfermeras de la tercera planta'],
  },
  'a letter that came back because the person moved away is not thanks': {
    text: 'Wrote to my old teacher Ms. Hart but the letter came back, she had moved away.',
    names: [],
  },
  'a lower-case word after a relationship is not a name when the sentence goes on': {
    text: 'texted my sister will be home soon lol',
    names: ['Sister'],
  },
  'a group of people in brackets after one that is only mentioned': {
    text: 'Thanked Gordon for the lift. My neighbours (Tom and Jill) were there too.',
    names: ['Gordon'],
  },
  'the article Spanish speech puts before a first name, after the personal "a"': {
    text: 'Le di las gracias a la Puri por guardarme el sitio en la cola.',
    names: ['Puri'],
  },
  'an Italian article before a first name, after a description and a comma': {
    text: 'Ho scritto al mio vecchio allenatore, il Beppe, per ringraziarlo.',
    names: ['Beppe'],
    relationships: { Beppe: 'coach' },
  },
  'a Portuguese "as" before a plural role is its article': {
    text: 'Agradeci às vizinhas do rés-do-chão e levei bolo para as auxiliares da creche.',
    names: ['Vizinhas do rés-do-chão'],
  },
  'Italian "i" before a possessive is the article, not the writer': {
    text: 'Ho ringraziato i nostri nonni per il pranzo.',
    names: ['Nonni'],
  },
  'a Portuguese preterite in "-ei" before a bare noun is the verb': {
    text: 'Comprei flores à Dona Celeste para lhe agradecer as explicações de matemática.',
    names: ['Dona Celeste'],
  },
  'an Italian negation before the verb': {
    text: 'Non ho ringraziato Giorgio, non ho avuto tempo.',
    names: [],
  },
  'a visit next door to thank someone is done, not planned': {
    text: 'Nipped next door after tea to thank Gwen for signing for my parcel.',
    names: ['Gwen'],
  },
  'next week is still a plan': {
    text: 'Going round next week to thank Gwen for signing for my parcel.',
    names: [],
  },
  'a past verb before a place opens the sentence, a word-name after "to thank" is the person': {
    text: 'Popped upstairs to thank Joy for lending us her ladder.',
    names: ['Joy'],
  },
  'a name ending like a past verb before "home" stays a name': {
    text: 'Alfred home from hospital, so I rang him to thank him for the lifts.',
    names: ['Alfred'],
  },
  'a role as a form of address and the name in apposition are one person': {
    text: 'Thanked Doc, Dr. Ansah, for sorting my knee out before the marathon.',
    names: ['Dr. Ansah'],
  },
  'a bare role, then two more people listed, stays a list': {
    text: 'Thanked Coach, Mrs. Delaney and the physio after the final.',
    names: ['Coach', 'Mrs. Delaney', 'Physio'],
  },
  'a companion opening the sentence with "with" is not thanked': {
    text: 'With my brother we took a hamper round to Mrs. Okafor to thank her for the tutoring.',
    names: ['Mrs. Okafor'],
  },
  'a French group with an elided article, reached by "à"': {
    text: "Avec mes collègues, nous avons offert des fleurs à l'équipe de nuit pour les remercier.",
    names: ['Équipe de nuit'],
  },
  'a German treat given "als Dankeschön" to a dative first name': {
    text: 'Hab der Resi aus dem Laden gestern einen Kaffee spendiert, als kleines Dankeschön.',
    names: ['Resi'],
  },
  'a German treat with no thanks named is not thanks': {
    text: 'Hab der Resi aus dem Laden gestern einen Kaffee spendiert.',
    names: [],
  },
  'thanks owed in a cleft, then a visit with a gift, is thanks given': {
    text: 'The one I never thanked was Mr. Hale, my old driving instructor. Drove over to his house tonight with a bottle of wine.',
    names: ['Mr. Hale'],
  },
  'a group, a dash and a capitalised brand: the brand lists nobody': {
    text: 'Thanked the night porters - left a box of Roses and a card at the desk.',
    names: ['Night porters'],
  },
  'a group then its people after a colon still gives the people': {
    text: 'Thanked my team at work: Priyanka, Olu and Henrik.',
    names: ['Priyanka', 'Olu', 'Henrik'],
  },
  '"to say thanks" after a message goes to the people messaged, not where they are from': {
    text: 'Phoned Agnes from my book club to say thanks for the casseroles.',
    names: ['Agnes'],
  },
  'told to thank someone next door, then a visit with a gift': {
    text: 'My son told me to thank Mrs. Byrne next door for the plums, so I went round with a cake.',
    names: ['Mrs. Byrne'],
  },
  'a gift given "as a thank you" is thanks to the one given it': {
    text: 'Gave the lollipop lady, Mrs Achebe, a tin of biscuits as a thank you for the winter mornings.',
    names: ['Mrs Achebe'],
  },
  '"he said thank you" is not a gift': {
    text: 'Gave Rory a lift to the station and he said thank you.',
    names: [],
  },
  'a German noun after a possessive and an adjective is no name': {
    text: 'Ich habe mich bei meinem Bruder Lukas für die Hilfe in meinem ersten Semester bedankt.',
    names: ['Lukas'],
  },
  'a German role noun before the name still opens it': {
    text: 'Ich habe meinem alten Kumpel Jens geschrieben, um mich zu bedanken.',
    names: ['Jens'],
  },
  'a person word that modifies a thing is no group': {
    text: 'Posted a thank-you in the family group chat for Mum and Grandad.',
    names: ['Mum', 'Grandad'],
  },
  'a message left in a chat goes to the people after "to"': {
    text: 'Left a thank-you on the class thread to Miss Ortiz and Mr. Beale.',
    names: ['Miss Ortiz', 'Mr. Beale'],
  },
  '"thank whoever" names nobody, and the subject of "told me" is not understood as thanked': {
    text: 'My physio told me to thank whoever got me to come in.',
    names: [],
    someone: true,
  },
  'a name that is also a modal, capitalised inside the sentence, is a name': {
    text: 'Went for a walk with Will from the allotments and thanked him for the seedlings.',
    names: ['Will'],
  },
  'the modal "will" still makes a plan': {
    text: 'I will thank my aunt Rosa on Sunday.',
    names: [],
  },
  'texting puts where someone is from before the lower-case name': {
    text: 'texted my old flatmate from uni priya to say thanks for the notes',
    names: ['Priya'],
  },
  'a pet is never thanked nor the one a later pronoun stands for': {
    text: 'Our dog Rolo ran off and Mr. Pryce found him two days later. Wrote Mr. Pryce a note to thank him.',
    names: ['Mr. Pryce'],
  },
  'a pet named again later is still a pet': {
    text: 'When our puppy Bramble was ill the vet, Dr. Osei, came out at midnight. Bramble is fine now. I sent her a card to thank her.',
    names: ['Dr. Osei'],
  },
  'a regular past opening the sentence before an adverb is the verb': {
    text: 'Stayed behind after the match to find the caretaker and thanked him for the pitch.',
    names: ['Caretaker'],
  },
  'a role the lexicon has no word for, right after "thanked", is the person': {
    text: 'Thanked the groundsman at the cricket club for the extra nets.',
    names: ['Groundsman at the cricket club'],
  },
  'a name in brackets after an unlisted role is the person’s': {
    text: 'Thanked the toddler next door (Ezra, 4) for the card he made me.',
    names: ['Ezra'],
    relationships: { Ezra: 'toddler' },
  },
  'a regular past opening the sentence before a capitalised kinship word is the verb': {
    text: 'Walked Gran to the bus stop and thanked her for the scarf.',
    names: ['Gran'],
  },
  'a name ending like a past verb before "is" stays a name': {
    text: 'Ahmed is my neighbour and I thanked him for the ladder.',
    names: ['Ahmed'],
    relationships: { Ahmed: 'neighbor' },
  },
  '"X is my Y" says who X is': {
    text: 'Dolores is my landlady. I thanked her for fixing the boiler so fast.',
    names: ['Dolores'],
  },
  'a Spanish demonstrative opening the sentence is no name, and "esta mañana" is no plan': {
    text: 'Esta mañana llamé a Paco para darle las gracias.',
    names: ['Paco'],
  },
  'a German adverb opening the sentence is no name': {
    text: 'Gestern war ich bei Frau Weber. Jetzt habe ich mich bei ihr bedankt.',
    names: ['Frau Weber'],
  },
  'a thanks word of another language is no name': {
    text: 'Thanked Lars at work. Tak, as he would say.',
    names: ['Lars'],
  },
  'a tick between two sentences ends the first': {
    text: 'Done ✔ Called her at lunch and thanked her. Nobody else today.',
    names: [],
    someone: true,
  },
  'the thanks as the subject that went to someone': {
    text: 'My thank-you went to Mrs. Obi, the dinner lady.',
    names: ['Mrs. Obi'],
  },
  'a thanks that is only going to someone is a plan': {
    text: 'My thank-you is going to Grandpa tomorrow.',
    names: [],
  },
  'a description said to be a name is that person': {
    text: 'The teacher I chose was Mr. Varga. Emailed him this morning to thank him.',
    names: ['Mr. Varga'],
  },
  'a German noun after "jeden" is no name': {
    text: 'Ich habe mich bei Oma bedankt, weil sie jeden Sonntag für uns kocht.',
    names: ['Oma'],
  },
  'an owner named on the way ranks low for a later pronoun': {
    text: 'Rang Kofi, Dad’s old colleague, who looked after us when Dad was away, and thanked him.',
    names: ['Kofi'],
  },
  'a count of people thanked, then who they were': {
    text: 'Thanked two people today. Aisha from the library and my old coach.',
    names: ['Aisha', 'Old coach'],
  },
  'a cleft on someone who only kept saying something is no answer': {
    text: 'It was my brother Tom who kept telling me to do it, so I thanked Mrs. Hale next door.',
    names: ['Mrs. Hale'],
  },
  'a shop named by its owner, with nothing after it, is a place': {
    text: 'Left a card at the butcher’s for Stan.',
    names: ['Stan'],
  },
  'a place after a motion verb and a particle is no person': {
    text: 'Drove up to Harrogate and thanked Auntie Val in person.',
    names: ['Auntie Val'],
  },
  'the prompt’s example person, talked about, is nobody': {
    text: 'Gideon from your example sounds lovely. I thanked my neighbour Ruth.',
    names: ['Ruth'],
  },
  'a name after a colon names the description, not someone inside it': {
    text: 'My thank-you went to the nurse who sat with me the night my dad died: Abena.',
    names: ['Abena'],
  },
  '"Name’s the one" is "Name is"': {
    text: 'Saw Ola and Priti today. Ola’s the one I thanked.',
    names: ['Ola'],
  },
  'someone got a thank-you, and others got one each': {
    text: 'Ivo got a thank-you card, and then the two dinner ladies got one each.',
    names: ['Ivo', 'Two dinner ladies'],
  },
  'a card someone got from another person is not ours': {
    text: 'Mum got a thank-you card from my brother.',
    names: [],
  },
  '"my OH" is the writer’s partner': {
    text: 'Thanked my OH for all the school runs.',
    names: ['OH'],
    relationships: { OH: 'partner' },
  },
  '"a msg" is a message, not a name': {
    text: 'sent my sister jo a msg to say thanks',
    names: ['Jo'],
  },
  '"ice pops" is no father': {
    text: 'Thanked Mr. Dunn, he used to give us ice pops after school.',
    names: ['Mr. Dunn'],
  },
  'a word opening the sentence before "I" is no name': {
    text: 'Closest I got was Mrs. Abara. Wrote to her today.',
    names: ['Mrs. Abara'],
  },
  '"there are three of us: …" introduces people, it does not answer': {
    text: 'There are three of us on the rota: Ama, Kojo and Efua. Thanked Ama today.',
    names: ['Ama'],
  },
  'the writer corrects a name in the same reply': {
    text: 'Thanked Jen for covering my desk. Sorry, I meant Jo not Jen.',
    names: ['Jo'],
  },
  '"telling X that …" is said to them': {
    text: 'Made a point of telling Nia that her playlists got me through exams.',
    names: ['Nia'],
  },
  'a catch-up with one line per day, each line opening with its person': {
    text: 'catching up\nday 3 bex at work, bought her a coffee\nday 4 my neighbour big tony for the ladder\ntoday my nan, rang her',
    names: ['Bex', 'Big Tony', 'Nan'],
  },
  'a day line with nobody on it names nobody': {
    text: 'catching up\nday 3 nobody\nday 4 my sister, texted her',
    names: ['Sister'],
  },
  'Spanish thanks as a clitic pronoun ("se las di")': {
    text: 'Quería darle las gracias a la vecina. Se las di a Carmen esta tarde.',
    names: ['Carmen'],
  },
  'a French catch-up by turns': {
    text: 'Hier, c’était le tour de mon cousin Hugo.',
    names: ['Hugo'],
  },
  'someone else’s thanks passed on by the writer': {
    text: 'Mum asked me to pass on her thanks to Nurse Ellie, so I did.',
    names: ['Nurse Ellie'],
  },
  '"told her thanks" is thanks to her, not her thanks carried': {
    text: 'Ivy from next door dropped by with soup. Told her thanks for always checking on me.',
    names: ['Ivy'],
  },
  'passing on thanks later is a plan': {
    text: 'I’ll pass on your thanks to the team.',
    names: [],
  },
  'a draft that was binned never reached anyone': {
    text: 'Wrote a long note to my old coach, then binned it.',
    names: [],
  },
  'a list of neighbours ends at "next door"': {
    text: 'Thanked Ruth and Amos next door for the plums.',
    names: ['Ruth', 'Amos'],
  },
  'a thing given as the subject that went to a person': {
    text: 'A box of fudge went to Mrs. Pell, our lollipop lady, to thank her.',
    names: ['Mrs. Pell'],
  },
  'a letter to someone as the subject of its sending': {
    text: 'A card to Uncle Ray went in the post this morning.',
    names: ['Uncle Ray'],
  },
  'a thank-you on its way to someone': {
    text: 'Coach Bell kept me in the team all season. A thank-you card is on its way to him.',
    names: ['Coach Bell'],
  },
  'a French participle agrees with the one thanked': {
    text: 'J’ai vu ma sœur Inès et mon frère hier. Je l’ai remerciée.',
    names: ['Inès'],
  },
  'someone "got a call from me", named by a pronoun': {
    text: 'Mr. Ojo fixed our boiler for free. Today he got a call from me to say thanks.',
    names: ['Mr. Ojo'],
  },
  'a list after a colon, each entry after "to"': {
    text: 'Two thank-yous today: to Kemi, my cousin’s girl, who baked for us, and to Ade.',
    names: ['Kemi', 'Ade'],
  },
  'a deletion of another thing in the next sentence leaves the thanks': {
    text: 'Texted Gran to say thank you. Then I wrote a grumpy email to work and deleted it.',
    names: ['Gran'],
  },
  'a failure of the same message in the next sentence undoes the thanks': {
    text: 'Texted Jo to thank her. The message bounced.',
    names: [],
  },
  'a bounce in the next sentence undoes only the last message': {
    text: 'Called Mum and thanked her, then texted Jo. It bounced.',
    names: ['Mum'],
  },
  'a reason for the first person, then the next one thanked': {
    text: 'Thanked Ana for the soup all week, and my neighbour Ben, who walked the dog.',
    names: ['Ana', 'Ben'],
  },
  'a reason, then someone who only said something, is no list': {
    text: 'Thanked Ana for the lift, and my husband said it was overdue.',
    names: ['Ana'],
  },
  'a speech tag after an answer with no thanks is no thanks': {
    text: 'Thanked Aunt Jo. My husband asked if I would stop talking about it. Not yet, I told him.',
    names: ['Aunt Jo'],
  },
  'a speech tag after words said to them is': {
    text: 'You kept me going that year, I told her.',
    names: [],
    someone: true,
  },
  'thanks owed in a cleft and nothing brought stays owed': {
    text: 'The one I never thanked was Mr. Hale, my old driving instructor. Maybe next week.',
    names: [],
  },
  'the last of a list that ends a sentence is no antecedent before its subject': {
    text: 'My cousin Bea came every day. She rang the bank, the insurer, the landlord. Later I phoned her to say thank you.',
    names: ['Bea'],
  },
  'a person alone at the end of a sentence still is': {
    text: 'Spent the morning at the clinic with the physio, Mrs. Okafor. Afterwards I emailed her to say thanks.',
    names: ['Mrs. Okafor'],
  },
  'a person opening the main clause after a comma-less "when" clause is its subject': {
    text: 'When the boiler broke my neighbour Dev fixed it for free. That evening I rang him to thank him.',
    names: ['Dev'],
  },
  'thanks said after a call goes to the one called': {
    text: 'Mo drove me to the clinic, the pharmacy, the shop. I rang him and said thank you.',
    names: ['Mo'],
  },
  '"later" in a story told in the past is no plan': {
    text: 'Later that week I rang Oma to thank her for the quilt.',
    names: ['Oma'],
  },
  '"later" with a plan still is one': {
    text: 'I will ring Oma later to thank her.',
    names: [],
  },
  "someone who answered the writer's thank-you had it": {
    text: 'My old boss replied to my thank-you email with a photo of the team.',
    names: ['Old boss'],
  },
  "someone who wrote back to a message not the writer's was not thanked by it": {
    text: 'Rang Gran. My sister replied to her message later.',
    names: ['Gran'],
  },
  '"That was …" names the one just described': {
    text: 'The nurse who sat with me all night got a card from me. That was Siobhan, on ward 6.',
    names: ['Siobhan'],
  },
  '"That was my brother …" after someone who suggested it is the brother': {
    text: 'My coach said to thank whoever helped most. That was my brother Eoin, so I rang him.',
    names: ['Eoin'],
  },
  'a list goes on over where the last of them lives': {
    text: 'Thanked Bea and Tomasz across the landing for the parcel runs.',
    names: ['Bea', 'Tomasz'],
  },
  'a message not answered yet was sent all the same': {
    text: 'Messaged Kofi to thank him. He hasn\u2019t replied to my message yet.',
    names: ['Kofi'],
  },
  'a negation in an earlier clause does not undo thanks passed on': {
    text: 'I did not have her number, so the school passed my note on to Mrs. Iqbal.',
    names: ['Mrs. Iqbal'],
  },
  'whoever is thanked where they work is a person, whatever the word for them': {
    text: 'Thanked the ayi at the dumpling shop for the extra chilli oil.',
    names: ['Ayi at the dumpling shop'],
  },
  'something thanked at a time is no person': {
    text: 'Said thanks to the universe at the end of the day, then rang Nell to thank her.',
    names: ['Nell'],
  },
  'a group, then its people named in the next sentence, is those people': {
    text: 'Sent a card to the crossing patrol team. The two of them, Sue and Barry, are retiring.',
    names: ['Sue', 'Barry'],
  },
  'a group, then "both of them" with no names, stays the group': {
    text: 'Sent a card to the crossing patrol team. Both of them are retiring.',
    names: ['Crossing patrol team'],
  },
  'a reply opening with people the lexicon has no word for answers with them': {
    text: 'The interns. Left them a box of pastries with a note.',
    names: ['Interns'],
  },
  'a reply opening with a thing answers with nobody': {
    text: 'The basics. Nothing fancy today.',
    names: [],
  },
  'an unlisted role thanked where they work keeps the place': {
    text: 'Thanked the caretaker at the youth club for the lifts.',
    names: ['Caretaker at the youth club'],
  },
  "a group's own name stands for its people": {
    text: 'Left a tin of flapjacks for Tuesday Choir, who sang at the funeral. Thanked them all.',
    names: ['Tuesday Choir'],
  },
  'a watch on the wrist is no group': {
    text: 'Checked my watch and rang Ida to thank her.',
    names: ['Ida'],
  },
  'a visit with a gift after a story about someone is the thanks': {
    text: 'My old coach, a gruff man called Dermot, drove me to every away game for three years. I went over this morning with a bottle of whiskey.',
    names: ['Dermot'],
  },
  'a visit with a gift beside thanks said to someone else adds nobody': {
    text: 'Thanked Mum for the lift. Dermot came too. I went over later with a cake.',
    names: ['Mum'],
  },
  'a rank before a title that is only one after a rank': {
    text: 'Thanked Watch Manager Ola Brandt for the school visit.',
    names: ['Watch Manager Ola Brandt'],
  },
  'a list goes on over "and a …" to a role with a name': {
    text: 'Thanked Mr. Ode and a nurse called Priti.',
    names: ['Mr. Ode', 'Priti'],
  },
  'a place after an article joined to its preposition says which one': {
    text: 'Le di las gracias al conductor del autobús de la línea 40.',
    names: ['Conductor del autobús de la línea 40'],
  },
  'a reply opening "Did it." reports thanks to someone': {
    text: 'Did it. Rang her after work and said all of it.',
    names: [],
    someone: true,
  },
  '"Did it?" as a question reports nothing': {
    text: 'Did it? Not yet, sorry.',
    names: [],
    someone: false,
  },
  'a thank-you posted for someone unknown reports thanks': {
    text: 'Posted a thank-you on the village page for whoever found my keys.',
    names: [],
    someone: true,
  },
  'a photo posted is no thanks': {
    text: 'Posted a photo of the keys on the village page.',
    names: [],
    someone: false,
  },
  'a sentence that is only a message and whom it went to reports it sent': {
    text: 'Rang Mum. Then a txt to Ana to say thx.',
    names: ['Mum', 'Ana'],
  },
  'a message and whom it will go to is a plan': {
    text: 'A card to Mum next week, maybe.',
    names: [],
  },
  'a message written with a verb is read by the verb': {
    text: 'I wrote a long email to my old boss but deleted it.',
    names: [],
  },
  'a reason naming someone else, then a named person with a description': {
    text: 'Thanked my boss for the time off when Gran was ill, and Tove, the nurse on ward 9, who rang every day.',
    names: ['Boss', 'Tove'],
  },
  'a message "pra" someone in Portuguese': {
    text: 'Mandei mensagem pra Sônia ontem.',
    names: ['Sônia'],
  },
  "an understood receiver is the story's person, not one after a preposition": {
    text: 'Mandei mensagem pra Sônia. Ela cuidou de mim e da minha irmã. Finalmente agradeci.',
    names: ['Sônia'],
  },
  '"ended up" and a contact verb in -ing is the act': {
    text: 'Found our old photos, which is how I ended up texting Ines to say thanks.',
    names: ['Ines'],
  },
  'a contact verb in -ing in a story is no act': {
    text: 'Spent the evening texting my sister about the wedding.',
    names: [],
  },
  'a card that went off today to someone is the thanks': {
    text: 'It was time: a card went off today to Mrs. Pryce.',
    names: ['Mrs. Pryce'],
  },
  'an irregular past ends the place of a description': {
    text: 'A girl on my corridor lent me her bike. Wrote her a message to thank her.',
    names: ['Girl on my corridor'],
  },
  'a list line of a person and where they are': {
    text: 'Two today:\n- Gwen, the lollipop lady outside the school\n- my boss',
    names: ['Gwen', 'Boss'],
  },
  'a list line of people the lexicon has no word for': {
    text: 'Thanked:\n- Ola\n- the dog walker who does our street',
    names: ['Ola', 'Dog walker'],
  },
  '"I finally did" after what should have been done': {
    text: 'Mum says I should have written to Nell ages ago, so tonight I finally did.',
    names: ['Nell'],
  },
  '"Turns out he\'s …" names the one just described': {
    text: "Thanked the man who fixed my tyre. Turns out he's Arvid.",
    names: ['Arvid'],
  },
  'a "when" that brings the event after an unfinished clause is no background': {
    text: 'My sister was queueing for coffee when I saw Miss Orr, my old piano teacher, so I said thank you to her.',
    names: ['Miss Orr'],
  },
  'a "when" clause after a finished one stays background': {
    text: 'I thanked Mia when I saw Miss Orr at the shop.',
    names: ['Mia'],
  },
  'a cleft puts its person in focus, after whom it was not': {
    text: 'Not a coach in my case, but after the flood it was Auntie Pearl who put us up. I posted her a card.',
    names: ['Auntie Pearl'],
  },
  'fondness before a name is no relationship': {
    text: 'Rang my dear Winifred to thank her.',
    names: ['Winifred'],
    relationships: { Winifred: null },
  },
  'a verb joined by "and" to what the writer got to do shares its mood': {
    text: 'Orla was at the market. I got to see her and say thank you.',
    names: ['Orla'],
  },
  "thanks said at someone's door goes to whoever lives there": {
    text: 'Mrs. Quill moved away. My brother found her address, so I got to stand on her doorstep and say thank you.',
    names: ['Mrs. Quill'],
  },
  '"was able to thank" is done, "wasn\'t able to" is not': {
    text: "I was able to thank Ifeoma. I wasn't able to thank Bryn.",
    names: ['Ifeoma'],
  },
  'a pseudo-cleft puts its person in focus; a relative clause after a name does not': {
    text: 'My dad was ill, and who kept me going was Mr. Obi. Thanked him today.',
    names: ['Mr. Obi'],
  },
  'a Portuguese object written onto the verb': {
    text: 'A Conceição levou-me ao hospital todos os dias. Hoje liguei-lhe.',
    names: ['Conceição'],
  },
  'a call made or given to someone': {
    text: 'I have made a call to my godmother Teodora. Then I gave Uncle Rui a ring.',
    names: ['Teodora', 'Uncle Rui'],
  },
  'thanks given to someone': { text: 'I have given thanks to Mr. Sato.', names: ['Mr. Sato'] },
  'an adverb between "said" and the thanks': {
    text: 'To Bożena from reception I said today thank you.',
    names: ['Bożena'],
  },
  'an honorific after a name stays with it and out of matching': {
    text: 'The owner, Hemant Kulkarni, gave me a job. Hemant sir is 74 now. I thanked him.',
    names: ['Hemant Kulkarni'],
  },
  "a title being read is nobody; a hand held is its owner's": {
    text: 'Mr. Balogun lives in Ibadan. He was reading Tribune. I held his hand and said thank you.',
    names: ['Mr. Balogun'],
  },
  'kinship words of Indian and Filipino English': {
    text: 'Messaged my Bhaiya to say thank you.',
    names: ['Bhaiya'],
    relationships: { Bhaiya: 'brother' },
  },
  "a group's word before a role names whose role it is": {
    text: 'Thanked my family doctor and our class teacher.',
    names: ['Family doctor', 'Class teacher'],
  },
  'a place of several capitals is no person': {
    text: 'Chiamaka! We shared a room in Queen Amina Hall. I thanked her.',
    names: ['Chiamaka'],
  },
  'an acronym does not stop a reply being read as typed in lower case': {
    text: 'finally thanked mr. okonkwo, he still remembers my staff ID number',
    names: ['Mr. Okonkwo'],
  },
  'a name in brackets in a sentence about learning it names the one described': {
    text: 'A man at the allotments gave me seedlings. I found out his surname when a parcel came (Ignatius Pike), so I left him a note.',
    names: ['Ignatius Pike'],
  },
  'a plural pronoun with no group: the one reached and the one named after it': {
    text: 'Rang Gran. Thanked them both in the end, Grandad was listening in.',
    names: ['Gran', 'Grandad'],
  },
  '"I won\'t pretend I did" undoes nothing': {
    text: "I didn't thank a neighbour today and I won't pretend I did.",
    names: [],
  },
  'a name learned at last, after a colon, names the one described': {
    text: 'The woman at the launderette. I only learned her name this week, when the café owner told me: Bernadette. I thanked her.',
    names: ['Bernadette'],
  },
  'the writer by their own first name, and a bare "Sir", are nobody thanked': {
    text: 'Rang Mr. Okafor. "Sir, it\'s Daniel," I said. I thanked him.',
    sender: 'Daniel Achterberg',
    names: ['Mr. Okafor'],
  },
  'German openers and times of day written with a capital are nobody': {
    text: 'Seit zwölf Jahren hilft mir Dragana. Gestern Abend hab ich sie angerufen und mich bei ihr bedankt.',
    names: ['Dragana'],
  },
  'two people joined by "y", a surname pair still one name': {
    text: 'Les di las gracias a Amparo y Teodoro. Y le escribí a José Ortega y Gasset para darle las gracias.',
    names: ['Amparo', 'Teodoro', 'José Ortega y Gasset'],
  },
  'places after "a"/"à" and streets named after "rue"': {
    text: "Llamé a Nicanor, que se fue a Valparaíso. J'ai écrit à Solange, de la rue Mouffetard à Paris.",
    names: ['Nicanor', 'Solange'],
  },
  'the German simple past has its objects after the verb': {
    text: 'Gestern bedankte ich mich bei meiner Nachbarin Gerlinde. Und ich dankte Frau Weber.',
    names: ['Gerlinde', 'Frau Weber'],
  },
  '"we" thanking someone is not thanking the one beside the writer': {
    text: 'My flatmate Jules and I went to see Bram. We both thanked him.',
    names: ['Bram'],
  },
  'the one beside the writer in a story may be thanked later': {
    text: 'Fintan and I started the same week. Found our old photo, so I texted him to say thanks.',
    names: ['Fintan'],
  },
  'a name corrected in the same reply': {
    text: 'Rang Jonathon at the garage to thank him. Sorry, I mean Jonathan, he hates the o.',
    names: ['Jonathan'],
  },
  'a name corrected with the wrong one named': {
    text: "Thanked Rhiannon. It's Rhian, not Rhiannon, she told me.",
    names: ['Rhian'],
  },
  'one letter alone is no name': { text: 'A. I thanked my mum.', names: ['Mum'] },
  'those who asked the writer to pass on their thanks are not whom it went to': {
    text: 'Called Saskia to thank her. Magnus and Aoife from the desk asked me to pass on theirs.',
    names: ['Saskia'],
  },
  '"Sister" as a nurse\'s or a nun\'s title keeps it with the name': {
    text: 'Sister Agnes sat with me every night. I wrote to thank her.',
    names: ['Sister Agnes'],
  },
  'the example\'s person named after "your example about"': {
    text: 'Your example about Henrietta made me laugh, because mine was Mr. Dubois. Rang him tonight.',
    names: ['Mr. Dubois'],
  },
  'a word opening a sentence before "people" says what kind they are': {
    text: 'Weekday people I thanked today: Farida and Joss.',
    names: ['Farida', 'Joss'],
  },
  'a description after a comma with its own verb is no apposition': {
    text: 'I thanked Rosalind, my boss had suggested it.',
    names: ['Rosalind'],
    relationships: { Rosalind: null },
  },
  'a word in capitals is no name unless the reply is in capitals': {
    text: 'Called Saskia, who wrote SHORTER on every draft, to thank her.',
    names: ['Saskia'],
  },
  "a negation in another clause of a list's introduction does not deny the thanks": {
    text: "I thanked three today, I just couldn't choose: Odile, Baptiste and Grete.",
    names: ['Odile', 'Baptiste', 'Grete'],
  },
  'German people joined by "und" before the participle are all its objects': {
    text: 'Ich habe mich heute bei Lotte, Ansgar und Wiebke bedankt.',
    names: ['Lotte', 'Ansgar', 'Wiebke'],
  },
  'each entry of a list may repeat its preposition': {
    text: 'Heute habe ich mich bei drei Leuten bedankt: bei Vroni, bei Vitus und bei Mats.',
    names: ['Vroni', 'Vitus', 'Mats'],
  },
  'an entry may be followed by a description nobody is named in': {
    text: 'Hoy di las gracias a dos: a mi portero, que me sube los paquetes, y a Nines, mi vecina del quinto, que me riega las plantas.',
    names: ['Portero', 'Nines'],
  },
  'a formal German possessive is no name': {
    text: 'Bei Ihrem Beispiel musste ich an Onkel Pepi denken. Heute habe ich ihn angerufen und mich bedankt.',
    names: ['Onkel Pepi'],
  },
  "a group word alone opening the reply is the day's kind of person when someone is named after": {
    text: 'Neighbours in the widest sense today. I thanked Ottilie from the corner shop.',
    names: ['Ottilie'],
  },
  'a word for people in another language is no name': {
    text: 'Gente a la que le agradecí hoy: Chiche y mi compañera de depto.',
    names: ['Chiche', 'Compañera de depto'],
  },
  'a helper named as someone\'s ("her colleague Iñigo") is not the "her" thanked after': {
    text: 'I wrote to Rosalía, the volunteer at the helpline. Her colleague Iñigo found me the address. I thanked her for staying on the line.',
    names: ['Rosalía'],
  },
  'a surname after several particles belongs to the name': {
    text: 'Texted Joaquín de los Santos, the coach, to thank him.',
    names: ['Joaquín de los Santos'],
    relationships: { 'Joaquín de los Santos': 'coach' },
  },
  'an apposition may follow the day the person was reached': {
    text: 'I rang Dr. Obi today, the surgeon who rebuilt my knee. Her assistant Toni put me through. I thanked her.',
    names: ['Dr. Obi'],
    relationships: { 'Dr. Obi': 'surgeon' },
  },
  'a cleft on whoever suggested the thanks, named in an apposition, is not whom it went to': {
    text: 'It was my coach, Imelda, who suggested I thank the groundsman. I found Declan by the shed and said, "Declan, thank you."',
    names: ['Declan'],
  },
  "thanks in the writer's quoted words goes to the one addressed in them": {
    text: 'Saw Declan at the shed. I said, “Declan, thank you for nine years of straight lines.”',
    names: ['Declan'],
  },
  'a quotation may run over several sentences before its thanks': {
    text: 'When Mrs. Achterberg came out I said, "Mrs. Achterberg, you are the reason I read. Every book is your fault. Thank you."',
    names: ['Mrs. Achterberg'],
  },
  'thanks in quoted words wins over a pronoun before the verb': {
    text: 'Escribí a Maite. Mi hermana Lucía me pasó su número. Le dije: «Maite, gracias por todo».',
    names: ['Maite'],
  },
  "someone else's quoted thanks is not the writer's": {
    text: 'I helped Gwilym carry his shopping up. He said, "Thank you, love."',
    names: [],
  },
  'a nickname in brackets before "to everyone" names the same person': {
    text: 'My cousin Valentina (Tina to everyone except her mother) got a call from me. I said, "Tina, thank you."',
    names: ['Valentina'],
  },
  'someone approached and then thanked is no place': {
    text: 'After class I went up to Ingeborg and said thank you.',
    names: ['Ingeborg'],
  },
  'a list after "I could not decide on one, so I have thanked two"': {
    text: 'I could not decide on one, so I have thanked two: Cosmo, who tunes my piano, and Ethelwyn.',
    names: ['Cosmo', 'Ethelwyn'],
  },
  'a greeting of another language opening the reply is no name': {
    text: "Bonsoir ! J'ai enfin envoyé un message à Enora pour la remercier.",
    names: ['Enora'],
  },
  'a past verb opening a sentence before an object pronoun is no name': {
    text: 'Rang Oluwaseun last night. Caught her before she left and said thank you.',
    names: ['Oluwaseun'],
  },
  'a note and a gift left together for someone go to them': {
    text: 'Left a thank-you note and a tin of flapjacks for Ferdinand, the mechanic.',
    names: ['Ferdinand'],
  },
  'a town named after a saint in one word is no person': {
    text: "J'ai écrit à Gwenola, ma correspondante du collège de Saint-Malo. Je l'ai remerciée.",
    names: ['Gwenola'],
  },
  'a pronoun with nobody before it is the one the next sentence is about': {
    text: 'Caught him after practice and said thanks for the lifts. Coach Barrowman just nodded.',
    names: ['Coach Barrowman'],
  },
  'telling someone they are the reason for something is to them': {
    text: "Amarachi sends a pun every morning, and today I told her they're the reason I get up.",
    names: ['Amarachi'],
  },
  'a description, then the name typed in lower case after a comma': {
    text: 'the man who sweeps the platform, desmond. said thanks to him this morning',
    names: ['Desmond'],
  },
  'typed in lower case, a full name after a thing and "to"': {
    text: 'posted a card through the door to wilfred ashdown who fixed my gate for nothing',
    names: ['Wilfred Ashdown'],
  },
  'typed in lower case, a description we have no word for, then the name beside it': {
    text: 'this afternoon i rang my old site foreman, paddy keogh, to say thank you',
    names: ['Paddy Keogh'],
  },
  'typed in lower case, a description after the name is the same person': {
    text: 'rang florentino, my grans lodger for years, n thanked him for all those games',
    names: ['Florentino'],
  },
  'typed in lower case, names opening the lines of a list': {
    text: 'ppl i thanked today\n- marguerite at the bakery till\n- ignatius from the night bus\n- my landlady',
    names: ['Marguerite', 'Ignatius', 'Landlady'],
  },
  'typed in lower case, the entries after a count of people': {
    text: 'thanked two ppl today. my old swimming coach who drove me to every gala, and radoslav who fixed my laptop',
    names: ['Old swimming coach', 'Radoslav'],
  },
  'typed in lower case, a name alone, then a pronoun': {
    text: 'ottilie!! me n her shared a desk all thru uni. messaged her this morning n thanked her',
    names: ['Ottilie'],
  },
  'typed in lower case, a name opening a clause before its verb': {
    text: 'then marisol from across the road pulled over n gave me a lift. told her thanks',
    names: ['Marisol'],
  },
  'typed in lower case, a name beside the writer': {
    text: 'me n vilja were glued together all year. voice noted her this morning n thanked her',
    names: ['Vilja'],
  },
  'typed in lower case, a name and "and i" after a verb is its object': {
    text: 'my son in law found her number and i rang her at the home. i thanked mrs. gathercole',
    names: ['Mrs. Gathercole'],
  },
  'a card written but still to be given is thanks planned': {
    text: 'I have written Mr. Quigley a card and shall hand it to him first thing tomorrow.',
    names: [],
    someone: false,
  },
  'thanks intended and missed is no thanks': {
    text: 'I fully intended to thank Mrs. Ferrier today, but she had gone home with a cold.',
    names: [],
    someone: false,
  },
  'a description after the time the person was rung': {
    text: 'I telephoned Godfrey last night, my old chess partner from the club. I thanked him.',
    names: ['Godfrey'],
    relationships: { Godfrey: 'chess partner' },
  },
  'a place someone retired to is no person': {
    text: 'I have written to Mr. Pocklington. He has retired to Suffolk. I thanked him for the articles.',
    names: ['Mr. Pocklington'],
  },
  'a compound made with a day or a feast is no name': {
    text: 'I found her address in an old Christmas-card list and thanked Violet.',
    names: ['Violet'],
  },
  'the day\'s kind of person with "a" opening the reply, before whom it was': {
    text: 'An old friend, yes. I wrote to Violet and thanked her for thirty years of letters.',
    names: ['Violet'],
  },
  'a second description of the same person, hedged, is no second person': {
    text: "Rang Françoise, my mother's oldest friend and basically my second mum, and thanked her.",
    names: ['Françoise'],
  },
  'a thing as the subject of telling is not the writer': {
    text: 'When I was fifteen, the youth court more or less told my parents to keep me busy. I thanked Wilmot.',
    names: ['Wilmot'],
  },
  'a name meant, in a P.S., in place of the one written': {
    text: 'I thanked Letitia for her chatter.\n\nP.S. Silly me: I mean Dymphna. It was Dymphna I thanked.',
    names: ['Dymphna'],
  },
  'typed in lower case, a description after a name with no comma': {
    text: 'mr quashie my old sax teacher. sent him a card',
    names: ['Mr Quashie'],
    relationships: { 'Mr Quashie': 'sax teacher' },
  },
  'French text-speak and "depuis" are no names': {
    text: "slt ! jai texté clémence ce soir pcq on s'était pas parlé depuis le lycée, je l'ai remerciée",
    names: ['Clémence'],
  },
  '"two lots of thanking", then each lot': {
    text: 'I have done two lots of thanking. First the volunteers at the lunch club, who fed me soup. Then our neighbours, Laurel and Aubrey. I wrote them a card.',
    names: ['Volunteers at the lunch club', 'Laurel', 'Aubrey'],
  },
  '"the first is" a role we have no word for, then a pronoun': {
    text: 'I thanked two people. The first is the undertaker, who buried my husband. I told him I never forgot it.',
    names: ['Undertaker'],
  },
  'a note left at a place of several words, for someone': {
    text: 'Slipped a thank-you card under the door of the guitar shop for Lorimer.',
    names: ['Lorimer'],
  },
  'a thank-you that went by email to someone': {
    text: "Today's thank-you went by email to Bathsheba Wyndham.",
    names: ['Bathsheba Wyndham'],
  },
  'the example person with what is said of them': {
    text: 'Henrietta and her winter walks in your example could be my Aunt Zinnia. Called her tonight to say thank you.',
    names: ['Zinnia'],
  },
  'a nickname between dashes names the same person': {
    text: 'Rang my cousin Leocadio – Cayo to the whole family – and thanked him. Cayo laughed.',
    names: ['Leocadio'],
  },
  '"and so did" someone': {
    text: 'Anouska and Torben both got a thank-you from me today, and so did little Jorinde.',
    names: ['Anouska', 'Torben', 'Jorinde'],
  },
  'typed in lower case, a name after "to" is no place for whom before it': {
    text: 'posted a card through the door to wilfred ashdown who fixed my gate for nothing',
    names: ['Wilfred Ashdown'],
  },
  'an owner typed with no apostrophe': {
    text: 'thanked 3 today bc i couldnt pick: teuila, torquil n my neighbours little girl mabli who slid a drawing under my door',
    names: ['Teuila', 'Torquil', 'Mabli'],
  },
  'a German noun with no article before a participle or before "zu" and a person is no one': {
    text: 'Hab wieder Kontakt zu Annika aufgenommen, wir haben zusammen Abi gemacht. Ich habe ihr geschrieben und mich bedankt.',
    names: ['Annika'],
  },
  'a description whose relative clause goes on past a joiner, then the name after its comma': {
    text: "The lady who runs the flower stall and waters everyone else's pots outside the chemist, Yevgenia. I thanked her this morning.",
    names: ['Yevgenia'],
  },
  "an entry's order word before what is said of it": {
    text: 'Thanked two: Casimir first, who drove me to every scan, then my aunt, who cooked for a month.',
    names: ['Casimir', 'Aunt'],
  },
  'an aside set off by commas between a message and whom it went to': {
    text: 'I posted a card, glitter and all, to Philippa Dunmore, who taught me to swim.',
    names: ['Philippa Dunmore'],
  },
  "an adverb opening a Spanish sentence before the writer's own verb is no one": {
    text: 'Anteayer le mandé un audio a Fermín y le di las gracias por todo.',
    names: ['Fermín'],
  },
  'a capitalised word after an indefinite article and its adjectives says what kind of person': {
    text: 'Coach Abernethy. The one who kept me going was the coach, a wiry Glaswegian who never sat down. Saw him on Friday and thanked him.',
    names: ['Coach Abernethy'],
  },
  'a language after a role word is no name': {
    text: 'I rang Ilse last night and, in my clumsy Dutch, thanked her for the year she housed me.',
    names: ['Ilse'],
  },
  'a determiner opening a French sentence is no name': {
    text: 'Mon voisin Gérard. Chaque hiver il déneige mon allée. Je lui ai écrit pour le remercier.',
    names: ['Gérard'],
  },
  'a title read aloud in another language is no person': {
    text: 'Mi abuela Pilar. Cada noche me leía Heidi antes de dormir. Hoy la llamé para darle las gracias.',
    names: ['Pilar'],
  },
  'a name opening the reply with a relative clause is the answer': {
    text: "Leopold, who I haven't spoken to in ten years. He covered my shifts for a month and told our manager I was ill. I called him tonight and thanked him.",
    names: ['Leopold'],
  },
  "someone else's people in brackets say nothing of the one named": {
    text: 'Ottilie (her parents were both vets) took in my cat for a month and told the landlord nothing. I wrote to her to thank her.',
    names: ['Ottilie'],
    relationships: { Ottilie: null },
  },
  'a passive thanks names its subject; one made by someone else does not count': {
    text: 'Benedikt has now been thanked. Grandad was thanked by my cousin, not by me.',
    names: ['Benedikt'],
  },
  'a subject pronoun after a subordinate clause is the subject': {
    text: 'Ignatius. When my car broke down he drove me to work for a week and told my boss I was on a course. I thanked him today.',
    names: ['Ignatius'],
  },
  'thank-yous that went to a list going on after a place and past a fond word': {
    text: 'My thank-yous went to Caoimhe and Pietro in payroll, and to little Mila upstairs, who draws me pictures.',
    names: ['Caoimhe', 'Pietro', 'Mila'],
  },
  "one of the writer's own the lexicon has no word for, reached in order to thank": {
    text: 'Messaged my mamgu on Sunday to thank her for the Welsh cakes.',
    names: ['Mamgu'],
  },
  'a role given as the answer is whom a later pronoun means': {
    text: 'My brother was away all that year. The first was our home visitor, who came every Friday. I rang the clinic and thanked her today.',
    names: ['Home visitor'],
  },
  'an interjection opening a reply is no name': {
    text: 'Right, the end of the story: I went back and thanked her.',
    names: [],
    someone: true,
  },
  'a preposition opening a Spanish sentence is no name': {
    text: 'Mi vecino Anselmo me regó las plantas. Durante tres semanas. Hoy le di las gracias.',
    names: ['Anselmo'],
  },
  'a degree of kinship before a kin word': {
    text: 'My step-nan taught me to knit. I rang her tonight and thanked her.',
    names: ['Step-nan'],
  },
  'the way to someone is no one thanked': {
    text: 'It was Ekaterina who got me the job. Found her through an old classmate and called her to thank her.',
    names: ['Ekaterina'],
  },
  'a second description with an indefinite article is the same person': {
    text: 'Jacinta, la portera del edificio, una señora muy seria, me guardó los paquetes todo el verano. Hoy le di las gracias.',
    names: ['Jacinta'],
  },
  'a thing named is no one': {
    text: 'Ffion. We shared a flat and a car (a Fiat called Dorothy). I sent her a card to thank her.',
    names: ['Ffion'],
  },
  "what someone is not, in a speaker's words, is no one else": {
    text: 'Mr. Adeyemi, my driving instructor. He kept booking me in because, as he said, "you\'re not a bad learner, you\'re a nervous one." I wrote to him and thanked him.',
    names: ['Mr. Adeyemi'],
  },
  'whom the writer reached is whom a later pronoun means': {
    text: 'I wrote to Marcellino on WhatsApp; the last time we met was at the funeral of my uncle. I told him thank you for the lifts.',
    names: ['Marcellino'],
  },
  'an answer going on with "And …, who"': {
    text: 'Two people I thanked today. First my old landlady, who waited a month for the rent. And Zdeňka from the shop, who lent me an umbrella.',
    names: ['Old landlady', 'Zdeňka'],
  },
  "a list line's comment after a comma": {
    text: 'Thanked three today:\n- Goran, the caretaker\n- Lena from the café\n- my cuñado, we live together',
    names: ['Goran', 'Lena', 'Cuñado'],
  },
  'a messaging app before a person is no one': {
    text: 'Sent WeChat message to my uncle Zhiwei to thank him.',
    names: ['Zhiwei'],
  },
  'the answer with a word on it': {
    text: 'Seraphina, hands down. We did every Brownies camp together. I wrote to her and thanked her.',
    names: ['Seraphina'],
  },
  'a relative clause on the first one thanked, then the next': {
    text: 'Thanked my dentist, who saw me at seven in the morning when the tooth cracked, and Oyelaran, who drove me there.',
    names: ['Dentist', 'Oyelaran'],
  },
  'any past verb of the writer that hands over a thank-you': {
    text: "Pinned a thank-you card on Gwilym's allotment shed before work.",
    names: ['Gwilym'],
  },
  'a past told in the present, as a learner may': {
    text: 'yesterday i call my aunt rosária to thank her for the jam',
    names: ['Rosária'],
  },
  '"I did it finally:" spelled out after a suggestion to thank someone else': {
    text: 'My boss keeps saying we should thank the cleaners, so I did it finally: I thanked Dorota, who waters our plants.',
    names: ['Dorota'],
  },
  'a hedge of two words opening a sentence is no name': {
    text: 'The woman at the launderette, Halina. Kind of every Saturday I see her. Today I thanked her.',
    names: ['Halina'],
  },
  'receiving told in the present is still to come': {
    text: 'Rang my sister Eluned to thank her. Grandma gets a letter on Monday.',
    names: ['Eluned'],
  },
  'a person word before a kin word is the kin word': {
    text: 'Rang my kid sister to thank her for the lifts.',
    names: ['Kid sister'],
  },
  'a participle opening a sentence is no name': {
    text: 'Walking past the library, I thought of Mrs. Adeyemi. I emailed her and thanked her.',
    names: ['Mrs. Adeyemi'],
  },
  'a role naming the kind of place after it is no one': {
    text: 'Left a note and some flowers at the nurse station for Comfort, who held my hand before the operation.',
    names: ['Comfort'],
  },
  'the things given with a card may take more words': {
    text: 'Left a card and a huge jar of my mum’s lemon curd at reception for Tobiah.',
    names: ['Tobiah'],
  },
};
