import { lazyCatalogues } from '../internal/lazy-catalogue.ts';
import { enRequireMfaMessages } from './messages.ts';

// Apart from messages.ts: the catalogues import its type, so the loader that imports them
// lives here, and no module imports one that imports it back.
/** The other languages, each its own chunk, loaded when the provider's `locale` asks. */
export const requireMfaCatalogues = lazyCatalogues(enRequireMfaMessages, {
  es: () => import('../locales/require-mfa/es.ts'),
  fr: () => import('../locales/require-mfa/fr.ts'),
  de: () => import('../locales/require-mfa/de.ts'),
  'pt-BR': () => import('../locales/require-mfa/pt-BR.ts'),
  ja: () => import('../locales/require-mfa/ja.ts'),
  ar: () => import('../locales/require-mfa/ar.ts'),
});
