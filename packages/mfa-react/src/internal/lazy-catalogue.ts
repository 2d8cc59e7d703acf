import { useEffect, useState } from 'react';
import { type MfaLocale, resolveMfaLocale } from '../provider/i18n.ts';
import { useOptionalMfaContext } from '../provider/MfaProvider.tsx';

type Loaders<Messages extends object> = Record<
  Exclude<MfaLocale, 'en'>,
  () => Promise<{ messages: Messages }>
>;

/** An entry's own catalogues: English built in, each other language loaded once. */
export interface LazyCatalogues<Messages extends object> {
  english: Messages;
  /** Already loaded strings by locale (English always). */
  loaded: Map<MfaLocale, Messages>;
  /** The strings of the shipped locale closest to `tag`, loading them when needed. */
  load: (tag: string | undefined) => Promise<Messages>;
}

/**
 * The catalogues of an entry that keeps its own strings (`RequireMfa`, and
 * `@authblock/mfa-admin-react`): every language but English is its own chunk, loaded on
 * first use and kept.
 */
export function lazyCatalogues<Messages extends object>(
  english: Messages,
  loaders: Loaders<Messages>,
): LazyCatalogues<Messages> {
  const loaded = new Map<MfaLocale, Messages>([['en', english]]);
  return {
    english,
    loaded,
    async load(tag) {
      const locale = resolveMfaLocale(tag);
      const cached = loaded.get(locale);
      if (cached) return cached;
      const { messages } = await loaders[locale as Exclude<MfaLocale, 'en'>]();
      loaded.set(locale, messages);
      return messages;
    },
  };
}

/**
 * The strings for a component: its `locale`, else the enclosing `<MfaProvider>`'s, else
 * English. Undefined only while a language loads for the first time; on a later switch
 * the previous one stays until the new one arrives, and a chunk that cannot load
 * (offline) leaves English.
 */
export function useLazyCatalogue<Messages extends object>(
  catalogues: LazyCatalogues<Messages>,
  localeTag: string | undefined,
): { locale: MfaLocale; messages: Messages } | undefined {
  const providerLocale = useOptionalMfaContext()?.locale;
  const locale = resolveMfaLocale(localeTag ?? providerLocale);
  const [catalogue, setCatalogue] = useState(() => {
    const messages = catalogues.loaded.get(locale);
    return messages ? { locale, messages } : undefined;
  });
  useEffect(() => {
    if (catalogue?.locale === locale) return;
    let isCurrent = true;
    void catalogues
      .load(locale)
      .catch(() => catalogues.english)
      .then((messages) => {
        if (isCurrent) setCatalogue({ locale, messages });
      });
    return () => {
      isCurrent = false;
    };
  }, [catalogues, locale, catalogue?.locale]);
  return catalogue;
}
