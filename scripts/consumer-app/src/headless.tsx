// The headless hooks on an app's own markup, as a team that wants its own design writes
// them: every prop bundle spread onto plain elements. Not rendered by main.tsx; it is here
// so consumer-check type-checks the hooks' result types against React 18's types and 19's.
import {
  MfaChallenge,
  type MfaTextFieldProps,
  useMfaBackupCodeNudge,
  useMfaBackupCodes,
  useMfaDisable,
  useMfaMemory,
  useMfaPasswordlessSignIn,
  useMfaSignIn,
  useOtpField,
} from '@authblock/mfa-react';
import { useMfaEmailSetup, useMfaTotpSetup } from '@authblock/mfa-react/setup';
import type { ReactElement } from 'react';

function Field({ label, inputRef, onValueChange, isInvalid, ...input }: MfaTextFieldProps) {
  return (
    <label>
      {label}
      <input
        {...input}
        ref={inputRef}
        onChange={(event) => onValueChange(event.target.value)}
        aria-invalid={isInvalid || undefined}
      />
    </label>
  );
}

export function MySignIn({ onDone }: { onDone: () => void }): ReactElement {
  const s = useMfaSignIn({ onSuccess: onDone });
  if (s.challengeProps) return <MfaChallenge {...s.challengeProps} />;
  return (
    <form {...s.formProps}>
      <h2 {...s.headingProps} />
      <Field {...s.emailFieldProps} />
      <Field {...s.passwordFieldProps} />
      <p id={s.errorProps.id} role="alert">
        {s.errorProps.message}
      </p>
      <button {...s.submitButtonProps} />
    </form>
  );
}

export function MyPasswordless({ onDone }: { onDone: () => void }): ReactElement {
  const p = useMfaPasswordlessSignIn({ onSuccess: onDone });
  const code = useOtpField(p.fieldProps);
  if (p.challengeProps) return <MfaChallenge {...p.challengeProps} />;
  return (
    <form {...p.formProps}>
      <h2 {...p.headingProps} />
      {p.state.step === 'email' ? (
        <>
          <p {...p.introProps} />
          <Field {...p.emailFieldProps} />
          <button {...p.sendButtonProps} />
        </>
      ) : (
        <>
          <label htmlFor={code.labelProps.htmlFor}>{code.label}</label>
          <input {...code.inputProps} />
          <p {...code.descriptionProps}>{code.description}</p>
          <button {...p.verifyButtonProps} />
          {p.resendButtonProps ? <button {...p.resendButtonProps} /> : null}
          {p.lockoutProps ? <p {...p.lockoutProps} /> : null}
          <button {...p.changeEmailButtonProps} />
        </>
      )}
      <p role="status">{p.statusMessage}</p>
    </form>
  );
}

export function MyEmailSetup(): ReactElement {
  const e = useMfaEmailSetup({});
  const code = useOtpField(e.fieldProps);
  return (
    <form {...e.formProps}>
      <h2 id={e.ids.heading}>{e.messages.emailHeading}</h2>
      <input {...code.inputProps} />
      <button {...e.enableButtonProps} />
      <button {...e.resendButtonProps} />
      {e.retryStartButtonProps ? <button {...e.retryStartButtonProps} /> : null}
      <p role="status">{e.statusMessage || e.startStatus}</p>
    </form>
  );
}

export function MyTotpSetup(): ReactElement {
  const t = useMfaTotpSetup({});
  const code = useOtpField(t.fieldProps);
  return (
    <form {...t.formProps}>
      <code>{t.state.setup?.secret}</code>
      <input {...code.inputProps} />
      <button {...t.enableButtonProps} />
    </form>
  );
}

export function MyBackupCodes({ codes }: { codes: readonly string[] }): ReactElement {
  const b = useMfaBackupCodes({ codes });
  return (
    <section aria-labelledby={b.ids.heading}>
      <button {...b.copyButtonProps} />
      <p role="status">{b.notice.text}</p>
      <input {...b.checkboxProps} />
      <p id={b.ids.error}>{b.confirmError}</p>
      <button {...b.continueButtonProps} />
    </section>
  );
}

export function MyDisable(): ReactElement {
  const d = useMfaDisable();
  const nudge = useMfaBackupCodeNudge();
  const { memory } = useMfaMemory();
  return (
    <form {...d.formProps} data-nudge={nudge.isShown && !memory.backupCodesUnconfirmed}>
      <h2 {...d.headingProps} />
      <p {...d.introProps}>{d.messages.disableIntro}</p>
      <Field {...d.passwordFieldProps} />
      <button {...d.submitButtonProps} />
    </form>
  );
}
