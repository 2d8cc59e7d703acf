import { PasswordlessSignInForm, SignInForm } from '@authblock/mfa-react';
import { useId, useState } from 'react';
import { SEEDED_ADMIN, SEEDED_USER } from './config.ts';
import { useText } from './i18n.tsx';
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
  const { messages } = useText();
  return (
    <section className="demo-card demo-signin" aria-labelledby={headingId}>
      <h1 id={headingId} ref={headingRef} tabIndex={-1}>
        {messages.welcome}
      </h1>
      <p className="demo-muted">{messages.signInIntro}</p>
      <fieldset className="demo-switch">
        <legend className="demo-visually-hidden">{messages.signInMethod}</legend>
        {(
          [
            ['password', messages.usePassword],
            ['passwordless', messages.emailMeCode],
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
      {/* The build's constant first: a build against an API drops the seeded accounts. */}
      {!import.meta.env.AUTHBLOCK_API_URL && isMock ? (
        <aside className="demo-credentials" aria-label={messages.demoAccount}>
          <h2>{messages.demoAccount}</h2>
          <dl>
            <dt>{messages.email}</dt>
            <dd>
              <code dir="ltr">{SEEDED_USER.email}</code>
            </dd>
            <dt>{messages.password}</dt>
            <dd>
              <code dir="ltr">{SEEDED_USER.password}</code>
            </dd>
          </dl>
          <p className="demo-muted">{messages.demoAccountNote}</p>
          <h3>{messages.tenantAdmin}</h3>
          <dl>
            <dt>{messages.email}</dt>
            <dd>
              <code dir="ltr">{SEEDED_ADMIN.email}</code>
            </dd>
            <dt>{messages.password}</dt>
            <dd>
              <code dir="ltr">{SEEDED_ADMIN.password}</code>
            </dd>
          </dl>
          <p className="demo-muted">{messages.tenantAdminNote}</p>
        </aside>
      ) : null}
    </section>
  );
}
