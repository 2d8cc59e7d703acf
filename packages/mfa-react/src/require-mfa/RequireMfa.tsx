'use client';

import { type MfaPolicy, meetsMfaPolicy } from '@authblock/mfa-core';
import { type ReactElement, type ReactNode, useEffect, useRef, useState } from 'react';
import { useLazyCatalogue } from '../internal/lazy-catalogue.ts';
import { errorText } from '../provider/errors.ts';
import { useMfaStatus } from '../provider/hooks.ts';
import { useSetupMessages } from '../provider/MfaProvider.tsx';
import { requireMfaCatalogues } from './catalogues.ts';
import type { RequireMfaMessages } from './messages.ts';
import { RequireBackupCodesStep, RequireSetupStep, RequireSwitchStep } from './RequireMfaSteps.tsx';

export interface RequireMfaProps {
  /** What the page requires. */
  policy: MfaPolicy;
  /** The page, rendered only once the policy holds. */
  children: ReactNode;
  /** The user; defaults to the provider's `userId`. */
  userId?: string | undefined;
  /**
   * Whether this user already confirmed their backup codes (the API keeps no such flag:
   * the app stores it). Setup's "I saved them" and the confirmation here report through
   * `onBackupCodesConfirmed`.
   */
  backupCodesConfirmed?: boolean | undefined;
  onBackupCodesConfirmed?: (() => void) | undefined;
  /** @default 2 */
  headingLevel?: 2 | 3 | undefined;
  messages?: Partial<RequireMfaMessages> | undefined;
}

/**
 * A screen gate: renders `children` only when the signed-in user's second factor meets
 * `policy`; otherwise walks them through it inline (setup on the required channel,
 * switching channel, confirming backup codes) and then renders the page.
 *
 * It decides what the browser shows, nothing more: anyone holding the user's token can
 * call the API around it, and Auth Block enforces no second factor tenant-wide. Protect the
 * page's data on your server: run `checkMfaOnServer` (`@authblock/mfa-core`) with the
 * user's token and the same policy before serving it.
 *
 * @example
 * <RequireMfa policy={{ channel: 'totp' }}>
 *   <AdminPage />
 * </RequireMfa>
 */
export function RequireMfa({
  policy,
  children,
  userId,
  backupCodesConfirmed,
  onBackupCodesConfirmed,
  headingLevel = 2,
  messages: overrides,
}: RequireMfaProps): ReactElement | null {
  // The provider's language; until its strings arrive (first use only) the page waits.
  const catalogue = useLazyCatalogue(requireMfaCatalogues, undefined);
  const setupMessages = useSetupMessages();
  const status = useMfaStatus(userId);
  const [confirmedHere, setConfirmedHere] = useState(false);
  const [inSetup, setInSetup] = useState(false);
  // Set when this gate's own setup ends: its "Done" button leaves the page, so focus moves
  // to the first heading the page shows rather than dropping to the document's body.
  const [doneHere, setDoneHere] = useState(false);
  const required = 'channel' in policy ? policy.channel : undefined;

  const confirm = () => {
    setConfirmedHere(true);
    onBackupCodesConfirmed?.();
  };

  if (!catalogue) return null;
  const text = { ...catalogue.messages, ...overrides };
  if (status.isPending) {
    return (
      <p className="abmfa-require" role="status" data-state="checking">
        {text.checking}
      </p>
    );
  }
  if (status.isError) {
    return (
      <div className="abmfa-require" data-state="error">
        <p role="alert">{errorText(status.error, setupMessages)}</p>
        <button type="button" className="abmfa-button" onClick={() => void status.refetch()}>
          {text.retry}
        </button>
      </div>
    );
  }

  const current = status.data;
  // Setup turns MFA on before the backup codes are shown; from its start, the page waits
  // for its end (state adjusted during render, React's pattern for derived state).
  if (!current.enabled && !inSetup) setInSetup(true);
  const confirmed = confirmedHere || backupCodesConfirmed === true;
  if (!inSetup && meetsMfaPolicy(current, policy) && (!policy.backupCodesConfirmed || confirmed)) {
    return doneHere ? <FocusFirstHeading>{children}</FocusFirstHeading> : <>{children}</>;
  }

  const step = { text, required, userId, headingLevel };
  if (inSetup || !current.enabled) {
    return (
      <RequireSetupStep
        {...step}
        onDone={() => {
          setInSetup(false);
          setDoneHere(true);
          confirm();
        }}
      />
    );
  }
  if (!meetsMfaPolicy(current, policy)) return <RequireSwitchStep {...step} />;
  return <RequireBackupCodesStep text={text} onConfirm={confirm} />;
}

/**
 * The page, revealed after the gate's setup, with focus on its first heading as soon as
 * one is there (a page may render its heading after loading its own strings).
 * `display: contents` keeps the wrapper out of the page's layout.
 */
function FocusFirstHeading({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    const focusHeading = () => {
      const heading = root.querySelector<HTMLElement>('h1, h2, h3, h4, h5, h6');
      if (!heading) return false;
      if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
      heading.focus();
      return true;
    };
    if (focusHeading()) return;
    const observer = new MutationObserver(() => {
      if (focusHeading()) observer.disconnect();
    });
    observer.observe(root, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={ref} style={{ display: 'contents' }}>
      {children}
    </div>
  );
}
