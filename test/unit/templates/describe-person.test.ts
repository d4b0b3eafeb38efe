import { describePerson } from '../../../functions/adapters/templates/format';

describe('naming a thanked person back to the participant', () => {
  it.each([
    [{ name: 'Anna', relationship: 'sister' }, 'your sister Anna'],
    [{ name: 'Mum', relationship: 'mother' }, 'your mum'],
    [{ name: 'Dad', relationship: 'father' }, 'your dad'],
    [{ name: 'Mom', relationship: 'mom' }, 'your mom'],
    [{ name: 'Oma Hilde', relationship: 'grandmother' }, 'your grandmother Oma Hilde'],
    [{ name: 'Coach Rivera', relationship: null }, 'Coach Rivera'],
  ])('%j reads "%s"', (person, expected) => {
    expect(describePerson(person)).toBe(expected);
  });
});
