/** Slips of the thumb in the words of thanks. */
import { meantWord, mendedThanks } from '../../../functions/core/reply/typos';

describe('slips in the words of thanks', () => {
  it.each([
    ['thnaked', 'thanked'],
    ['thakned', 'thanked'],
    ['thankd', 'thanked'],
    ['thankked', 'thanked'],
    ['thankign', 'thanking'],
    ['thnaks', 'thanks'],
  ])('reads %s as %s', (slip, meant) => {
    expect(meantWord(slip)).toBe(meant);
  });

  it.each(['than', 'thank', 'thinking', 'thought', 'tanked', 'there', 'thicken', 'thanksgiving'])(
    'leaves the word %s as it is',
    (word) => {
      expect(meantWord(word)).toBe(word);
    },
  );

  it('mends a slip inside a reply and leaves the rest', () => {
    expect(mendedThanks('Thnaked vojtěch from the brno office')).toBe('Thanked vojtěch from the brno office');
  });
});
