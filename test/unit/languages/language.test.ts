import {
  formatHour,
  formatLocalDateTime,
  fromAcceptLanguage,
  languageOf,
  negotiateLanguage,
} from '../../../functions/core/language';
import { sayLocalTime } from '../../../functions/core/messages';

describe('choosing a language', () => {
  it('reads regional and upper-case tags as their language and refuses the rest', () => {
    expect(languageOf('es-MX')).toBe('es');
    expect(languageOf('DE')).toBe('de');
    expect(languageOf('fr_CA')).toBe('fr');
    expect(languageOf('pt-BR')).toBeNull();
    expect(languageOf(42)).toBeNull();
  });

  it('follows Accept-Language by q-value, not by position', () => {
    expect(fromAcceptLanguage('pt-BR, en;q=0.5, de;q=0.9')).toBe('de');
    expect(fromAcceptLanguage('fr-CH, fr;q=0.9, en;q=0.8')).toBe('fr');
    expect(fromAcceptLanguage('es;q=0.7, fr;q=0.7')).toBe('es');
  });

  it('never picks a language the browser refused with q=0', () => {
    expect(fromAcceptLanguage('de;q=0, es;q=0.1')).toBe('es');
    expect(fromAcceptLanguage('fr;q=0')).toBeNull();
  });

  it('reads a wildcard as English and ignores garbage', () => {
    expect(fromAcceptLanguage('pt, *;q=0.1')).toBe('en');
    expect(fromAcceptLanguage(';;,,q=1,de;q=abc')).toBeNull();
    expect(fromAcceptLanguage('')).toBeNull();
  });

  it('lets ?lang= win over the browser, and falls back to English', () => {
    expect(negotiateLanguage('fr', 'de')).toBe('fr');
    expect(negotiateLanguage('xx', 'de-AT')).toBe('de');
    expect(negotiateLanguage(undefined, 'ja, zh')).toBe('en');
    expect(negotiateLanguage(undefined, undefined)).toBe('en');
  });
});

describe('dates and times in the person’s locale', () => {
  const instant = '2026-12-02T07:00:00Z';

  it('says the first prompt’s time in each language, in the person’s zone', () => {
    expect(sayLocalTime(instant, 'Europe/London', 'en')).toBe(
      'Wednesday 2 December at 07:00 (Europe/London time)',
    );
    expect(sayLocalTime(instant, 'Europe/Madrid', 'es')).toBe(
      'miércoles, 2 de diciembre, 08:00 (hora de Europe/Madrid)',
    );
    expect(sayLocalTime(instant, 'Europe/Berlin', 'de')).toBe(
      'Mittwoch, 2. Dezember um 08:00 (Zeitzone Europe/Berlin)',
    );
    expect(sayLocalTime(instant, 'America/Montreal', 'fr')).toBe(
      'mercredi 2 décembre à 02:00 (heure de America/Montreal)',
    );
  });

  it('formats the same instant differently per zone, never in the server’s', () => {
    expect(formatLocalDateTime(instant, 'Asia/Tokyo', 'de')).toContain('16:00');
    expect(formatLocalDateTime(instant, 'America/Los_Angeles', 'es')).toContain('martes, 1 de diciembre');
  });

  it('shows the send hour as a clock time', () => {
    expect(formatHour(8, 'fr')).toBe('08:00');
    expect(formatHour(21, 'de')).toBe('21:00');
  });
});
