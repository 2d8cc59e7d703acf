'use client';

import type { MfaChannel } from '@authblock/mfa-client';
import { type FormEvent, useId } from 'react';
import { MfaDisable } from '../account/MfaDisable.tsx';
import { MfaSetupWizard } from '../setup/MfaSetupWizard.tsx';
import type { RequireMfaMessages } from './messages.ts';

// What `RequireMfa` shows in place of the page until the policy holds, one step each.

interface StepProps {
  text: RequireMfaMessages;
  /** The channel the policy requires; `undefined` for any second factor. */
  required: MfaChannel | undefined;
  userId: string | undefined;
  headingLevel: 2 | 3;
}

/** MFA is off (or its setup is under way): setup on the required channel, inline. */
export function RequireSetupStep({
  text,
  required,
  userId,
  headingLevel,
  onDone,
}: StepProps & {
  onDone: () => void;
}) {
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
        onComplete={onDone}
      />
    </section>
  );
}

/** MFA is on with the other channel: turn it off (with the password), then set up again. */
export function RequireSwitchStep({ text, required, userId, headingLevel }: StepProps) {
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

/** The policy asks for backup codes confirmed saved, and they are not yet. */
export function RequireBackupCodesStep({
  text,
  onConfirm,
}: {
  text: RequireMfaMessages;
  onConfirm: () => void;
}) {
  const confirmId = useId();
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (new FormData(event.currentTarget).get('saved') === 'yes') onConfirm();
  };
  return (
    <form className="abmfa-require" data-state="confirm-backup-codes" onSubmit={onSubmit}>
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
