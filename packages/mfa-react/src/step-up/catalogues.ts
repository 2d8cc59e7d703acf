import { lazyCatalogues } from '../internal/lazy-catalogue.ts';
import { enStepUpMessages } from './messages.ts';

// Apart from messages.ts: the catalogues import its type, so the loader that imports them
// lives here, and no module imports one that imports it back.
/** The other languages, each its own chunk, loaded when the provider's `locale` asks. */
export const stepUpCatalogues = lazyCatalogues(enStepUpMessages, {
  es: () => import('../locales/step-up/es.ts'),
  fr: () => import('../locales/step-up/fr.ts'),
  de: () => import('../locales/step-up/de.ts'),
  'pt-BR': () => import('../locales/step-up/pt-BR.ts'),
  ja: () => import('../locales/step-up/ja.ts'),
  ar: () => import('../locales/step-up/ar.ts'),
});
