'use client';

import type { AuthTokens, AuthUser, MfaRequired, SignInResult } from '@authblock/mfa-client';
import { type FormEvent, useCallback, useEffect, useId, useRef, useState } from 'react';
import { useMessages } from './context.tsx';
import { errorText, isCodeRejected, isLockout, isTransient, retryAfterSeconds } from './errors.ts';
import { usePasswordlessVerify, useSignIn } from './hooks.ts';
import {
  ActionButton,
  type ClassNameProp,
  dataFlag,
  type HeadingLevel,
  resolveClassName,
  StepHeading,
  useFocusAfterRender,
} from './internal/ui.tsx';
import { useAction } from './internal/useAction.ts';
import { useCountdown } from './internal/useCountdown.ts';
import type { MfaMessageOverrides } from './messages.ts';
import { OtpInput } from './OtpInput.tsx';

/** How the first sign-in step was made; the second step repeats it with the code. */
export type MfaChallengeCredentials =
  | { method: 'password'; email: string; password: string }
  | { method: 'passwordless'; email: string; code: string };

/** What `onSuccess` receives once the second factor is accepted. */
export interface MfaSignInSuccess {
  user: AuthUser;
  tokens: AuthTokens;
}

export interface MfaChallengeState {
  /** `code` (the channel's code), `backup` (a backup code), `locked` or `done`. */
  step: 'code' | 'backup' | 'locked' | 'done';
  isPending: boolean;
  isInvalid: boolean;
}

export interface MfaChallengeProps {
  /** The `mfa_required` result of sign-in or passwordless verify. */
  challenge: MfaRequired;
  /** What the first step sent, so the second can repeat it with the code. */
  credentials: MfaChallengeCredentials;
  /** The code was accepted: the user and their tokens. */
  onSuccess: (result: MfaSignInSuccess) => void;
  /** Shows a "Back" button, e.g. to return to the password form. */
  onCancel?: () => void;
  /**
   * Seconds before "Resend code" may be used (email channel), counted from when the
   * challenge appears and after each resend; the server's `Retry-After` wins when longer.
   * @default 30
   */
  resendCooldown?: number;
  /** Focus the code field when the challenge appears. @default true */
  autoFocus?: boolean;
  /** @default 2 */
  headingLevel?: HeadingLevel;
  /** Added to `abmfa-challenge`; may be a function of state. */
  className?: ClassNameProp<MfaChallengeState>;
  messages?: MfaMessageOverrides;
}

/**
 * The second sign-in step: a code for the user's channel, or a backup code instead;
 * resend for email codes, a countdown while locked out, and `onSuccess` with the tokens.
 */
