import { useCallback, useEffect, useState } from 'react';

/** The demo's pages, one per address (`#/sign-in`, `#/security`, `#/admin`). */
export type DemoPage = 'sign-in' | 'security' | 'admin';

const PAGES: readonly DemoPage[] = ['sign-in', 'security', 'admin'];

function pageFromLocation(): DemoPage | null {
  const name = window.location.hash.replace(/^#\/?/, '');
  return PAGES.find((page) => page === name) ?? null;
}

/**
 * The page in the address bar. Moving to another page adds a history entry, so the
 * browser's Back and Forward move between the demo's pages instead of leaving it.
 */
export function useDemoPage(fallback: DemoPage) {
  const [page, setPage] = useState<DemoPage>(() => pageFromLocation() ?? fallback);
  useEffect(() => {
    // The first page gets an address too, without adding an entry.
    if (pageFromLocation() === null) window.history.replaceState(null, '', `#/${fallback}`);
    const onPopState = () => setPage(pageFromLocation() ?? fallback);
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, [fallback]);
  const goTo = useCallback((next: DemoPage) => {
    if (pageFromLocation() !== next) window.history.pushState(null, '', `#/${next}`);
    setPage(next);
  }, []);
  return [page, goTo] as const;
}
