// A sign-in challenge in a design system of its own, built only from `useMfaChallenge`
// (and `useOtpField` for the code field): none of the kit's markup, classes or styles.
// The drop-in `MfaChallenge` browser tests run against it too (MfaChallenge.test.tsx).
import type { CSSProperties } from 'react';
import { type UseMfaChallengeOptions, useMfaChallenge, useOtpField } from '../src/index.ts';

const card: CSSProperties = {
  maxWidth: '22rem',
  padding: '1.5rem',
  borderRadius: '1rem',
  background: '#fffdf7',
  color: '#1f2430',
  border: '2px solid #1f2430',
  fontFamily: 'Georgia, serif',
  display: 'grid',
  gap: '0.75rem',
};
const input: CSSProperties = {
  fontSize: '1.75rem',
  letterSpacing: '0.5em',
  padding: '0.5rem',
  border: '2px solid #1f2430',
  borderRadius: '0.5rem',
  background: '#ffffff',
  color: '#1f2430',
};
const button: CSSProperties = {
  padding: '0.5rem 1rem',
  borderRadius: '999px',
  border: '2px solid #1f2430',
  background: '#ffffff',
  color: '#1f2430',
  cursor: 'pointer',
};
const primary: CSSProperties = { ...button, background: '#1f2430', color: '#fffdf7' };
const alertStyle: CSSProperties = { color: '#9b1c1c', margin: 0 };

export function CustomChallenge(options: UseMfaChallengeOptions) {
  const challenge = useMfaChallenge(options);
  const field = useOtpField(challenge.fieldProps);
  return (
    <form {...challenge.formProps} style={card}>
      <h2 {...challenge.headingProps} style={{ margin: 0, fontSize: '1.25rem' }} />
      <label htmlFor={field.labelProps.htmlFor} style={{ fontWeight: 700 }}>
        {field.label}
      </label>
      <input
        {...field.inputProps}
        style={{ ...input, borderColor: field.state.isInvalid ? '#9b1c1c' : '#1f2430' }}
      />
      <p {...field.descriptionProps} style={{ margin: 0, fontSize: '0.875rem' }}>
        {field.description}
      </p>
      <div {...field.errorMessageProps} role="alert">
        {challenge.errorMessage ? (
          <p key={challenge.state.errorCount} style={alertStyle}>
            {challenge.errorMessage}
          </p>
        ) : null}
      </div>
      {challenge.lockoutProps ? <p {...challenge.lockoutProps} style={{ margin: 0 }} /> : null}
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem' }}>
        <button {...challenge.verifyButtonProps} style={primary} />
        {challenge.retryButtonProps ? (
          <button {...challenge.retryButtonProps} style={button} />
        ) : null}
        {challenge.switchButtonProps ? (
          <button {...challenge.switchButtonProps} style={button} />
        ) : null}
        {challenge.resendButtonProps ? (
          <button {...challenge.resendButtonProps} style={button} />
        ) : null}
      </div>
      <p role="status" style={{ margin: 0 }}>
        {challenge.statusMessage}
      </p>
    </form>
  );
}
