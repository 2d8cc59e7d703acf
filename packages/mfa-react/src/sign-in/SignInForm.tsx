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
import { type UseMfaSignInOptions, useMfaSignIn } from './useMfaSignIn.ts';

export interface SignInFormState {
  step: 'credentials' | 'challenge';
  isPending: boolean;
  isInvalid: boolean;
}

export interface SignInFormProps extends UseMfaSignInOptions {
  /**
   * Seconds before an emailed code may be resent in the challenge.
   * @default 30
   */
  resendCooldown?: number | undefined;
  /** @default 2 */
  headingLevel?: HeadingLevel | undefined;
  /** Added to `abmfa-sign-in`; may be a function of state. */
  className?: ClassNameProp<SignInFormState> | undefined;
}

/** A drop-in login: email and password, then the MFA challenge when the account has it on. */
export function SignInForm({
  resendCooldown,
  headingLevel = 2,
  className,
  ...options
}: SignInFormProps): ReactElement {
  const method = useSecretFormMethod();
  const signIn = useMfaSignIn(options);
  const { state } = signIn;
  const shown: SignInFormState = {
    step: state.step === 'challenge' ? 'challenge' : 'credentials',
    isPending: state.isPending,
    isInvalid: Boolean(signIn.errorProps.message),
  };
  const rootClass = resolveClassName('abmfa-sign-in', className, shown);

  if (signIn.challengeProps) {
    return (
      <div className={rootClass} data-state={shown.step}>
        <MfaChallenge
          {...signIn.challengeProps}
          resendCooldown={resendCooldown}
          headingLevel={headingLevel}
          messages={options.messages}
        />
      </div>
    );
  }
  return (
    <form
      {...signIn.formProps}
      method={method}
      className={rootClass}
      data-state={shown.step}
      data-loading={dataFlag(state.isPending)}
      data-invalid={dataFlag(shown.isInvalid)}
    >
      <StepHeading
        level={headingLevel}
        {...signIn.headingProps}
        className="abmfa-sign-in__heading"
      />
      <TextField {...signIn.emailFieldProps} />
      <TextField {...signIn.passwordFieldProps} />
      <LiveError {...signIn.errorProps} className="abmfa-error" />
      <button {...signIn.submitButtonProps} className="abmfa-button abmfa-button--primary" />
    </form>
  );
}
