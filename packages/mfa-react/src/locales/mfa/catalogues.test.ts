// Every catalogue has every key of the English map, with the same kind of value, and
// formats numbers, plurals and countdowns through Intl in its own language. A key added to
// the English map and not to a catalogue fails here (and in `pnpm typecheck`).
import { describe, expect, it } from 'vitest';
import {
  loadMfaMessages,
  MFA_LOCALES,
  mfaLocaleDirection,
  resolveMfaLocale,
} from '../../provider/i18n.ts';
import { enMessages, type MfaMessages } from '../../provider/messages.ts';

const translated = MFA_LOCALES.filter((locale) => locale !== 'en');

/** Calls a message with arguments of the kind its English twin takes. */
function sample(key: string, value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.join(', ');
  if (typeof value !== 'function') throw new Error(`${key}: neither text nor a function`);
  const english = enMessages[key as keyof MfaMessages] as (argument: never) => string;
  const probe = english.toString();
  const takesNumber = /count|seconds|remaining|minutes/.test(probe.slice(0, probe.indexOf('=>')));
  return (value as (argument: unknown) => string)(takesNumber ? 3 : 'demo@example.com');
}

describe.each(translated)('the %s catalogue', (locale) => {
  it('has exactly the English keys, each with the same kind of value', async () => {
    const messages = (await loadMfaMessages(locale)) as MfaMessages;
    expect(Object.keys(messages).sort()).toEqual(Object.keys(enMessages).sort());
    for (const [key, english] of Object.entries(enMessages)) {
      const value = messages[key as keyof MfaMessages];
      expect(typeof value, key).toBe(typeof english);
      if (typeof english === 'function')
        expect((value as () => string).length, key).toBe(english.length);
    }
  });

  it('renders every message as real text in its language', async () => {
    const messages = (await loadMfaMessages(locale)) as MfaMessages;
    for (const [key, value] of Object.entries(messages)) {
      const text = sample(key, value);
      expect(text.trim(), key).not.toBe('');
      expect(text, key).not.toMatch(/undefined|NaN|\[object/);
    }
    // Translated, not copied: the long sentences differ from English.
    expect(messages.backupIntro).not.toBe(enMessages.backupIntro);
    expect(messages['error.invalid_mfa_code']).not.toBe(enMessages['error.invalid_mfa_code']);
  });
});

describe('numbers, plurals and countdowns come from Intl', () => {
  it('uses the locale’s digits and plural forms', async () => {
    const ar = (await loadMfaMessages('ar')) as MfaMessages;
    const arabicDigits = new Intl.NumberFormat('ar');
    expect(ar.countdown(75)).toBe(`${arabicDigits.format(1)}:${arabicDigits.format(15)}`);
    // Arabic: one, two, few (3–10) and many (11–99) are different sentences.
    const forms = [1, 2, 3, 11].map((count) => ar.backupLow(count).split('.')[0]);
    expect(new Set(forms).size).toBe(4);
    expect(ar.backupLow(3)).toContain(arabicDigits.format(3));

    const de = (await loadMfaMessages('de')) as MfaMessages;
    expect(de.lockedOutFor(90)).toBe('Zu viele Versuche. Versuche es in 2 Minuten erneut.');
    expect(de.emailExpiry(1)).toBe('Der Code läuft in 1 Minute ab.');
    expect(de.emailExpiry(5)).toBe('Der Code läuft in 5 Minuten ab.');
    expect(enMessages.emailExpiry(1)).toBe('The code expires in 1 minute.');
    expect(enMessages.emailExpiry(15)).toBe('The code expires in 15 minutes.');
    expect(enMessages.lockedOutFor(1)).toBe('Too many attempts. Try again in 1 second.');
    expect(enMessages.attemptsLeft(1)).toBe('1 try left.');
    expect(enMessages.attemptsLeft(2)).toBe('2 tries left.');
    expect(new Set([1, 2, 3, 11].map((count) => ar.attemptsLeft(count))).size).toBe(4);
    expect(enMessages.countdown(75)).toBe('1:15');
    const ja = (await loadMfaMessages('ja')) as MfaMessages;
    expect(ja.resendIn(ja.countdown(30))).toBe('0:30 後にコードを再送信');
  });
});

describe('choosing a locale', () => {
  it.each([
    ['es-MX', 'es'],
    ['pt', 'pt-BR'],
    ['pt-PT', 'pt-BR'],
    ['PT-br', 'pt-BR'],
    ['ja-JP', 'ja'],
    ['ar-EG', 'ar'],
    ['zz', 'en'],
    [undefined, 'en'],
  ])('%s → %s', (tag, locale) => {
    expect(resolveMfaLocale(tag)).toBe(locale);
  });

  it('mirrors only right-to-left languages', () => {
    expect(mfaLocaleDirection('ar')).toBe('rtl');
    expect(mfaLocaleDirection('fr')).toBe('ltr');
  });

  it('needs no download for English', async () => {
    await expect(loadMfaMessages('en-GB')).resolves.toEqual({});
  });
});
