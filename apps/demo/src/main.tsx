import '@authblock/mfa-react/styles.css';
import './app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { readBackend } from './config.ts';

async function main() {
  const backend = readBackend();
  if (backend.kind === 'mock') {
    // Loaded only in mock mode, so a build against a real API never runs the mock.
    const { startDemoMock } = await import('./mock.ts');
    await startDemoMock(backend.baseUrl, backend.dialect);
  }
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root');
  createRoot(container).render(
    <StrictMode>
      <App backend={backend} />
    </StrictMode>,
  );
}

void main();
