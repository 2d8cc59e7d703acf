'use client';

import type { ReactElement } from 'react';
import { useSecretFormMethod } from '../internal/secret-form.ts';
import {
  type ClassNameProp,
  dataFlag,
  type HeadingLevel,
  LiveError,
  resolveClassName,
  StepHeading,
  TextField,
} from '../internal/ui.tsx';
import { MfaChallenge } from './MfaChallenge.tsx';
import { OtpInput } from './OtpInput.tsx';
import {
  type UseMfaPasswordlessSignInOptions,
  useMfaPasswordlessSignIn,
} from './useMfaPasswordlessSignIn.ts';

export interface PasswordlessSignInFormState {
  step: 'email' | 'code' | 'challenge';
  isPending: boolean;
  isInvalid: boolean;
}

export interface PasswordlessSignInFormProps extends UseMfaPasswordlessSignInOptions {
  /** @default 2 */
  headingLevel?: HeadingLevel | undefined;
  /** Added to `abmfa-passwordless`; may be a function of state. */
  className?: ClassNameProp<PasswordlessSignInFormState> | undefined;
}

/**
 * Passwordless sign-in: request an emailed code, enter it, then the MFA challenge when the
 * account has it on.
 */
export function PasswordlessSignInForm({
  headingLevel = 2,
  className,
  ...options
}: PasswordlessSignInFormProps): ReactElement {
  const method = useSecretFormMethod();
  const signIn = useMfaPasswordlessSignIn(options);
  const { state } = signIn;
  const isPending = state.isPending || state.isRequesting;
  const shown: PasswordlessSignInFormState = {
    step: state.step === 'done' ? 'code' : state.step,
    isPending,
    isInvalid: Boolean(signIn.errorProps.message),
  };
  const rootClass = resolveClassName('abmfa-passwordless', className, shown);

  if (signIn.challengeProps) {
    return (
      <div className={rootClass} data-state={shown.step}>
        <MfaChallenge
          {...signIn.challengeProps}
          resendCooldown={options.resendCooldown}
          emailCodeTtl={options.emailCodeTtl}
          headingLevel={headingLevel}
          messages={options.messages}
        />
      </div>
    );
  }
  const heading = (
    <StepHeading
      key={shown.step}
      level={headingLevel}
      {...signIn.headingProps}
      className="abmfa-passwordless__heading"
    />
  );
  return (
    <form
      {...signIn.formProps}
      method={method}
      className={rootClass}
      data-state={shown.step}
      data-loading={dataFlag(isPending)}
      data-invalid={dataFlag(shown.isInvalid)}
    >
      {shown.step === 'email' ? (
        <>
          {heading}
          <p {...signIn.introProps} className="abmfa-passwordless__intro" />
          <TextField {...signIn.emailFieldProps} />
          <LiveError {...signIn.errorProps} className="abmfa-error" />
          <button {...signIn.sendButtonProps} className="abmfa-button abmfa-button--primary" />
        </>
      ) : (
        <>
          {heading}
          <OtpInput {...signIn.fieldProps} />
          {signIn.lockoutProps ? (
            <p
              {...signIn.lockoutProps}
              className="abmfa-passwordless__lockout"
              data-state="locked"
            />
          ) : null}
          <div className="abmfa-passwordless__actions">
            <button {...signIn.verifyButtonProps} className="abmfa-button abmfa-button--primary" />
            {signIn.retryButtonProps ? (
              <button {...signIn.retryButtonProps} className="abmfa-button" />
            ) : null}
            {signIn.resendButtonProps ? (
              <button {...signIn.resendButtonProps} className="abmfa-button abmfa-button--link" />
            ) : null}
            <button
              {...signIn.changeEmailButtonProps}
              className="abmfa-button abmfa-button--link"
            />
          </div>
          <p className="abmfa-passwordless__status" role="status">
            {signIn.statusMessage}
          </p>
        </>
      )}
    </form>
  );
}
