import type { MfaMessageOverrides, MfaMessages } from './messages.ts';

/** The languages the kit ships, as BCP 47 tags. English is built in; the rest load lazily. */
export const MFA_LOCALES = ['en', 'es', 'fr', 'de', 'pt-BR', 'ja', 'ar'] as const;

/** One of {@link MFA_LOCALES}. */
export type MfaLocale = (typeof MFA_LOCALES)[number];

/** Each catalogue is its own chunk: a page downloads only the language it shows. */
const loaders: Record<Exclude<MfaLocale, 'en'>, () => Promise<{ messages: MfaMessages }>> = {
  es: () => import('../locales/mfa/es.ts'),
  fr: () => import('../locales/mfa/fr.ts'),
  de: () => import('../locales/mfa/de.ts'),
  'pt-BR': () => import('../locales/mfa/pt-BR.ts'),
  ja: () => import('../locales/mfa/ja.ts'),
  ar: () => import('../locales/mfa/ar.ts'),
};

/**
 * The shipped locale closest to `tag`: an exact match, else the same language
 * (`es-MX` → `es`, `pt-PT` → `pt-BR`), else English.
 */
export function resolveMfaLocale(tag: string | undefined): MfaLocale {
  if (!tag) return 'en';
  const lower = tag.toLowerCase();
  const exact = MFA_LOCALES.find((locale) => locale.toLowerCase() === lower);
  if (exact) return exact;
  const language = lower.split(/[-_]/)[0];
  return MFA_LOCALES.find((locale) => locale.split('-')[0] === language) ?? 'en';
}

/** `rtl` for right-to-left languages (Arabic), else `ltr`: set it on the page's `dir`. */
export function mfaLocaleDirection(tag: string | undefined): 'ltr' | 'rtl' {
  return resolveMfaLocale(tag) === 'ar' ? 'rtl' : 'ltr';
}

// English needs no catalogue: it is every component's default (and importing the whole
// English map here would put the setup strings into the sign-in bundle).
const loaded = new Map<MfaLocale, MfaMessageOverrides>([['en', {}]]);

/** The locale's strings if they are already loaded (English always is), else undefined. */
export function loadedMfaMessages(locale: MfaLocale): MfaMessageOverrides | undefined {
  return loaded.get(locale);
}

/**
 * Loads the strings of the shipped locale closest to `tag`: the whole message map, or `{}`
 * for English (the components' defaults). `<MfaProvider locale>` calls it; call it
 * yourself to have the strings before the first render (server rendering), and pass them
 * as the provider's `messages`.
 */
export async function loadMfaMessages(tag: string | undefined): Promise<MfaMessageOverrides> {
  const locale = resolveMfaLocale(tag);
  const cached = loaded.get(locale);
  if (cached) return cached;
  const { messages } = await loaders[locale as Exclude<MfaLocale, 'en'>]();
  loaded.set(locale, messages);
  return messages;
}
