import { DEMO_USER, scenarios } from '@authblock/mfa-mock';
import * as React from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import {
  countingClock,
  demoCredentials,
  eventually,
  firstStep,
  freshBackend,
  renderWithMfa,
  requestCount,
} from '../../test/harness.tsx';
import { EmailSetup } from '../setup/EmailSetup.tsx';
import { MfaChallenge } from '../sign-in/MfaChallenge.tsx';
import { PasswordlessSignInForm } from '../sign-in/PasswordlessSignInForm.tsx';

// The hooks hand their flow to React with useSyncExternalStore: its countdowns run while
// the component is mounted and stop when it goes. The provider's clock counts the timers.

let mock: Awaited<ReturnType<typeof freshBackend>>;
beforeEach(async () => {
  mock = await freshBackend();
});

async function challenge(channel: 'totp' | 'email', options: { strict?: boolean } = {}) {
  await mock.backend.enableMfaFor(DEMO_USER.email, channel);
  const step = await firstStep(DEMO_USER.email, DEMO_USER.password);
  const clock = countingClock();
  // The reference's answer names no channel; an app that knows it passes it.
  const ui = (
    <MfaChallenge
      challenge={{ ...step, channel }}
      credentials={demoCredentials}
      onSuccess={vi.fn()}
    />
  );
  const { screen } = await renderWithMfa(mock.backend, ui, {
    clock,
    strict: options.strict ?? false,
  });
  return { screen, clock, ui };
}

/** Locks the challenge: the next sign-in is answered 429 with `Retry-After`. */
async function lockOut(
  screen: Awaited<ReturnType<typeof challenge>>['screen'],
  retryAfterSeconds: number,
) {
  mock.worker.use(
    ...scenarios.rateLimited({
      route: 'POST /auth/sign_in',
      code: 'too_many_attempts',
      retryAfterSeconds,
      once: true,
    }),
  );
  await userEvent.fill(screen.getByRole('textbox', { name: 'Verification code' }), '123456');
  await expect.element(screen.getByText(/You can try again in/)).toBeVisible();
}

const { Activity } = React as {
  Activity?: React.ComponentType<{ mode: 'visible' | 'hidden'; children: React.ReactNode }>;
};

/** Its children, hidden (not unmounted) by a button, with React 19's Activity. */
function Hideable({ children }: { children: React.ReactNode }) {
  const [isHidden, setHidden] = React.useState(false);
  if (!Activity) return children;
  return (
    <>
      <button type="button" onClick={() => setHidden(!isHidden)}>
        {isHidden ? 'show' : 'hide'}
      </button>
      <Activity mode={isHidden ? 'hidden' : 'visible'}>{children}</Activity>
    </>
  );
}

describe('a flow lives with its component', () => {
  it('unmounting during a lockout leaves no timer scheduled', async () => {
    const { screen, clock } = await challenge('totp');
    await lockOut(screen, 900);
    expect(clock.pending()).toBe(1);
    await screen.unmount();
    expect(clock.pending()).toBe(0);
  });

  it('unmounting during the challenge’s resend cooldown leaves no timer scheduled', async () => {
    const { screen, clock } = await challenge('email');
    await expect.element(screen.getByRole('button', { name: /Resend code/ })).toBeVisible();
    expect(clock.pending()).toBe(1);
    await screen.unmount();
    expect(clock.pending()).toBe(0);
  });

  it('unmounting during the passwordless resend cooldown leaves no timer scheduled', async () => {
    const clock = countingClock();
    const { screen } = await renderWithMfa(
      mock.backend,
      <PasswordlessSignInForm onSuccess={vi.fn()} />,
      { clock },
    );
    await userEvent.fill(screen.getByLabelText('Email', { exact: true }), DEMO_USER.email);
    await userEvent.click(screen.getByRole('button', { name: 'Email me a code' }));
    await expect.element(screen.getByRole('textbox', { name: 'Sign-in code' })).toBeVisible();
    expect(clock.pending()).toBe(1);
    await screen.unmount();
    expect(clock.pending()).toBe(0);
  });

  it('StrictMode’s double mount leaves one live flow and sends one request', async () => {
    const clock = countingClock();
    const { screen } = await renderWithMfa(mock.backend, <EmailSetup />, {
      signedInAs: DEMO_USER.email,
      strict: true,
      clock,
    });
    await expect.element(screen.getByRole('textbox', { name: 'Verification code' })).toBeVisible();
    expect(requestCount(mock.backend, 'POST', `/users/${DEMO_USER.id}/mfa/setup`)).toBe(1);
    // One resend cooldown ticking: the flow StrictMode's double render threw away never ran.
    expect(clock.pending()).toBe(1);
    await screen.unmount();
    expect(clock.pending()).toBe(0);
    expect(requestCount(mock.backend, 'POST', `/users/${DEMO_USER.id}/mfa/setup`)).toBe(1);
  });

  it('StrictMode’s remount keeps the lockout counting', async () => {
    const { screen, clock } = await challenge('totp', { strict: true });
    await lockOut(screen, 900);
    expect(clock.pending()).toBe(1);
    await expect.element(screen.getByText(/You can try again in 1[45]:\d\d\./)).toBeVisible();
  });

  // React 19's <Activity> hides a screen without unmounting it: its effects (and so the
  // flow's subscription) go, its state stays. React 18 has no Activity.
  it.skipIf(!Activity)(
    'a hidden screen runs no timer, and shows the current state when it comes back',
    async () => {
      await mock.backend.enableMfaFor(DEMO_USER.email, 'totp');
      const step = await firstStep(DEMO_USER.email, DEMO_USER.password);
      const clock = countingClock();
      const { screen } = await renderWithMfa(
        mock.backend,
        <Hideable>
          <MfaChallenge
            challenge={{ ...step, channel: 'totp' }}
            credentials={demoCredentials}
            onSuccess={vi.fn()}
          />
        </Hideable>,
        { clock },
      );
      await lockOut(screen, 3);
      expect(clock.pending()).toBe(1);

      await userEvent.click(screen.getByRole('button', { name: 'hide' }));
      await eventually(() => expect(clock.pending()).toBe(0));
      clock.skip(5000);
      expect(clock.pending()).toBe(0);

      await userEvent.click(screen.getByRole('button', { name: 'show' }));
      await expect.element(screen.getByRole('status')).toHaveTextContent('You can try again now.');
      await expect
        .element(screen.getByRole('textbox', { name: 'Verification code' }))
        .not.toHaveAttribute('aria-disabled');
      expect(clock.pending()).toBe(0);
    },
  );
});
