/**
 * Corrections by reply are read from the sentence's shape. Each language has its own table; the
 * cases that look like corrections but are not come last, and matter as much.
 */
import { type Correction, readCorrections } from '../../../functions/core/reply/corrections';

/** A compact view of a correction, to keep the tables readable. */
function show(c: Correction): string {
  if (c.kind === 'move') return `move -> ${c.toDay}`;
  if (c.kind === 'remove') return `remove ${c.who.text}`;
  return `${c.wrong ? c.wrong.text : '(the one entry)'} -> ${c.right.text}`;
}
const read = (text: string) => readCorrections(text).corrections.map(show);

const CASES: Record<'en' | 'es' | 'de' | 'fr', [string, string][]> = {
  en: [
    ['his name is Craig, not Greg', 'Greg -> Craig'],
    ['Sorry, his name is Craig, not Greg!', 'Greg -> Craig'],
    ['It was Greg, not Craig.', 'Craig -> Greg'],
    ['Craig not Greg', 'Greg -> Craig'],
    ['not greg, craig', 'Greg -> Craig'],
    ['I thanked Craig, not Greg.', 'Greg -> Craig'],
    ['It was Dr. Patel, not Dr. Singh.', 'Dr. Singh -> Dr. Patel'],
    ['not my brother, my cousin', 'brother -> cousin'],
    ["It wasn't my brother, it was my cousin Craig.", 'brother -> cousin Craig'],
    ['Not Greg but Craig.', 'Greg -> Craig'],
    ['Actually it was my aunt.', '(the one entry) -> aunt'],
    ["wrong name, it's Craig", '(the one entry) -> Craig'],
    ['Oops!\nHer name is Ana.', '(the one entry) -> Ana'],
    ['remove Greg', 'remove Greg'],
    ['Please remove Greg from the list, thanks', 'remove Greg'],
    ['Could you delete Greg?', 'remove Greg'],
    ['take Greg off the list', 'remove Greg'],
    ['that was for day 3', 'move -> 3'],
    ['Sorry, that was meant for day three.', 'move -> 3'],
    ['Move it to day 5 please', 'move -> 5'],
  ],
  es: [
    ['Se llama Craig, no Greg.', 'Greg -> Craig'],
    ['No era mi hermano, era mi primo.', 'hermano -> primo'],
    ['No Greg, sino Craig.', 'Greg -> Craig'],
    ['En realidad era mi tía.', '(the one entry) -> tía'],
    ['Quita a Greg, por favor.', 'remove Greg'],
    ['Borra a Greg', 'remove Greg'],
    ['Eso era para el día 3.', 'move -> 3'],
  ],
  de: [
    ['Er heißt Craig, nicht Greg.', 'Greg -> Craig'],
    ['Nicht mein Bruder, sondern mein Cousin.', 'Bruder -> Cousin'],
    ['Es war nicht Greg, sondern Craig.', 'Greg -> Craig'],
    ['Eigentlich war es meine Tante.', '(the one entry) -> Tante'],
    ['Greg bitte löschen.', 'remove Greg'],
    ['Bitte entferne Greg.', 'remove Greg'],
    ['Das war für Tag 3.', 'move -> 3'],
  ],
  fr: [
    ["Il s'appelle Craig, pas Greg.", 'Greg -> Craig'],
    ['Pas mon frère, mon cousin.', 'frère -> cousin'],
    ["Ce n'était pas Greg, c'était Craig.", 'Greg -> Craig'],
    ["En fait c'était ma tante.", '(the one entry) -> tante'],
    ["Supprime Greg s'il te plaît.", 'remove Greg'],
    ['Retirez Greg de la liste.', 'remove Greg'],
    ["C'était pour le jour 3.", 'move -> 3'],
  ],
};

describe.each(Object.entries(CASES))('corrections in %s', (_language, cases) => {
  it.each(cases)('reads %j as %s', (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });
});

describe('what a correction carries', () => {
  it('keeps the relationship in English and the name as written', () => {
    const [correction] = readCorrections('No era mi hermano, era mi primo Craig.').corrections;
    expect(correction).toEqual({
      kind: 'replace',
      wrong: { text: 'hermano', name: null, relationship: 'brother' },
      right: { text: 'primo Craig', name: 'Craig', relationship: 'cousin' },
    });
  });

  it('keeps the other sentences of the reply apart, so an addition can ride along', () => {
    const reading = readCorrections('Remove Greg. I also called my aunt Rosa to thank her.');
    expect(reading.corrections.map(show)).toEqual(['remove Greg']);
    expect(reading.rest).toBe('I also called my aunt Rosa to thank her.');
  });
});

describe('sentences that look like corrections but are not', () => {
  it.each([
    'Not my brother this time, I thanked my cousin.',
    'Not today, I was busy.',
    'I called Anna, not to thank her but to chat.',
    'Greg, not Craig, drove me to the airport.',
    'Thanks, not bad at all.',
    'It was lovely.',
    'It was Monday.',
    'I thanked my sister Anna.',
    'Called Greg to thank him for the lift.',
    'That was for my mom.',
    'Remove the snow from his car, he said, and I did.',
    'No, not really.',
    'It was my pleasure, not a chore.',
    'We talked for an hour, not just about work.',
    'Das war schön.',
    "C'était super, merci.",
    'Era mi cumpleaños.',
    'I remember day 3 fondly.',
    'That was for day 9',
    '',
  ])('%j is not a correction', (text) => {
    expect(readCorrections(text).corrections).toEqual([]);
  });

  it('reads nothing as the one entry without an opener unless the reply is only that sentence', () => {
    expect(read('It was my aunt.')).toEqual(['(the one entry) -> aunt']);
    expect(read('Lovely week so far. It was my aunt.')).toEqual([]);
  });
});
