import type { MfaLocale } from '@authblock/mfa-react';

/**
 * The kit's seven languages. Written out here because the kit's own list lives in a
 * `'use client'` entry, which a server component can import only as a reference; the
 * `satisfies` keeps the two in step.
 */
export const LOCALES = [
  'en',
  'es',
  'fr',
  'de',
  'pt-BR',
  'ja',
  'ar',
] as const satisfies readonly MfaLocale[];

export type Locale = (typeof LOCALES)[number];

export const LOCALE_COOKIE = 'locale';

/**
 * The language of a request: the `locale` cookie when it names one of ours, else the best
 * of `Accept-Language` (`es-MX` gets `es`), else English.
 */
export function chooseLocale(cookie: string | undefined, acceptLanguage: string | null): Locale {
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part) => part.split(';')[0]?.trim() ?? '')
    .filter(Boolean);
  for (const tag of [cookie ?? '', ...ranked]) {
    const exact = LOCALES.find((locale) => locale.toLowerCase() === tag.toLowerCase());
    if (exact) return exact;
    const base = LOCALES.find(
      (locale) => locale.split('-')[0] === tag.split('-')[0]?.toLowerCase(),
    );
    if (base) return base;
  }
  return 'en';
}

export function directionOf(locale: Locale): 'ltr' | 'rtl' {
  return locale === 'ar' ? 'rtl' : 'ltr';
}
