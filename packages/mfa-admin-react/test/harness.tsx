// The admin components' browser-test support: the mock backend in the page, an admin
// client and axe come from the React package's harness (one mock worker per page); here
// only the TanStack Query client every admin component reads its data through.
import { ADMIN_USER, createMockBackend } from '@authblock/mfa-mock';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { render } from 'vitest-browser-react';
import { freshBackend, testAdminClient } from '../../mfa-react/test/harness.tsx';

export {
  captureDownloads,
  eventually,
  expectNoAxeViolations,
  freshBackend,
  testAdminClient,
  testClient,
} from '../../mfa-react/test/harness.tsx';

/**
 * A fresh seeded tenant (250 users, a year of audit history) served in front of the
 * harness's own backend, and an admin client signed in to it (the tenant's admin unless
 * `email` says another).
 */
export async function seededTenant() {
  const mock = await freshBackend();
  const tenant = createMockBackend({ population: true });
  mock.worker.use(...tenant.handlers);
  const adminClient = async (email: string = ADMIN_USER.email) =>
    testAdminClient(await tenant.issueToken(email));
  return { mock, tenant, adminClient };
}
export type SeededTenant = Awaited<ReturnType<typeof seededTenant>>;

/** Renders `ui` with a fresh QueryClient, as an app's would be: nothing cached from another test. */
export function renderWithQueries(ui: ReactNode) {
  return render(<QueryClientProvider client={new QueryClient()}>{ui}</QueryClientProvider>);
}
