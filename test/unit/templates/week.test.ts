/** The week's content: seven distinct days in the challenge's order, each complete. */
import { DAYS_IN_WEEK, dayContent, isDayNumber, WEEK } from '../../../functions/core/week';

describe('the week', () => {
  it('has seven days numbered 1 to 7 in order', () => {
    expect(WEEK).toHaveLength(DAYS_IN_WEEK);
    expect(WEEK.map((d) => d.day)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('gives every day its own short theme and its own copy', () => {
    for (const field of ['theme', 'who', 'encouragement', 'idea'] as const) {
      const values = WEEK.map((d) => d[field]);
      expect(new Set(values).size).toBe(DAYS_IN_WEEK);
      for (const value of values) expect(value.trim()).not.toBe('');
    }
    for (const { theme } of WEEK) expect(theme.length).toBeLessThanOrEqual(30);
  });

  it('follows the themes in order, from home out to purpose', () => {
    const who = WEEK.map((d) => `${d.theme} ${d.who}`.toLowerCase());
    expect(who[0]).toMatch(/family|home/);
    expect(who[1]).toMatch(/friend|neighbour/);
    expect(who[2]).toMatch(/listened|ideas/);
    expect(who[3]).toMatch(/colleague|professional/);
    expect(who[4]).toMatch(/mentor|taught|career/);
    expect(who[5]).toMatch(/lost touch|help in return/);
    expect(who[6]).toMatch(/why you do what you do/);
  });

  it('phrases "who" to complete "Today, thank …", and gives a concrete example to say', () => {
    for (const d of WEEK) {
      expect(d.who).toMatch(/^[a-z]/);
      expect(d.who).not.toMatch(/\.$/);
      expect(d.idea).toMatch(/For example: “.+”$/);
    }
  });

  it('looks a day up and refuses anything but 1..7', () => {
    expect(dayContent(3).day).toBe(3);
    for (const bad of [0, 8, 1.5, Number.NaN, -1]) {
      expect(() => dayContent(bad)).toThrow(RangeError);
      expect(isDayNumber(bad)).toBe(false);
    }
  });
});
