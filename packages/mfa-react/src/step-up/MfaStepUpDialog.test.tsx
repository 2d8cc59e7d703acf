// Step-up in the browser, end to end: the dialog collects the proof, and an "app server"
// in the page checks it with verifyMfaStepUp against the mock, as an app's route would.
// The `react` project runs this on the guide's wire, `react18` on the API reference's.
import {
  type MfaStepUpLevel,
  type MfaStepUpProof,
  type MfaStepUpRecord,
  mfaStepUpError,
  observeServerClock,
  verifyMfaStepUp,
} from '@authblock/mfa-core';
import { DEFAULT_API_KEY, DEMO_USER } from '@authblock/mfa-mock';
import { useState } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import {
  eventually,
  expectNoAxeViolations,
  freshBackend,
  MOCK_DIALECT,
  renderWithMfa,
} from '../../test/harness.tsx';
import { MfaStepUpDialog } from './MfaStepUpDialog.tsx';
import { enStepUpMessages } from './messages.ts';
import { forgetMfaStepUp } from './step-up-memory.ts';
import { useMfaStepUp } from './useMfaStepUp.ts';

let mock: Awaited<ReturnType<typeof freshBackend>>;
beforeEach(async () => {
  mock = await freshBackend();
  forgetMfaStepUp();
});

/** The app's server: checks the proof for its session's user, remembers the step-up. */
async function appServer() {
  const session = await mock.backend.signIn(DEMO_USER.email);
  let lastStepUp: MfaStepUpRecord | null = null;
  const acted = vi.fn();
  const action = async (proof: MfaStepUpProof) => {
    const verdict = await verifyMfaStepUp({
      api: { baseUrl: window.location.origin, apiKey: DEFAULT_API_KEY, dialect: MOCK_DIALECT },
      userId: session.userId,
      sessionToken: session.token,
      proof,
      lastStepUp,
      now: () => mock.backend.now(),
    });
    if (!verdict.ok) {
      throw await mfaStepUpError(
        Response.json(verdict.body, { status: verdict.status, headers: verdict.headers }),
      );
    }
    lastStepUp = verdict.record;
    acted(proof.kind);
  };
  return { action, acted };
}

function Guarded({
  action,
  channel = 'totp',
  level,
}: {
  action: (proof: MfaStepUpProof) => Promise<void>;
  channel?: 'totp' | 'email';
  level?: MfaStepUpLevel;
}) {
  const stepUp = useMfaStepUp({ channel, email: DEMO_USER.email });
  const [outcome, setOutcome] = useState('');
  return (
    <>
      <button
        type="button"
        onClick={async () => setOutcome((await stepUp.run(action, { level })).status)}
      >
        Turn off two-factor
      </button>
      <output>{outcome}</output>
      <MfaStepUpDialog stepUp={stepUp} />
    </>
  );
}

async function setUp(options: { channel?: 'totp' | 'email'; level?: MfaStepUpLevel } = {}) {
  await mock.backend.enableMfaFor(DEMO_USER.email, options.channel ?? 'totp');
  const server = await appServer();
  const { screen } = await renderWithMfa(
    mock.backend,
    <Guarded action={server.action} {...options} />,
    { signedInAs: DEMO_USER.email },
  );
  const trigger = screen.getByRole('button', { name: 'Turn off two-factor' });
  return { screen, server, trigger };
}

const wrongCode = () => {
  const right = mock.backend.totpCode(DEMO_USER.email);
  return right === '000000' ? '111111' : '000000';
};