export function MfaChallenge({
  challenge,
  credentials,
  onSuccess,
  onCancel,
  resendCooldown = 30,
  autoFocus = true,
  headingLevel = 2,
  className,
  messages: overrides,
}: MfaChallengeProps) {
  const messages = useMessages(overrides);
  const signIn = useSignIn();
  const passwordless = usePasswordlessVerify();
  const submit = useAction();
  const resend = useAction();
  const [isBackupMode, setBackupMode] = useState(false);
  const [code, setCode] = useState('');
  const [isDone, setDone] = useState(false);
  const [resent, setResent] = useState(false);
  // The Retry-After of the latest lockout, kept once it runs out so "try again now" shows.
  const [lockSeconds, setLockSeconds] = useState<number | null>(null);
  const lastCode = useRef<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const isEmail = challenge.channel === 'email';
  const resendTimer = useCountdown(isEmail ? resendCooldown : 0);
  const lockTimer = useCountdown();
  const focusSoon = useFocusAfterRender();
  const id = useId();
  const headingId = `${id}-heading`;
  const retryId = `${id}-retry`;
  const lockoutId = `${id}-lockout`;

  const send = useCallback(
    (mfaCode?: string): Promise<SignInResult> =>
      credentials.method === 'password'
        ? signIn.mutateAsync({ email: credentials.email, password: credentials.password, mfaCode })
        : passwordless.mutateAsync({
            email: credentials.email,
            code: credentials.code,
            mfaCode,
          }),
    [credentials, signIn.mutateAsync, passwordless.mutateAsync],
  );

  const isLocked = lockTimer.isRunning;

  /** Starts the lockout countdown when `error` is a timed lockout; `true` if it was. */
  const lockFor = (error: unknown): boolean => {
    const wait = isLockout(error) ? retryAfterSeconds(error) : undefined;
    if (!wait) return false;
    lockTimer.start(wait);
    setLockSeconds(wait);
    return true;
  };

  const verify = (value: string) => {
    if (isDone || isLocked) return;
    lastCode.current = value;
    setLockSeconds(null);
    void submit.run(async () => {
      try {
        const result = await send(value);
        if (result.status === 'signed_in') {
          setDone(true);
          onSuccess({ user: result.user, tokens: result.tokens });
        } else {
          // The server asked again instead of answering: show the generic message.
          throw new Error('The server asked for a second factor again.');
        }
      } catch (error) {
        lockFor(error);
        requestAnimationFrame(() => inputRef.current?.select());
        throw error;
      }
    });
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (code.length === 0) {
      inputRef.current?.focus();
      return;
    }
    verify(code);
  };

  const onResend = () => {
    setResent(false);
    setLockSeconds(null);
    void resend.run(async () => {
      try {
        const result = await send();
        if (result.status === 'signed_in') {
          setDone(true);
          onSuccess({ user: result.user, tokens: result.tokens });
          return;
        }
        setResent(true);
        resendTimer.start(resendCooldown);
        // The new code goes in the field: take the user there (the button is in cooldown).
        focusSoon(() => inputRef.current);
      } catch (error) {
        // Locked out (too many attempts) locks the whole form, as for a wrong code.
        if (!lockFor(error)) resendTimer.start(retryAfterSeconds(error) ?? resendCooldown);
        focusSoon(() => inputRef.current);
        throw error;
      }
    });
  };

  // "Try again" disappears while its request runs: focus goes to the field first.
  const onRetry = () => {
    if (!lastCode.current) return;
    inputRef.current?.focus();
    verify(lastCode.current);
  };

  const toggleBackup = () => {
    setBackupMode((current) => !current);
    setCode('');
    submit.clearError();
    requestAnimationFrame(() => inputRef.current?.focus());
  };

  const shownError = submit.error ?? resend.error;
  // A timed lockout that has run out is over: its error gives way to "try again now".
  const lockEnded = lockSeconds !== null && !isLocked;
  useEffect(() => {
    if (lockEnded) inputRef.current?.focus();
  }, [lockEnded]);
  // While locked the alert says so once, with a coarse wait; the countdown below the field
  // ticks outside any live region.
  const errorMessage =
    isLocked && lockSeconds !== null
      ? messages.lockedOutFor(lockSeconds)
      : shownError && !lockEnded
        ? errorText(shownError, messages)
        : undefined;
  const channelName = isEmail ? messages.channelEmail : messages.channelTotp;
  const hint = isBackupMode
    ? messages.backupCodeHint
    : isEmail
      ? challenge.sentTo
        ? messages.challengeEmailHint(challenge.sentTo)
        : messages.challengeEmailHintGeneric
      : messages.challengeTotpHint;
  const state: MfaChallengeState = {
    step: isDone ? 'done' : isLocked ? 'locked' : isBackupMode ? 'backup' : 'code',
    isPending: submit.isPending,
    isInvalid: Boolean(errorMessage),
  };
  const canRetry = Boolean(submit.error) && isTransient(submit.error) && lastCode.current !== null;

  return (
    <form
      className={resolveClassName('abmfa-challenge', className, state)}
      data-state={state.step}
      data-channel={challenge.channel}
      data-loading={dataFlag(submit.isPending)}
      data-invalid={dataFlag(state.isInvalid)}
      aria-labelledby={headingId}
      aria-busy={submit.isPending}
      noValidate
      onSubmit={onSubmit}
    >
      <StepHeading level={headingLevel} id={headingId} className="abmfa-challenge__heading">
        {messages.challengeHeading}
      </StepHeading>
      <OtpInput
        key={isBackupMode ? 'backup' : 'code'}
        mode={isBackupMode ? 'backup' : 'numeric'}
        value={code}
        onValueChange={setCode}
        onComplete={verify}
        description={isEmail && !isBackupMode ? `${hint} ${messages.challengeEmailExpiry}` : hint}
        errorMessage={errorMessage}
        errorKey={submit.errorCount + resend.errorCount}
        isInvalid={!isLocked && isCodeRejected(submit.error)}
        describedBy={[canRetry ? retryId : '', isLocked ? lockoutId : ''].join(' ').trim()}
        isPending={submit.isPending}
        isLocked={isLocked || isDone}
        autoFocus={autoFocus}
        inputRef={inputRef}
        messages={overrides}
      />
      {isLocked ? (
        <p id={lockoutId} className="abmfa-challenge__lockout" data-state="locked">
          {messages.lockedOut(messages.countdown(lockTimer.remaining))}
        </p>
      ) : null}
      <div className="abmfa-challenge__actions">
        <ActionButton
          type="submit"
          className="abmfa-button abmfa-button--primary"
          isPending={submit.isPending}
          pendingLabel={messages.verifying}
          disabled={isLocked || isDone}
        >
          {messages.verify}
        </ActionButton>
        {canRetry ? (
          <ActionButton
            id={retryId}
            className="abmfa-button"
            onClick={onRetry}
            disabled={isLocked || isDone}
          >
            {messages.retry}
          </ActionButton>
        ) : null}
        <button
          type="button"
          className="abmfa-button abmfa-button--link"
          onClick={toggleBackup}
          disabled={isDone}
        >
          {isBackupMode ? messages.switchToChannelCode(channelName) : messages.switchToBackupCode}
        </button>
        {isEmail && !isBackupMode ? (
          <ActionButton
            className="abmfa-button abmfa-button--link"
            onClick={onResend}
            isPending={resend.isPending}
            pendingLabel={messages.resending}
            disabled={resendTimer.isRunning || isLocked || isDone}
            data-state={resendTimer.isRunning ? 'cooldown' : 'ready'}
          >
            {resendTimer.isRunning
              ? messages.resendIn(messages.countdown(resendTimer.remaining))
              : messages.resend}
          </ActionButton>
        ) : null}
        {onCancel ? (
          <button type="button" className="abmfa-button abmfa-button--link" onClick={onCancel}>
            {messages.back}
          </button>
        ) : null}
      </div>
      <div className="abmfa-challenge__status" role="status">
        {isDone
          ? messages.signedIn
          : lockEnded
            ? messages.lockoutOver
            : resent
              ? messages.codeResent
              : ''}
      </div>
    </form>
  );
}
