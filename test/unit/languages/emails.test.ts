/** Every email in every language: the person's words, subjects that keep the Day rule, nothing left in English. */
import { LANGUAGES, type Language } from '../../../functions/core/language';
import { CATALOGUE } from '../../../functions/core/messages';
import { detectCommand } from '../../../functions/core/reply';
import { allEmailSamples, emailSamples } from '../../../templates/samples';

const DAY_WORD: Record<Language, string> = { en: 'Day', es: 'Día', de: 'Tag', fr: 'Jour' };
const ANY_DAY_START = /^(?:Day|Día|Tag|Jour)\s*\d/i;

describe('emails in every language', () => {
  it.each(LANGUAGES)('%s: a prompt’s subject starts with its day word and number', (language) => {
    const samples = emailSamples('https://gratitude.example', language);
    for (let day = 1; day <= 7; day++) {
      const subject = samples[`prompt-day-${day}`]?.().subject ?? '';
      expect(subject.startsWith(`${DAY_WORD[language]} ${day}`)).toBe(true);
    }
  });

  it('no other email’s subject starts with Day, Día, Tag or Jour, in any language', () => {
    for (const [name, render] of Object.entries(allEmailSamples())) {
      if (name.includes('/prompt-')) continue;
      expect([name, render().subject]).toEqual([name, expect.not.stringMatching(ANY_DAY_START)]);
    }
  });

  it.each(LANGUAGES)('%s: every email says <html lang> and is written in that language', (language) => {
    const samples = emailSamples('https://gratitude.example', language);
    for (const render of Object.values(samples)) {
      const email = render();
      expect(email.html).toContain(`<html lang="${language}"`);
      expect(email.html).toContain(CATALOGUE[language].brand);
      expect(email.text).toContain(CATALOGUE[language].brand);
    }
  });

  it.each(['es', 'de', 'fr'] as const)('%s: no English copy is left in any email', (language) => {
    const english = [
      'Gratitude Week',
      'Reply STOP',
      'Unsubscribe',
      'Your log and preferences',
      'Hello,',
      'Hi Anna',
      'Reply to',
      'Day ',
      'your ',
    ];
    for (const [name, render] of Object.entries(emailSamples('https://gratitude.example', language))) {
      const { subject, text } = render();
      for (const phrase of english) {
        expect([name, phrase, `${subject}\n${text}`.includes(phrase)]).toEqual([name, phrase, false]);
      }
    }
  });

  it('joins names the way each language does', () => {
    const several = (language: Language) =>
      emailSamples('https://gratitude.example', language)['receipt-several']?.().text ?? '';
    expect(several('en')).toContain('your sister Anna, Ben and your neighbours Mr. & Mrs. Kowalski');
    expect(several('es')).toContain('Lucía (hermana), Javi y Carmen y Paco (vecinos)');
    expect(several('de')).toContain('Lena (Schwester), Jonas und Familie Öztürk (Nachbarn)');
    expect(several('fr')).toContain('Claire (sœur), Julien et M. et Mme Martin (voisins)');
  });

  it('the commands each footer and email tells people to reply are the ones the parser understands', () => {
    const told = (text: string) => [...text.matchAll(/\b[A-ZÁÉÍÓÚÄÖÜ]{4,}\b/g)].map((m) => m[0]);
    const expected: Record<string, string> = {
      STOP: 'stop',
      STOPP: 'stop',
      BAJA: 'stop',
      PAUSE: 'pause',
      PAUSA: 'pause',
      RESUME: 'resume',
      REANUDAR: 'resume',
      WEITER: 'resume',
      REPRENDRE: 'resume',
      RESTART: 'restart',
      REINICIAR: 'restart',
      NEUSTART: 'restart',
      RECOMMENCER: 'restart',
    };
    const seen = new Set<string>();
    for (const render of Object.values(allEmailSamples())) {
      for (const word of told(render().text)) {
        if (word === 'JSON' || word === 'HTML' || word === 'CSV' || word === 'USA') continue;
        seen.add(word);
        expect([word, detectCommand(word)]).toEqual([word, expected[word]]);
      }
    }
    // Every language names its own words for leaving and pausing.
    for (const word of [
      'BAJA',
      'PAUSA',
      'REANUDAR',
      'STOPP',
      'WEITER',
      'NEUSTART',
      'REPRENDRE',
      'RECOMMENCER',
    ]) {
      expect(seen).toContain(word);
    }
  });
});
