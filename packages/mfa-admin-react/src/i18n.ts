import type { MfaLocale } from '@authblock/mfa-react';
import { lazyCatalogues, useLazyCatalogue } from '@authblock/mfa-react';
import { useMemo } from 'react';
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
const catalogues = lazyCatalogues(enAdminMessages, {
  es: () => import('./locales/es.ts'),
  fr: () => import('./locales/fr.ts'),
  de: () => import('./locales/de.ts'),
  'pt-BR': () => import('./locales/pt-BR.ts'),
  ja: () => import('./locales/ja.ts'),
  ar: () => import('./locales/ar.ts'),
});

/**
 * The admin strings of the shipped locale closest to `tag` (`es-MX` → Spanish, unknown →
 * English), loading its catalogue on first use. Call it before the first render (server
 * rendering) and pass the result as a component's `messages` to skip the wait.
 */
export const loadAdminMessages: (tag: string | undefined) => Promise<AdminMessages> =
  catalogues.load;

export interface AdminText {
  /** The shipped locale the strings are in; numbers and dates use it too. */
  locale: MfaLocale;
  text: AdminMessages;
}

/**
 * The admin strings for a component: its `locale`, else the enclosing `<MfaProvider>`'s,
 * else English; then its own `messages` on top. Undefined only while a catalogue loads
 * for the first time.
 */
export function useAdminText(
  localeTag: string | undefined,
  overrides: AdminMessageOverrides | undefined,
): AdminText | undefined {
  const catalogue = useLazyCatalogue(catalogues, localeTag);
  return useMemo(
    () =>
      catalogue && {
        locale: catalogue.locale,
        text: mergeAdminMessages(catalogue.messages, overrides),
      },
    [catalogue, overrides],
  );
}
