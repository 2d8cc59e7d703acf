import { createMfaClient } from '@authblock/mfa-client';
import { inMemoryMfaMemory } from '@authblock/mfa-core';
import { DEFAULT_API_KEY, DEMO_USER } from '@authblock/mfa-mock';
import { QueryClient } from '@tanstack/react-query';
import { act, type ReactNode } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { MfaDisable } from '../account/MfaDisable.tsx';
import { MfaProvider } from '../provider/MfaProvider.tsx';
import { EmailSetup } from '../setup/EmailSetup.tsx';
import { TotpSetup } from '../setup/TotpSetup.tsx';
import { MfaChallenge } from '../sign-in/MfaChallenge.tsx';
import { PasswordlessSignInForm } from '../sign-in/PasswordlessSignInForm.tsx';
import { SignInForm } from '../sign-in/SignInForm.tsx';

// Server-rendered forms have no submit handler until React hydrates them. Every form that
// holds a password or a code must then submit nowhere: `method="dialog"` (see
// secret-form.ts), never the default GET that puts the secret in the URL.
// hydrateRoot inside act(), as React's own test setups do.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const client = createMfaClient({
  baseUrl: 'https://auth.example.test',
  apiKey: DEFAULT_API_KEY,
  retries: 0,
});

function page(ui: ReactNode) {
  return (
    <MfaProvider
      client={client}
      userId={DEMO_USER.id}
      queryClient={new QueryClient()}
      memory={inMemoryMfaMemory()}
    >
      {ui}
    </MfaProvider>
  );
}

const challenge = { status: 'mfa_required', channel: 'totp' } as const;
const credentials = { method: 'password', email: DEMO_USER.email, password: 'x' } as const;
const forms: [string, ReactNode][] = [
  ['SignInForm', <SignInForm key="s" onSuccess={() => {}} />],
  ['PasswordlessSignInForm', <PasswordlessSignInForm key="p" onSuccess={() => {}} />],
  [
    'MfaChallenge',
    <MfaChallenge key="c" challenge={challenge} credentials={credentials} onSuccess={() => {}} />,
  ],
  ['MfaDisable', <MfaDisable key="d" />],
  ['TotpSetup', <TotpSetup key="t" />],
  ['EmailSetup', <EmailSetup key="e" />],
];

function parse(html: string) {
  const container = document.createElement('div');
  container.innerHTML = html;
  return container;
}

describe.each(forms)('%s rendered on the server', (_name, ui) => {
  it('submits nowhere before hydration: method="dialog", no action', () => {
    const markup = parse(renderToString(page(ui)));
    const formElements = [...markup.querySelectorAll('form')];
    expect(formElements.length).toBeGreaterThan(0);
    for (const form of formElements) {
      expect(form.getAttribute('method')).toBe('dialog');
      expect(form.hasAttribute('action')).toBe(false);
    }
  });

  it('says method="post" once hydrated', async () => {
    const container = parse(renderToString(page(ui)));
    document.body.append(container);
    const root = await act(async () => hydrateRoot(container, page(ui)));
    for (const form of container.querySelectorAll('form')) {
      expect(form.getAttribute('method')).toBe('post');
    }
    act(() => root.unmount());
    container.remove();
  });
});

it('the server markup of the sign-in form holds its password field inside such a form', () => {
  const markup = parse(renderToString(page(<SignInForm onSuccess={() => {}} />)));
  const password = markup.querySelector('input[type="password"]');
  expect(password?.closest('form')?.getAttribute('method')).toBe('dialog');
});
