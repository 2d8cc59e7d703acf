import { useEffect, useMemo, useState } from 'react';
import { useOptionalMfaContext } from '../context.tsx';
import { type MfaLocale, resolveMfaLocale } from '../i18n.ts';
import {
  type AdminMessageOverrides,
  type AdminMessages,
  enAdminMessages,
  mergeAdminMessages,
} from './messages.ts';

/**
 * Each admin catalogue is its own chunk, apart from the end-user ones: the admin page
 * downloads only its language, and sign-in pages never see these strings.
 */
const loaders: Record<Exclude<MfaLocale, 'en'>, () => Promise<{ messages: AdminMessages }>> = {
  es: () => import('./locales/es.ts'),
  fr: () => import('./locales/fr.ts'),
  de: () => import('./locales/de.ts'),
  'pt-BR': () => import('./locales/pt-BR.ts'),
  ja: () => import('./locales/ja.ts'),
  ar: () => import('./locales/ar.ts'),
};

const loaded = new Map<MfaLocale, AdminMessages>([['en', enAdminMessages]]);

/**
 * The admin strings of the shipped locale closest to `tag` (`es-MX` → Spanish, unknown →
 * English), loading its catalogue on first use. Call it before the first render (server
 * rendering) and pass the result as a component's `messages` to skip the wait.
 */
export async function loadAdminMessages(tag: string | undefined): Promise<AdminMessages> {
  const locale = resolveMfaLocale(tag);
  const cached = loaded.get(locale);
  if (cached) return cached;
  const { messages } = await loaders[locale as Exclude<MfaLocale, 'en'>]();
  loaded.set(locale, messages);
  return messages;
}

export interface AdminText {
  /** The shipped locale the strings are in; numbers and dates use it too. */
  locale: MfaLocale;
  text: AdminMessages;
}

/**
 * The admin strings for a component: its `locale`, else the enclosing `<MfaProvider>`'s,
 * else English; then its own `messages` on top. Undefined only while a catalogue loads
 * for the first time; on a later switch the previous language stays until the new one
 * arrives, and a chunk that cannot load (offline) leaves English.
 */
export function useAdminText(
  localeTag: string | undefined,
  overrides: AdminMessageOverrides | undefined,
): AdminText | undefined {
  const providerLocale = useOptionalMfaContext()?.locale;
  const locale = resolveMfaLocale(localeTag ?? providerLocale);
  const [catalogue, setCatalogue] = useState(() => {
    const messages = loaded.get(locale);
    return messages ? { locale, messages } : undefined;
  });
  useEffect(() => {
    if (catalogue?.locale === locale) return;
    let isCurrent = true;
    void loadAdminMessages(locale)
      .catch(() => enAdminMessages)
      .then((messages) => {
        if (isCurrent) setCatalogue({ locale, messages });
      });
    return () => {
      isCurrent = false;
    };
  }, [locale, catalogue?.locale]);
  return useMemo(
    () =>
      catalogue && {
        locale: catalogue.locale,
        text: mergeAdminMessages(catalogue.messages, overrides),
      },
    [catalogue, overrides],
  );
}
