/**
 * Titles written before a name. Honorifics ("Dr.", "Mme") are part of the name but say nothing
 * about the relationship; role and kinship titles ("Coach", "Aunt", "Abuela") also give it.
 * Keys are lowercase without the trailing period; `display` is how the title is written back
 * when the participant typed it in lower case ("ms. abernathy" -> "Ms. Abernathy").
 */

import type { Gender } from './relationships';
import { words } from './text';

export interface Title {
  display: string;
  relationship: string | null;
  gender: Gender | null;
}

const t = (display: string, relationship: string | null = null, gender: Gender | null = null): Title => ({
  display,
  relationship,
  gender,
});

export const TITLES: ReadonlyMap<string, Title> = new Map<string, Title>([
  // honorifics
  ['mr', t('Mr', null, 'm')],
  ['mister', t('Mister', null, 'm')],
  ['mrs', t('Mrs', null, 'f')],
  ['ms', t('Ms', null, 'f')],
  ['miss', t('Miss', null, 'f')],
  ['mx', t('Mx')],
  ['dr', t('Dr')],
  ['doctor', t('Doctor', 'doctor')],
  ['doc', t('Doc', 'doctor')],
  ['prof', t('Prof', 'professor')],
  ['professor', t('Professor', 'professor')],
  ['professora', t('Professora', 'teacher', 'f')],
  ['professoressa', t('Professoressa', 'teacher', 'f')],
  ['maestra', t('Maestra', 'teacher', 'f')],
  ['sir', t('Sir', null, 'm')],
  ['dame', t('Dame', null, 'f')],
  ['lady', t('Lady', null, 'f')],
  ['lord', t('Lord', null, 'm')],
  ['mme', t('Mme', null, 'f')],
  ['madame', t('Madame', null, 'f')],
  ['mlle', t('Mlle', null, 'f')],
  ['mademoiselle', t('Mademoiselle', null, 'f')],
  ['monsieur', t('Monsieur', null, 'm')],
  ['m', t('M', null, 'm')],
  ['herr', t('Herr', null, 'm')],
  ['herrn', t('Herr', null, 'm')],
  ['frau', t('Frau', null, 'f')],
  ['sr', t('Sr', null, 'm')],
  ['sra', t('Sra', null, 'f')],
  ['srta', t('Srta', null, 'f')],
  ['señor', t('Señor', null, 'm')],
  ['señora', t('Señora', null, 'f')],
  ['señorita', t('Señorita', null, 'f')],
  ['don', t('Don', null, 'm')],
  ['doña', t('Doña', null, 'f')],
  // roles
  ['coach', t('Coach', 'coach')],
  ['pastor', t('Pastor', 'pastor')],
  ['reverend', t('Reverend', 'pastor')],
  ['rev', t('Rev', 'pastor')],
  ['father', t('Father', 'priest', 'm')],
  // A nun or, in Ireland, Britain and Nigeria, a senior nurse or midwife: "Sister Ní Bhriain".
  ['sister', t('Sister', null, 'f')],
  ['fr', t('Fr', 'priest', 'm')],
  ['rabbi', t('Rabbi', 'rabbi')],
  ['imam', t('Imam', 'imam')],
  ['captain', t('Captain', 'captain')],
  ['capt', t('Capt', 'captain')],
  ['officer', t('Officer', 'police officer')],
  ['sergeant', t('Sergeant', 'sergeant')],
  ['sgt', t('Sgt', 'sergeant')],
  ['lieutenant', t('Lieutenant', 'lieutenant')],
  ['lt', t('Lt', 'lieutenant')],
  ['detective', t('Detective', 'detective')],
  ['nurse', t('Nurse', 'nurse')],
  ['judge', t('Judge', 'judge')],
  ['principal', t('Principal', 'principal')],
  ['dean', t('Dean', 'dean')],
  ['chef', t('Chef', 'chef')],
  ['sensei', t('Sensei', 'teacher')],
  ['teacher', t('Teacher', 'teacher')],
  ['profe', t('Profe', 'teacher')],
  ['maestro', t('Maestro', 'teacher', 'm')],
  ['maestra', t('Maestra', 'teacher', 'f')],
  ['profesor', t('Profesor', 'teacher', 'm')],
  ['profesora', t('Profesora', 'teacher', 'f')],
  ['doctora', t('Doctora', 'doctor', 'f')],
  ['entrenador', t('Entrenador', 'coach', 'm')],
  ['trainer', t('Trainer', 'coach')],
  ['cô', t('Cô', 'teacher', 'f')],
  ['thầy', t('Thầy', 'teacher', 'm')],
  // kinship used as a title ("Aunt Rosalind", "Grandma Rose", "Tía Carmen")
  ['aunt', t('Aunt', 'aunt', 'f')],
  ['auntie', t('Auntie', 'aunt', 'f')],
  ['aunty', t('Aunty', 'aunt', 'f')],
  ['uncle', t('Uncle', 'uncle', 'm')],
  ['grandma', t('Grandma', 'grandmother', 'f')],
  ['grandpa', t('Grandpa', 'grandfather', 'm')],
  ['granny', t('Granny', 'grandmother', 'f')],
  ['nana', t('Nana', 'grandmother', 'f')],
  ['nan', t('Nan', 'grandmother', 'f')],
  ['gran', t('Gran', 'grandmother', 'f')],
  ['grandad', t('Grandad', 'grandfather', 'm')],
  ['granddad', t('Granddad', 'grandfather', 'm')],
  ['gramps', t('Gramps', 'grandfather', 'm')],
  ['nonna', t('Nonna', 'grandmother', 'f')],
  ['nonno', t('Nonno', 'grandfather', 'm')],
  ['cousin', t('Cousin', 'cousin')],
  ['tía', t('Tía', 'aunt', 'f')],
  ['tia', t('Tia', 'aunt', 'f')],
  ['tío', t('Tío', 'uncle', 'm')],
  ['tio', t('Tio', 'uncle', 'm')],
  ['abuela', t('Abuela', 'grandmother', 'f')],
  ['abuelo', t('Abuelo', 'grandfather', 'm')],
  ['oma', t('Oma', 'grandmother', 'f')],
  ['opa', t('Opa', 'grandfather', 'm')],
  ['tante', t('Tante', 'aunt', 'f')],
  ['onkel', t('Onkel', 'uncle', 'm')],
  ['oncle', t('Oncle', 'uncle', 'm')],
  ['mamie', t('Mamie', 'grandmother', 'f')],
  ['papy', t('Papy', 'grandfather', 'm')],
]);

