/** Punctuation a dictating phone wrote out as words. */

import { findThanked } from '../../../functions/core/reply';
import { undictated } from '../../../functions/core/reply/dictation';

describe('spoken punctuation', () => {
  it('reads "comma", "period" and "new line" as marks in a dictated reply', () => {
    expect(
      undictated('the lady at the coffee van comma halyna period i thanked her new line she laughed'),
    ).toBe('the lady at the coffee van, halyna. i thanked her\n she laughed');
  });

  it.each([
    'i had my period today, so i only texted mum',
    'over a period of years, a long period, my gran kept me going',
    'one period of rest and I thanked Nia',
  ])('leaves a text that only uses the words as words: %s', (text) => {
    expect(undictated(text)).toBe(text);
  });

  it('lets the parser find whom a dictated reply thanked', () => {
    const text =
      'my old piano teacher comma mrs prothero period i rang her tonight and said thank you period';
    expect(findThanked(undictated(text)).thanked.map((p) => p.name)).toEqual(['Mrs Prothero']);
  });
});
