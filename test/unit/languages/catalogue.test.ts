/** The message catalogue: every language says everything English says, and the type checker enforces it. */
import { LANGUAGES } from '../../../functions/core/language';
import { CATALOGUE, errorMessage, type Messages, relationshipIn } from '../../../functions/core/messages';
import { es } from '../../../functions/core/messages/es';
import { RELATIONSHIP_WORDS } from '../../../functions/core/reply/lexicon/relationships';
import { dayContent } from '../../../functions/core/week';

/** Every path to a string or function in a catalogue, with the kind of value found there. */
function shape(value: unknown, path = ''): string[] {
  if (typeof value === 'string') return [`${path}:string`];
  if (typeof value === 'function') return [`${path}:function`];
  if (Array.isArray(value)) return value.flatMap((item, i) => shape(item, `${path}[${i}]`));
  return Object.entries(value as Record<string, unknown>).flatMap(([key, item]) =>
    shape(item, `${path}.${key}`),
  );
}

describe('the message catalogue', () => {
  it('has the same strings, arrays and sentences with values in every language', () => {
    const english = shape(CATALOGUE.en);
    for (const language of LANGUAGES) expect(shape(CATALOGUE[language])).toEqual(english);
  });

  it('leaves no string empty and translates every string but a few shared words', () => {
    const shared = new Set(['(optional)', 'Pause', 'Mentor', ':', 'Zoom', 'Messages', 'Code']);
    for (const language of ['es', 'de', 'fr'] as const) {
      const strings = (value: unknown): string[] =>
        typeof value === 'string'
          ? [value]
          : value !== null && typeof value === 'object'
            ? Object.values(value).flatMap(strings)
            : [];
      // Relationship words are data, and many are the same word ("mentor", "client").
      const prose = (c: Messages) => ({ ...c, people: { ...c.people, relationships: {} } });
      const theirs = strings(prose(CATALOGUE[language]));
      const english = strings(prose(CATALOGUE.en));
      for (const text of theirs) expect(text.trim()).not.toBe('');
      const same = theirs.filter((text, i) => text === english[i] && !shared.has(text));
      expect([language, same]).toEqual([language, []]);
    }
  });

  it('says every relationship the reply parser stores in each language', () => {
    expect(relationshipIn('es', 'grandmother')).toBe('abuela');
    expect(relationshipIn('de', 'Neighbor')).toBe('Nachbar');
    expect(relationshipIn('fr', 'best friend')).toBe('meilleur ami');
    // Kept as written when the parser kept the word itself.
    expect(relationshipIn('es', 'compañero')).toBe('compañero');
    expect(relationshipIn('de', 'toString')).toBe('toString');
    // The form the participant wrote: "amiga", "Kollegin", "voisine".
    expect(relationshipIn('es', 'friend', 'Le di las gracias a mi amiga Marta')).toBe('amiga');
    expect(relationshipIn('es', 'friend', 'Llamé a mi amigo Pablo')).toBe('amigo');
    expect(relationshipIn('de', 'colleague', 'Meiner Kollegin Sara gedankt')).toBe('Kollegin');
    expect(relationshipIn('fr', 'neighbor', 'J’ai remercié ma voisine')).toBe('voisine');
    // "amigo" is not found inside "amigos" or "enemigo".
    expect(relationshipIn('es', 'friend', 'unos enemigos')).toBe('amigo');
  });

  it('has a word in every language for every relationship the reply parser can store', () => {
    const stored = new Set([...RELATIONSHIP_WORDS.values()].flat().map((word) => word.canonical));
    for (const language of LANGUAGES) {
      const missing = [...stored].filter(
        (canonical) => !Object.hasOwn(CATALOGUE[language].people.relationships, canonical),
      );
      expect([language, missing]).toEqual([language, []]);
    }
  });

  it('makes a missing string a type error', () => {
    const { brand: _brand, ...withoutBrand } = es;
    // @ts-expect-error a catalogue without its brand is not a complete language
    const incomplete: Messages = withoutBrand;
    expect(Object.keys(incomplete)).not.toContain('brand');
  });

  it('writes all seven days of the week in each language', () => {
    for (const language of LANGUAGES) {
      const themes = new Set([1, 2, 3, 4, 5, 6, 7].map((day) => dayContent(day, language).theme));
      expect(themes.size).toBe(7);
    }
    expect(dayContent(3, 'de').who).toMatch(/^jemandem/);
    expect(() => dayContent(8, 'es')).toThrow(RangeError);
  });

  it('looks error messages up by code, keeping English errors’ own words and unknown codes’ messages', () => {
    const error = {
      code: 'invalid_timezone',
      message: 'Please choose a valid time zone, like "Europe/London".',
    };
    expect(errorMessage('en', error)).toBe(error.message);
    expect(errorMessage('fr', error)).toBe('Veuillez choisir un fuseau horaire dans la liste.');
    expect(
      errorMessage('de', { code: 'invalid_group', message: 'Please check the group field.', field: 'group' }),
    ).toBe('Bitte prüfe das Feld group.');
    expect(errorMessage('es', { code: 'something_new', message: 'A new problem.' })).toBe('A new problem.');
  });
});
