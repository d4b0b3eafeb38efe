/**
 * What people give or do as thanks, beside words: treating someone to a meal or a drink, and things
 * brought along on a visit. Lowercase.
 */
import { words } from './text';
import { MESSAGE_NOUNS } from './verbs';

/** Verbs of treating someone: "took Wen for lunch", "bought her a coffee", "treated him to dinner". */
export const HOSPITALITY_VERBS: ReadonlySet<string> = words(`took bought treated offert offerte invité`);

/** A meal or a drink, given as thanks after a verb of treating. */
export const MEALS: ReadonlySet<string> = words(`
lunch dinner breakfast brunch coffee coffees tea drink drinks pint pints beer beers meal curry cake pizza
café verre déjeuner dîner repas comida cena desayuno kaffee mittagessen abendessen
`);

/** Things brought along as thanks: "went back with a card", "dropped in with a tin of biscuits". */
export const BROUGHT_THINGS: ReadonlySet<string> = new Set([
  ...MESSAGE_NOUNS,
  ...words(`
biscuits chocolates chocolate cake cakes bouquet wine bottle tin box hamper cookies brownies sweets treats
fudge plant
blumen blumenstrauß kuchen pralinen schokolade wein geschenk kekse
fleurs gâteau chocolats flores pastel bombones
`),
]);
