'use client';

import type { MfaRequired } from '@authblock/mfa-client';
import type { MfaSignInSuccess } from '@authblock/mfa-core';
import { type FormEvent, useId, useRef, useState } from 'react';
import { useMessages } from './context.tsx';
import { errorCode, errorText } from './errors.ts';
import { useSignIn } from './hooks.ts';
import {
  ActionButton,
  type ClassNameProp,
  dataFlag,
  type HeadingLevel,
  LiveError,
  resolveClassName,
  StepHeading,
  TextField,
} from './internal/ui.tsx';
import { useAction } from './internal/useAction.ts';
import { MfaChallenge } from './MfaChallenge.tsx';
import type { MfaMessageOverrides } from './messages.ts';

export interface SignInFormState {
  step: 'credentials' | 'challenge';
  isPending: boolean;
  isInvalid: boolean;
}

export interface SignInFormProps {
  /** Signed in, with or without a second factor. */
  onSuccess: (result: MfaSignInSuccess) => void;
  /** Prefills the email field. */
  defaultEmail?: string;
  /**
   * Seconds before an emailed code may be resent in the challenge.
   * @default 30
   */
  resendCooldown?: number;
  /** @default 2 */
  headingLevel?: HeadingLevel;
  /** Added to `abmfa-sign-in`; may be a function of state. */
  className?: ClassNameProp<SignInFormState>;
  messages?: MfaMessageOverrides;
}

/** A drop-in login: email and password, then the MFA challenge when the account has it on. */
export function SignInForm({
  onSuccess,
  defaultEmail = '',
  resendCooldown,
  headingLevel = 2,
  className,
  messages: overrides,
}: SignInFormProps) {
  const messages = useMessages(overrides);
  const signIn = useSignIn();
  const action = useAction();
  const [email, setEmail] = useState(defaultEmail);
  const [password, setPassword] = useState('');
  const [challenge, setChallenge] = useState<MfaRequired | null>(null);
  const [returned, setReturned] = useState(false);
  const [missing, setMissing] = useState(false);
  // Bumped per refused submit, so the same "fill in" message is announced again.
  const [missingCount, setMissingCount] = useState(0);
  const passwordRef = useRef<HTMLInputElement>(null);
  const emailRef = useRef<HTMLInputElement>(null);
  const id = useId();

  const state: SignInFormState = {
    step: challenge ? 'challenge' : 'credentials',
    isPending: action.isPending,
    isInvalid: Boolean(action.error) || missing,
  };
  const rootClass = resolveClassName('abmfa-sign-in', className, state);

  if (challenge) {
    return (
      <div className={rootClass} data-state={state.step}>
        <MfaChallenge
          challenge={challenge}
          credentials={{ method: 'password', email, password }}
          onSuccess={onSuccess}
          onCancel={() => {
            setChallenge(null);
            setPassword('');
            setReturned(true);
          }}
          resendCooldown={resendCooldown}
          headingLevel={headingLevel}
          messages={overrides}
        />
      </div>
    );
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setMissing(!email.trim() || !password);
    if (!email.trim() || !password) {
      setMissingCount((count) => count + 1);
      (email.trim() ? passwordRef : emailRef).current?.focus();
      return;
    }
    void action.run(async () => {
      try {
        const result = await signIn.mutateAsync({ email, password });
        if (result.status === 'signed_in') onSuccess({ user: result.user, tokens: result.tokens });
        else setChallenge(result);
      } catch (error) {
        // Wrong credentials: retype the password. Other failures (the network, the server)
        // leave focus where it was, on the button or the field the user pressed Enter in.
        if (errorCode(error) === 'invalid_credentials') passwordRef.current?.focus();
        throw error;
      }
    });
  };

  const errorId = `${id}-error`;
  // Fields are invalid when missing or when the server refused the credentials, not
  // because the network failed.
  const credentialsRefused = errorCode(action.error) === 'invalid_credentials';
  const isEmailInvalid = (missing && !email.trim()) || credentialsRefused;
  const isPasswordInvalid = (missing && !password) || credentialsRefused;
  const errorMessage = missing
    ? messages.fillCredentials
    : action.error
      ? errorText(action.error, messages)
      : undefined;
  return (
    <form
      className={rootClass}
      data-state={state.step}
      data-loading={dataFlag(action.isPending)}
      data-invalid={dataFlag(state.isInvalid)}
      aria-labelledby={`${id}-heading`}
      aria-busy={action.isPending}
      noValidate
      onSubmit={onSubmit}
    >
      <StepHeading
        level={headingLevel}
        id={`${id}-heading`}
        className="abmfa-sign-in__heading"
        autoFocus={returned}
      >
        {messages.signInHeading}
      </StepHeading>
      <TextField
        id={`${id}-email`}
        label={messages.emailLabel}
        inputRef={emailRef}
        type="email"
        name="email"
        autoComplete="username"
        value={email}
        onValueChange={setEmail}
        readOnly={action.isPending}
        isInvalid={isEmailInvalid}
        aria-describedby={errorId}
      />
      <TextField
        id={`${id}-password`}
        label={messages.passwordLabel}
        inputRef={passwordRef}
        type="password"
        name="password"
        autoComplete="current-password"
        value={password}
        onValueChange={setPassword}
        readOnly={action.isPending}
        isInvalid={isPasswordInvalid}
        aria-describedby={errorId}
      />
      <LiveError
        id={errorId}
        className="abmfa-error"
        message={errorMessage}
        announceKey={action.errorCount + missingCount}
      />
      <ActionButton
        type="submit"
        className="abmfa-button abmfa-button--primary"
        isPending={action.isPending}
        pendingLabel={messages.signingIn}
      >
        {messages.signIn}
      </ActionButton>
    </form>
  );
}
