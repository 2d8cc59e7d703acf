'use client';

import type { MfaChannel, MfaStatus } from '@authblock/mfa-client';
import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { useSetupMessages } from './context.tsx';
import { errorText } from './errors.ts';
import { useMfaStatus } from './hooks.ts';
import { MfaDisable } from './MfaDisable.tsx';
import { MfaSetupWizard } from './MfaSetupWizard.tsx';

/**
 * What a page requires of the signed-in user's second factor. Auth Block has no
 * tenant-wide enforcement, so an app enforces it per page.
 */
export type MfaPolicy = (
  | {
      /** This channel, e.g. `'totp'` for admins (the guide: "require TOTP"). */
      channel: MfaChannel;
    }
  | {
      /** Any second factor. */
      any: true;
    }
) & {
  /**
   * Also require that the user confirmed saving their backup codes (the guide, for
   * high-security roles: "verify backup codes are saved").
   */
  backupCodesConfirmed?: boolean | undefined;
};

/** Strings of `RequireMfa` (English). */
export const enRequireMfaMessages = {
  checking: 'Checking two-factor authentication…',
  /** Names the region that stands in for the page. */
  regionLabel: 'Two-factor authentication required',
  needsTotp: 'This page needs an authenticator app. Set it up to continue.',
  needsEmail: 'This page needs email codes. Set them up to continue.',
  needsAny: 'This page needs two-factor authentication. Turn it on to continue.',
  switchToTotp:
    'This page needs an authenticator app, and you use email codes. Confirm your password to turn email codes off, then set up the app.',
  switchToEmail:
    'This page needs email codes, and you use an authenticator app. Confirm your password to turn it off, then set up email codes.',
  confirmBackupCodes:
    'This page needs your backup codes saved somewhere safe. They are the way back in if you lose your second factor.',
  confirmBackupCodesLabel: 'I have saved my backup codes',
  confirm: 'Continue',
  retry: 'Try again',
};
export type RequireMfaMessages = typeof enRequireMfaMessages;

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

/** Whether `status` meets `policy`'s second-factor part. */
export function meetsMfaPolicy(status: MfaStatus, policy: MfaPolicy): boolean {
  if (!status.enabled) return false;
  // A server that does not say which channel is on (the reference's status route)
  // cannot be checked further: MFA is on, so it is accepted.
  if ('channel' in policy && status.channel !== 'unknown') return status.channel === policy.channel;
  return true;
}

/**
 * App-level MFA enforcement: renders `children` only when the signed-in user's second
 * factor meets `policy`; otherwise walks them through it inline (setup on the required
 * channel, switching channel, confirming backup codes) and then renders the page.
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
}: RequireMfaProps) {
  const text = { ...enRequireMfaMessages, ...overrides };
  const setupMessages = useSetupMessages();
  const status = useMfaStatus(userId);
  const [confirmedHere, setConfirmedHere] = useState(false);
  const [inSetup, setInSetup] = useState(false);
  const confirmId = useId();
  const required = 'channel' in policy ? policy.channel : undefined;

  const confirm = () => {
    setConfirmedHere(true);
    onBackupCodesConfirmed?.();
  };

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
    return <>{children}</>;
  }

  if (inSetup || !current.enabled) {
    return (
      <section className="abmfa-require" data-state="setup" aria-label={text.regionLabel}>
        <p className="abmfa-require__intro">
          {required === 'totp'
            ? text.needsTotp
            : required === 'email'
              ? text.needsEmail
              : text.needsAny}
        </p>
        <MfaSetupWizard
          {...(userId ? { userId } : {})}
          headingLevel={headingLevel}
          {...(required ? { channels: [required], recommended: required } : {})}
          onComplete={() => {
            setInSetup(false);
            confirm();
          }}
        />
      </section>
    );
  }

  if (!meetsMfaPolicy(current, policy)) {
    return (
      <div className="abmfa-require" data-state="switch">
        <MfaDisable
          {...(userId ? { userId } : {})}
          headingLevel={headingLevel}
          description={required === 'totp' ? text.switchToTotp : text.switchToEmail}
        />
      </div>
    );
  }

  const onConfirm = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (new FormData(event.currentTarget).get('saved') === 'yes') confirm();
  };
  return (
    <form className="abmfa-require" data-state="confirm-backup-codes" onSubmit={onConfirm}>
      <p className="abmfa-require__intro">{text.confirmBackupCodes}</p>
      <p>
        <input id={confirmId} type="checkbox" name="saved" value="yes" required />{' '}
        <label htmlFor={confirmId}>{text.confirmBackupCodesLabel}</label>
      </p>
      <button type="submit" className="abmfa-button abmfa-button--primary">
        {text.confirm}
      </button>
    </form>
  );
}
