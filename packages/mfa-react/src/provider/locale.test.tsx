// `<MfaProvider locale>`: the catalogue loads on demand, every component inside speaks it,
// a switch keeps what the person typed, and the provider's own overrides still win.
import { QueryClient } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { testClient } from '../../test/harness.tsx';
import { SignInForm } from '../sign-in/SignInForm.tsx';
import { loadMfaMessages } from './i18n.ts';
import { MfaProvider } from './MfaProvider.tsx';

function App({ locale, signIn }: { locale?: string; signIn?: string }) {
  return (
    <MfaProvider
      client={testClient()}
      queryClient={new QueryClient()}
      locale={locale}
      messages={signIn ? { signIn } : undefined}
      fallback={<p>loading strings</p>}
    >
      <SignInForm onSuccess={() => undefined} />
    </MfaProvider>
  );
}

describe('MfaProvider locale', () => {
  it('renders every string in the chosen language, after its catalogue loads', async () => {
    const screen = await render(<App locale="fr-CA" />);
    await expect.element(screen.getByRole('heading', { name: 'Connexion' })).toBeVisible();
    await expect.element(screen.getByLabelText('Mot de passe')).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Se connecter' }));
    await expect
      .element(screen.getByRole('alert'))
      .toHaveTextContent('Saisissez votre e-mail et votre mot de passe.');
  });

  it('keeps the form (and what was typed) while switching language', async () => {
    const screen = await render(<App locale="es" />);
    const email = screen.getByLabelText('Correo electrónico');
    await userEvent.fill(email, 'ana@example.com');
    await screen.rerender(<App locale="ja" />);
    await expect.element(screen.getByRole('heading', { name: 'サインイン' })).toBeVisible();
    await expect.element(screen.getByLabelText('メールアドレス')).toHaveValue('ana@example.com');
    await screen.rerender(<App locale="en" signIn="Log in" />);
    await expect.element(screen.getByRole('button', { name: 'Log in' })).toBeVisible();
    await expect.element(screen.getByLabelText('Email')).toHaveValue('ana@example.com');
  });
});

describe('MfaProvider locale on the server', () => {
  // Server rendering cannot wait for a chunk: the app loads the catalogue on the server
  // and hands it over as `messages`, and the first byte is in the language.
  it('renders in the language from the first byte with the catalogue passed as messages', async () => {
    const messages = await loadMfaMessages('de');
    const html = renderToString(
      <MfaProvider
        client={testClient()}
        queryClient={new QueryClient()}
        locale="de"
        messages={messages}
      >
        <SignInForm onSuccess={() => undefined} />
      </MfaProvider>,
    );
    expect(html).toContain('Passwort');
  });

  it('renders the given strings, not nothing, while the catalogue is not loaded', () => {
    // Arabic is loaded by no other test of this file before this one runs.
    const html = renderToString(
      <MfaProvider
        client={testClient()}
        queryClient={new QueryClient()}
        locale="ar"
        messages={{ signIn: 'دخول' }}
      >
        <SignInForm onSuccess={() => undefined} />
      </MfaProvider>,
    );
    expect(html).toContain('دخول');
  });
});
