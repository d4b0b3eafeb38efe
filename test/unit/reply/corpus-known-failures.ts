/**
 * Development-corpus cases the reply parser does not yet get fully right, each with the class of
 * problem. The corpus test fails when a case not listed here fails, and when a listed case passes:
 * strike a case off when the parser learns it.
 */
export const KNOWN_DEV_FAILURES: Record<string, string> = {
  // Mentioned is not thanked
  'dev-177.eml': 'mentioned: a long story; "the solicitor" is taken, the thanked friend Philippa missed',
  // Capitalised words that are not names
  // Possessives and titles
  'dev-040.eml':
    'titles: the German apposition "meinem alten Ausbilder" after the verb becomes a second person',
  // Groups
  // Misses: short names, odd word order, relationship before the name
  'dev-031.eml': 'miss: "Told em both actually, Dad was on speaker" misses Dad',
  'dev-116.eml': 'miss: "(Mateo, 3)" in a bottom-posted lower-case reply',
  'dev-155.eml': 'miss: the common-word name Hope',
  'dev-160.eml': 'miss: the participant’s own Priya shares the example’s name; "Mentor" is taken',
  'dev-165.eml': 'miss: Mrs. Moran after a pasted reply',
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
};
