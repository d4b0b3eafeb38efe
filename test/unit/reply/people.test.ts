import { findThanked } from '../../../functions/core/reply';
import { PEOPLE_CASES } from './people-cases';

describe('whom the participant thanked', () => {
  it.each(Object.entries(PEOPLE_CASES))('%s', (_title, c) => {
    const result = findThanked(c.text, { senderName: c.sender ?? null });
    expect(result.thanked.map((p) => p.name).sort()).toEqual([...c.names].sort());
    expect(result.thankedSomeone).toBe(c.someone ?? c.names.length > 0);
    for (const [name, relationship] of Object.entries(c.relationships ?? {})) {
      expect(result.thanked.find((p) => p.name === name)?.relationship).toBe(relationship);
    }
  });

  it('lists people in order of first mention', () => {
    const result = findThanked(
      'Wendell taught me everything. Yesterday I thanked my cousin Ana, and then I called Wendell too.',
    );
    expect(result.thanked.map((p) => p.name)).toEqual(['Wendell', 'Ana']);
  });

  it('uses the fullest form of a name the participant wrote', () => {
    const result = findThanked('Wendell Ashby hired me at nineteen. Today I thanked Wendell.');
    expect(result.thanked).toEqual([{ name: 'Wendell Ashby', relationship: null, channel: null }]);
  });

  it('keeps one entry for a person mentioned several times', () => {
    const result = findThanked(
      'Called Cosmo. Thanked him for the couch. Cosmo laughed. I thanked Cosmo again for the soup.',
    );
    expect(result.thanked).toEqual([{ name: 'Cosmo', relationship: null, channel: 'call' }]);
  });

  it('treats a nickname in parentheses as the same person', () => {
    const result = findThanked('Called my cousin Bartholomew (Bart to everyone) and thanked him.');
    expect(result.thanked).toEqual([{ name: 'Bartholomew', relationship: 'cousin', channel: 'call' }]);
  });

  it('writes back a lower-case name capitalised', () => {
    expect(findThanked('thanked ms. abernathy (my old babysitter!!) she is 80 now').thanked).toEqual([
      { name: 'Ms. Abernathy', relationship: 'babysitter', channel: null },
    ]);
  });

  it('never logs the sender by their own full name', () => {
    expect(findThanked('Thanked Nadia Bishop.', { senderName: 'Nadia Bishop' }).thanked).toEqual([]);
  });

  it('returns nothing for empty or whitespace text', () => {
    expect(findThanked('')).toEqual({ thanked: [], thankedSomeone: false, unresolved: 0 });
    expect(findThanked(' \n\t ').thanked).toEqual([]);
  });

  it.each([
    ['Texted Mom and called Dad.', { Mom: 'message', Dad: 'call' }],
    ['In person, I thanked Ana for the help.', { Ana: 'in-person' }],
    ['FaceTimed my brother Luis to thank him.', { Luis: 'video' }],
    ['Ich habe Oma angerufen und mich bedankt.', { Oma: 'call' }],
    ['Dalia! Sent her a card on Monday.', { Dalia: 'letter' }],
    ['Thanked Priya at the bakery.', { Priya: null }],
  ])('says how each person was thanked: %s', (text, channels) => {
    const found = Object.fromEntries(findThanked(text).thanked.map((p) => [p.name, p.channel]));
    expect(found).toEqual(channels);
  });
});
