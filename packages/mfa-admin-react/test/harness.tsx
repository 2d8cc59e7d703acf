// The admin components' browser-test support: the mock backend in the page, an admin
// client and axe come from the React package's harness (one mock worker per page); here
// only the TanStack Query client every admin component reads its data through.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { render } from 'vitest-browser-react';

export {
  eventually,
  expectNoAxeViolations,
  freshBackend,
  testAdminClient,
  testClient,
} from '../../mfa-react/test/harness.tsx';

/** Renders `ui` with a fresh QueryClient, as an app's would be: nothing cached from another test. */
export function renderWithQueries(ui: ReactNode) {
  return render(<QueryClientProvider client={new QueryClient()}>{ui}</QueryClientProvider>);
}