/**
 * Words that make a two-word title with the title after them ("Staff Sergeant", "Flight
 * Lieutenant", "Vice Admiral"): written back as part of the title, never as the name.
 */
export const TITLE_RANKS: ReadonlySet<string> = words(`
staff flight first second lance master petty chief vice deputy rear wing group lieutenant head senior
station watch crew area district regional general branch assistant
`);

/**
 * Titles that, written in lower case, are ordinary words and must not swallow the next word
 * ("my doctor said", "the captain of"): they only act as titles when capitalised, except the
 * unmistakable honorific abbreviations.
 */
export const LOWERCASE_OK_TITLES: ReadonlySet<string> = words(`
mr mrs ms mx dr prof mme mlle sr sra srta coach aunt auntie uncle tía tío abuela abuelo oma opa
don doña dña señor señora señorita madame monsieur mademoiselle
`);

/** Words that take a period as abbreviations, so "Mr." does not end a sentence. */
export const ABBREVIATIONS: ReadonlySet<string> = words(`
mr mrs ms mx dr prof st mme mlle sr sra srta jr capt rev fr lt sgt col gen hon dña vs approx dept mt
`);

/**
 * Titles only after a rank word ("Watch Manager Kay Ibekwe", "Station Officer Reid", "Crew
 * Commander Ali"): alone, "Manager Kay" is no title.
 */
export const RANKED_TITLES: ReadonlyMap<string, Title> = new Map<string, Title>([
  ['manager', t('Manager')],
  ['officer', t('Officer')],
  ['commander', t('Commander')],
  ['supervisor', t('Supervisor')],
]);

/**
 * Honorifics written after a name, as Indian, Filipino, Nigerian and Japanese English put them
 * ("Hemant sir", "Lakshmi akka", "Sunanda aunty", "Kimura san"): kept with the name like a title
 * before it, and left out when names are matched.
 */
export const POSTPOSED_HONORIFICS: ReadonlyMap<string, Title> = new Map<string, Title>([
  ['sir', t('Sir', null, 'm')],
  ['madam', t('Madam', null, 'f')],
  ["ma'am", t("Ma'am", null, 'f')],
  ['aunty', t('Aunty', null, 'f')],
  ['auntie', t('Auntie', null, 'f')],
  ['uncle', t('Uncle', null, 'm')],
  ['akka', t('Akka', null, 'f')],
  ['didi', t('Didi', null, 'f')],
  ['bhaiya', t('Bhaiya', null, 'm')],
  ['ji', t('Ji')],
  ['sahib', t('Sahib', null, 'm')],
  ['san', t('San')],
  ['sama', t('Sama')],
  ['sensei', t('Sensei')],
]);

/** Forms of address that name nobody on their own: "Sir, it's Daniel", "Thank you, madam". */
export const BARE_VOCATIVES: ReadonlySet<string> = words(`sir madam ma'am maam`);