describe('MfaStepUpDialog', () => {
  it('asks for the code in a modal, shows a wrong one as the challenge does, acts once, and returns focus', async () => {
    const { screen, server, trigger } = await setUp();
    await userEvent.click(trigger);
    const dialog = screen.getByRole('dialog', { name: enStepUpMessages.heading });
    await expect.element(dialog).toBeVisible();
    const field = dialog.getByRole('textbox', { name: 'Verification code' });
    await expect.element(field).toHaveFocus();
    await expectNoAxeViolations();

    await userEvent.type(field, wrongCode());
    await expect.element(dialog.getByText(/That code is not correct/)).toBeVisible();
    await expect.element(field).toHaveAttribute('aria-invalid', 'true');
    expect(server.acted).not.toHaveBeenCalled();

    await userEvent.clear(field);
    await userEvent.type(field, mock.backend.nextTotpCode(DEMO_USER.email));
    await expect.element(screen.getByText('done')).toBeVisible();
    expect(server.acted).toHaveBeenCalledExactlyOnceWith('code');
    await expect
      .element(dialog)
      .not.toBeInTheDocument()
      .catch(() => {});
    expect(document.querySelector('dialog[open]')).toBeNull();
    await expect.element(trigger).toHaveFocus();
  });

  it('Escape cancels: the action never runs, and focus returns', async () => {
    const { screen, server, trigger } = await setUp();
    await userEvent.click(trigger);
    await expect.element(screen.getByRole('dialog')).toBeVisible();
    await userEvent.type(screen.getByRole('textbox', { name: 'Verification code' }), '12');
    await userEvent.keyboard('{Escape}');
    await expect.element(screen.getByText('cancelled')).toBeVisible();
    expect(document.querySelector('dialog[open]')).toBeNull();
    expect(server.acted).not.toHaveBeenCalled();
    await expect.element(trigger).toHaveFocus();
  });

  it('keeps Tab inside the dialog (the page behind is inert)', async () => {
    const { screen, trigger } = await setUp();
    await userEvent.click(trigger);
    const dialog = screen.getByRole('dialog').element();
    for (let i = 0; i < 6; i++) {
      await userEvent.tab();
      expect(
        dialog.contains(document.activeElement) || document.activeElement === document.body,
      ).toBe(true);
      expect(document.activeElement).not.toBe(trigger.element());
    }
  });

  it('within the window the next action skips the dialog; the server accepts its record', async () => {
    const { screen, server, trigger } = await setUp();
    await userEvent.click(trigger);
    await userEvent.type(
      screen.getByRole('textbox', { name: 'Verification code' }),
      mock.backend.nextTotpCode(DEMO_USER.email),
    );
    await eventually(() => expect(server.acted).toHaveBeenCalledTimes(1));
    await userEvent.click(trigger);
    await eventually(() => expect(server.acted).toHaveBeenLastCalledWith('recent'));
    expect(document.querySelector('dialog[open]')).toBeNull();
  });

  it('after two wrong authenticator codes, explains the phone clock, and names the skew from Date', async () => {
    const { screen, trigger } = await setUp();
    // The server is five minutes ahead of this device, as the client sees it in `Date`.
    mock.backend.advanceClock(300);
    await observeServerClock()('/__mock/clock');
    await userEvent.click(trigger);
    const field = screen.getByRole('textbox', { name: 'Verification code' });
    await userEvent.type(field, wrongCode());
    await expect.element(screen.getByText(/That code is not correct/)).toBeVisible();
    expect(document.body.textContent).not.toContain('phone’s time');
    await userEvent.clear(field);
    await userEvent.type(field, wrongCode());
    await expect.element(screen.getByText(/depend on your phone’s time/)).toBeVisible();
    await expect
      .element(screen.getByText(/This device’s clock is about 5 minutes behind/))
      .toBeVisible();
  });

  it('full step-up: password, then the sign-in challenge, then the fresh token is the proof', async () => {
    const { screen, server, trigger } = await setUp({ level: 'full' });
    await userEvent.click(trigger);
    const dialog = screen.getByRole('dialog');
    const password = dialog.getByLabelText(enStepUpMessages.passwordLabel);
    await expect.element(password).toHaveFocus();
    await userEvent.type(password, 'not my password');
    await userEvent.click(dialog.getByRole('button', { name: enStepUpMessages.confirm }));
    await expect.element(dialog.getByText(/not correct/)).toBeVisible();

    await userEvent.clear(password);
    await userEvent.type(password, DEMO_USER.password);
    await userEvent.click(dialog.getByRole('button', { name: enStepUpMessages.confirm }));
    const code = dialog.getByRole('textbox', { name: 'Verification code' });
    await expect.element(code).toBeVisible();
    await userEvent.type(code, mock.backend.nextTotpCode(DEMO_USER.email));
    await expect.element(screen.getByText('done')).toBeVisible();
    expect(server.acted).toHaveBeenCalledExactlyOnceWith('sign_in');
  });
});

describe('MfaStepUpDialog for email-code users', () => {
  it('takes the full step-up: Auth Block emails a code only during sign-in', async () => {
    const { screen, server, trigger } = await setUp({ channel: 'email' });
    await userEvent.click(trigger);
    const dialog = screen.getByRole('dialog');
    await userEvent.type(dialog.getByLabelText(enStepUpMessages.passwordLabel), DEMO_USER.password);
    await userEvent.click(dialog.getByRole('button', { name: enStepUpMessages.confirm }));
    const code = dialog.getByRole('textbox', { name: 'Verification code' });
    await expect.element(code).toBeVisible();
    await userEvent.type(code, mock.backend.expectCode(DEMO_USER.email));
    await expect.element(screen.getByText('done')).toBeVisible();
    expect(server.acted).toHaveBeenCalledExactlyOnceWith('sign_in');
  });
});

/** A page whose button opens a step-up and hands its promise out. */
function OpensStepUp({
  action,
  onRun,
}: {
  action: (proof: MfaStepUpProof) => Promise<void>;
  onRun: (outcome: Promise<{ status: string }>) => void;
}) {
  const stepUp = useMfaStepUp({ channel: 'totp' });
  return (
    <button type="button" onClick={() => onRun(stepUp.run(action))}>
      Go
    </button>
  );
}

describe('useMfaStepUp when the page goes', () => {
  it('cancels an open step-up: run settles as cancelled and the action never runs', async () => {
    await mock.backend.enableMfaFor(DEMO_USER.email, 'totp');
    const server = await appServer();
    let pending: Promise<{ status: string }> | undefined;
    const { screen } = await renderWithMfa(
      mock.backend,
      <OpensStepUp action={server.action} onRun={(outcome) => (pending = outcome)} />,
      { signedInAs: DEMO_USER.email },
    );
    await userEvent.click(screen.getByRole('button', { name: 'Go' }));
    screen.unmount();
    await expect(pending).resolves.toEqual({ status: 'cancelled' });
    expect(server.acted).not.toHaveBeenCalled();
  });
});
