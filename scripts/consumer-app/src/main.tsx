// An app as the README builds it: the client, the provider, the sign-in form and the
// settings card, on the in-page mock with `?mock`.
import { type AuthTokens, type AuthUser, createMfaClient } from '@authblock/mfa-client';
import { MfaProvider, SignInForm } from '@authblock/mfa-react';
import { MfaSettings } from '@authblock/mfa-react/setup';
import '@authblock/mfa-react/styles.css';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';

let session: { user: AuthUser; tokens: AuthTokens } | null = null;

const client = createMfaClient({
  baseUrl: window.location.origin,
  apiKey: 'pk_test_mock',
  getToken: () => session?.tokens.accessToken,
});

function App() {
  const [user, setUser] = useState<AuthUser | null>(null);
  return (
    <MfaProvider client={client} userId={user?.id}>
      {user ? (
        <MfaSettings />
      ) : (
        <SignInForm
          onSuccess={(result) => {
            session = result;
            setUser(result.user);
          }}
        />
      )}
    </MfaProvider>
  );
}

async function start(): Promise<void> {
  // At run time, not `import.meta.env.DEV`, so the build bundles the mock's browser entry too.
  if (new URLSearchParams(window.location.search).has('mock')) {
    const { startMockWorker } = await import('@authblock/mfa-mock/browser');
    await startMockWorker({ baseUrl: window.location.origin });
  }
  const root = document.getElementById('root');
  if (root) createRoot(root).render(<App />);
}

void start();
