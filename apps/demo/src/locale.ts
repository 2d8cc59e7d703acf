import {
  MFA_LOCALES,
  type MfaLocale,
  mfaLocaleDirection,
  resolveMfaLocale,
} from '@authblock/mfa-react';
import { useEffect, useState } from 'react';

const STORAGE_KEY = 'authblock-demo-locale';

/** Each language named in itself, as a language menu should. */
export const LOCALE_NAMES: Record<MfaLocale, string> = {
  en: 'English',
  es: 'Español',
  fr: 'Français',
  de: 'Deutsch',
  'pt-BR': 'Português (Brasil)',
  ja: '日本語',
  ar: 'العربية',
};

export const DEMO_LOCALES = MFA_LOCALES;

/** The language the page opens in: the person's last pick, else the browser's closest. */
export function initialLocale(): MfaLocale {
  return resolveMfaLocale(localStorage.getItem(STORAGE_KEY) ?? navigator.language);
}

/** The kit's and the demo's language: the person's pick (remembered), else the browser's closest. */
export function useLocale() {
  const [locale, setLocale] = useState<MfaLocale>(initialLocale);
  useEffect(() => {
    localStorage.setItem(STORAGE_KEY, locale);
    document.documentElement.lang = locale;
    document.documentElement.dir = mfaLocaleDirection(locale);
  }, [locale]);
  return [locale, setLocale] as const;
}
