import { PasswordlessSignInForm, SignInForm } from '@authblock/mfa-react';
import { useId, useState } from 'react';
import { SEEDED_ADMIN, SEEDED_USER } from './config.ts';
import type { DemoSession } from './session.ts';
import { useFocusHeading } from './useFocusHeading.ts';

type Method = 'password' | 'passwordless';

export interface SignInPageProps {
  isMock: boolean;
  onSignedIn: (session: DemoSession) => void;
  /** Move focus to the heading on arrival. */
  focusHeading: boolean;
}

/** Email and password, or a code by email; both continue into the MFA challenge. */
export function SignInPage({ isMock, onSignedIn, focusHeading }: SignInPageProps) {
  const [method, setMethod] = useState<Method>('password');
  const headingId = useId();
  const headingRef = useFocusHeading(focusHeading);
  return (
    <section className="demo-card demo-signin" aria-labelledby={headingId}>
      <h1 id={headingId} ref={headingRef} tabIndex={-1}>
        Welcome to Northwind
      </h1>
      <p className="demo-muted">
        Sign in with your password, or have a one-time code emailed to you.
      </p>
      <fieldset className="demo-switch">
        <legend className="demo-visually-hidden">Sign-in method</legend>
        {(
          [
            ['password', 'Use a password'],
            ['passwordless', 'Email me a code'],
          ] as const
        ).map(([value, label]) => (
          <label key={value} className="demo-switch-option" data-checked={method === value}>
            <input
              type="radio"
              name="signin-method"
              value={value}
              checked={method === value}
              onChange={() => setMethod(value)}
            />
            {label}
          </label>
        ))}
      </fieldset>
      {method === 'password' ? (
        <SignInForm key="password" onSuccess={onSignedIn} />
      ) : (
        <PasswordlessSignInForm key="passwordless" onSuccess={onSignedIn} />
      )}
      {isMock ? (
        <aside className="demo-credentials" aria-label="Demo account">
          <h2>Demo account</h2>
          <dl>
            <dt>Email</dt>
            <dd>
              <code>{SEEDED_USER.email}</code>
            </dd>
            <dt>Password</dt>
            <dd>
              <code>{SEEDED_USER.password}</code>
            </dd>
          </dl>
          <p className="demo-muted">
            Two-factor authentication starts off. Codes sent by email appear in the mock inbox.
          </p>
          <h3>Tenant admin</h3>
          <dl>
            <dt>Email</dt>
            <dd>
              <code>{SEEDED_ADMIN.email}</code>
            </dd>
            <dt>Password</dt>
            <dd>
              <code>{SEEDED_ADMIN.password}</code>
            </dd>
          </dl>
          <p className="demo-muted">
            Sees the Admin page (MFA adoption across the mock's 250 users) after setting up an
            authenticator app.
          </p>
        </aside>
      ) : null}
    </section>
  );
}
