import { useEffect, useRef } from 'react';

/**
 * Focuses the page's heading when the page replaces another (after sign-in or sign-out),
 * so keyboard and screen-reader users start at the top of the new page, not on `<body>`.
 */
export function useFocusHeading(isEnabled: boolean) {
  const ref = useRef<HTMLHeadingElement>(null);
  const enabledAtMount = useRef(isEnabled);
  useEffect(() => {
    if (enabledAtMount.current) ref.current?.focus();
  }, []);
  return ref;
}
