'use client';

import { useRouter } from 'next/navigation';
import { LOCALE_COOKIE, LOCALES, type Locale } from '../lib/locale';
import { APP_MESSAGES } from '../lib/messages';

const LANGUAGE_NAMES: Record<Locale, string> = {
  en: 'English',
  es: 'Español',
  fr: 'Français',
  de: 'Deutsch',
  'pt-BR': 'Português (Brasil)',
  ja: '日本語',
  ar: 'العربية',
};

export function Header({ locale, isSignedIn }: { locale: Locale; isSignedIn: boolean }) {
  const router = useRouter();
  const text = APP_MESSAGES[locale];
  async function signOut() {
    await fetch('/api/session', { method: 'DELETE' });
    router.push('/sign-in');
    router.refresh();
  }
  return (
    <header className="app-header">
      <strong>{text.title}</strong>
      <nav>
        {isSignedIn ? (
          <>
            <a href="/security">{text.security}</a> <a href="/admin">{text.admin}</a>{' '}
            <button type="button" onClick={signOut}>
              {text.signOut}
            </button>
          </>
        ) : (
          <a href="/sign-in">{text.signIn}</a>
        )}
      </nav>
      <label>
        {text.language}{' '}
        <select
          value={locale}
          onChange={(event) => {
            // biome-ignore lint/suspicious/noDocumentCookie: a plain preference cookie the server reads.
            document.cookie = `${LOCALE_COOKIE}=${event.target.value}; path=/; samesite=lax; max-age=31536000`;
            router.refresh();
          }}
        >
          {LOCALES.map((tag) => (
            <option key={tag} value={tag} lang={tag}>
              {LANGUAGE_NAMES[tag]}
            </option>
          ))}
        </select>
      </label>
    </header>
  );
}
