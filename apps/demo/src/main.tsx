import '@authblock/mfa-react/styles.css';
import './app.css';
import { loadMfaMessages } from '@authblock/mfa-react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { readBackend } from './config.ts';
import { loadDemoMessages } from './i18n.tsx';
import { initialLocale } from './locale.ts';

async function main() {
  const backend = readBackend();
  const locale = initialLocale();
  // The page's words before its first paint (no English flash), while the mock starts.
  const words = Promise.all([loadDemoMessages(locale), loadMfaMessages(locale)]).catch(
    () => undefined,
  );
  // `import.meta.env.AUTHBLOCK_API_URL` is a constant of the build: in a build against an
  // API this branch folds away, and with it the mock's chunk (msw, jose, otpauth).
  if (!import.meta.env.AUTHBLOCK_API_URL && backend.kind === 'mock') {
    const { startDemoMock } = await import('./mock.ts');
    await startDemoMock(backend.baseUrl, backend.dialect);
  }
  await words;
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root');
  createRoot(container).render(
    <StrictMode>
      <App backend={backend} />
    </StrictMode>,
  );
}

void main();
