/**
 * Development-corpus cases the reply parser does not yet get fully right, each with the class of
 * problem. The corpus test fails when a case not listed here fails, and when a listed case passes:
 * strike a case off when the parser learns it.
 */
export const KNOWN_DEV_FAILURES: Record<string, string> = {
  // Mentioned is not thanked
  'dev-023.eml': 'mentioned: the paramedic is named later in the text; the role is taken instead of the name',
  'dev-173.eml': 'mentioned: "gave my dad a loan" counts Dad beside the thanked bank manager',
  'dev-177.eml': 'mentioned: a long story; "the solicitor" is taken, the thanked friend Philippa missed',
  // Capitalised words that are not names
  'dev-053.eml': 'word order: "To Bo I said thanks" gives "To Bo"',
  'dev-118.eml': 'capitalised: the filler "Ha" is taken, Kerensa missed (inline reply)',
  // Possessives and titles
  'dev-037.eml': 'possessive: "Mrs. Danquah\'s house" loses the person for "second mum"',
  'dev-040.eml':
    'titles: German "Herrn Jürgen Weiß" keeps "Herrn"; "Ausbilder" and "Jahre Lehrzeit" taken as names',
  'dev-062.eml': 'possessive: "my grandparents’ neighbour, Mr. O’Donoghue" gives the grandparents',
  // Groups
  'dev-187.eml': 'group: "the lads at the Tuesday five-a-side" is missed',
  'dev-052.eml': 'group and list: "the three receptionists" is counted beside the three names listed',
  // Misses: short names, odd word order, relationship before the name
  'dev-031.eml': 'miss: "Told em both actually, Dad was on speaker" misses Dad',
  'dev-054.eml': 'miss: "It was Al I called in the end, my stepdad" gives "Stepdad"',
  'dev-055.eml': 'miss: "Jo. My old flatmate." gives "Old flatmate"',
  'dev-116.eml': 'miss: "(Mateo, 3)" in a bottom-posted lower-case reply',
  'dev-155.eml': 'miss: the common-word name Hope',
  'dev-160.eml': 'miss: the participant’s own Priya shares the example’s name; "Mentor" is taken',
  'dev-165.eml': 'miss: Mrs. Moran after a pasted reply',
  'dev-176.eml': 'miss: texting style "msgd priya from uni!!"',
  // Replies in languages the parser does not read yet
  'dev-008.eml': 'language: Danish reply missed; Samsung Danish device line kept',
  'dev-065.eml': 'language: Portuguese reply missed',
  'dev-068.eml': 'language: Swedish "Ringde Astrid" taken as one name',
  'dev-078.eml': 'language: Dutch "Ik" taken as a name; Dutch signature kept',
  'dev-093.eml': 'language: Polish verb taken as a name; Polish iPhone device line kept',
  'dev-098.eml': 'language: German noun "Umzug" taken as a name',
  'dev-115.eml': 'language: German nouns "alten Freund", "Fahrten", "Probe" taken as names (bottom-posted)',
  'dev-198.eml': 'language: Italian "Ho ringraziato Chiara" gives "Ho"',
  'dev-194.eml': 'nobody: German "Heute leider niemandem gedankt" is read as thanking someone',
  'dev-132.eml': 'command: Spanish "dadme de baja" is not read as stop',
  // Signatures and device lines in other languages
  // Quote shapes and layouts
  'dev-120.eml': 'layout: an inline reply in Outlook (unmarked quote) loses the words and the thanked cousin',
};
