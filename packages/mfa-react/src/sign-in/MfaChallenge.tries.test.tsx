// Every try counts toward the lock (five wrong codes in a row), so none may be lost: a code
// that cannot be one is not sent, one code is sent once whatever the clicks, and a used, a
// replaced and a wrong code each get their own words. The lockout's time survives Back.
import { DEMO_USER } from '@authblock/mfa-mock';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import {
  demoCredentials,
  firstStep,
  freshBackend,
  MOCK_DIALECT,
  renderWithMfa,
  requestCount,
  testClient,
} from '../../test/harness.tsx';
import { enCoreMessages as text } from '../provider/messages.ts';
import { MfaChallenge } from './MfaChallenge.tsx';
import { SignInForm } from './SignInForm.tsx';

let mock: Awaited<ReturnType<typeof freshBackend>>;
beforeEach(async () => {
  mock = await freshBackend();
});

const signIns = () => requestCount(mock.backend, 'POST', '/auth/sign_in');

async function challengeFor(channel: 'totp' | 'email', options: { locale?: string } = {}) {
  const enabled = await mock.backend.enableMfaFor(DEMO_USER.email, channel);
  const challenge = await firstStep(DEMO_USER.email, DEMO_USER.password);
  const onSuccess = vi.fn();
  const { screen } = await renderWithMfa(
    mock.backend,
    <MfaChallenge challenge={challenge} credentials={demoCredentials} onSuccess={onSuccess} />,
    options,
  );
  const field = screen.getByRole('textbox', { name: text.codeLabel });
  return { screen, field, onSuccess, challenge, backupCodes: enabled.backupCodes };
}

describe('a code that cannot be one', () => {
  it('is not sent: five digits are said to be short, and cost no try', async () => {
    const { screen, field } = await challengeFor('totp');
    const before = signIns();
    await userEvent.type(field, '12345{Enter}');
    await expect.element(screen.getByRole('alert')).toHaveTextContent(text.codeIncomplete(6));
    await userEvent.click(screen.getByRole('button', { name: text.verify }));
    expect(signIns()).toBe(before);
    await expect.element(field).toHaveAttribute('aria-invalid', 'true');
  });

  it('keeps letters out of a 6-digit code and says so, so "abc123" is never sent as "123"', async () => {
    const { screen, field } = await challengeFor('totp');
    const before = signIns();
    await userEvent.type(field, 'abc123');
    await expect.element(field).toHaveValue('123');
    await expect.element(screen.getByRole('alert')).toHaveTextContent(text.codeDigitsOnly);
    await userEvent.click(screen.getByRole('button', { name: text.verify }));
    await expect.element(screen.getByRole('alert')).toHaveTextContent(text.codeIncomplete(6));
    expect(signIns()).toBe(before);
  });

  it('is not sent as a backup code either: short of eight characters', async () => {
    const { screen } = await challengeFor('totp');
    await userEvent.click(screen.getByRole('button', { name: text.switchToBackupCode }));
    const field = screen.getByRole('textbox', { name: text.backupCodeLabel });
    const before = signIns();
    await userEvent.type(field, 'ABCD-123{Enter}');
    await expect.element(screen.getByRole('alert')).toHaveTextContent(text.backupCodeIncomplete(8));
    expect(signIns()).toBe(before);
  });
});

describe('one code', () => {
  it('is sent once: a wrong code that submitted itself, then a click on Verify, costs one try', async () => {
    const { screen, field } = await challengeFor('totp');
    const before = signIns();
    await userEvent.type(field, '000000');
    await expect.element(screen.getByRole('alert')).toHaveTextContent('4 tries left.');
    await userEvent.click(screen.getByRole('button', { name: text.verify }));
    await userEvent.keyboard('{Enter}');
    expect(signIns() - before).toBe(1);
    await expect.element(screen.getByRole('alert')).toHaveTextContent('4 tries left.');
    // A different code is sent.
    await userEvent.fill(field, '000001');
    await expect.element(screen.getByRole('alert')).toHaveTextContent('3 tries left.');
    expect(signIns() - before).toBe(2);
  });
});

describe('used, replaced and wrong codes', () => {
  it('says a code that was just used was used, and costs no try', async () => {
    const { field, screen } = await challengeFor('totp');
    const code = mock.backend.nextTotpCode(DEMO_USER.email);
    // Someone signed in with it moments ago (another tab, the first attempt of this one).
    await firstStepWith(code);
    await userEvent.fill(field, code);
    const alert = screen.getByRole('alert');
    if (MOCK_DIALECT === 'guide') {
      await expect.element(alert).toHaveTextContent(text['error.code_used']);
      await expect.element(alert).toHaveTextContent('5 tries left.');
    } else {
      // The API reference names no such failure: its servers say only "invalid".
      await expect.element(alert).toHaveTextContent(text['error.invalid_mfa_code']);
    }
  });

  it('says an emailed code a Resend replaced was replaced, not wrong', async () => {
    const { screen } = await challengeFor('email');
    const field = screen.getByRole('textbox', { name: text.codeLabel });
    const old = mock.backend.lastCode(DEMO_USER.email) ?? '';
    mock.backend.advanceClock(31);
    await firstStep(DEMO_USER.email, DEMO_USER.password); // the Resend, as the server sees it
    expect(mock.backend.lastCode(DEMO_USER.email)).not.toBe(old);
    await userEvent.fill(field, old);
    const alert = screen.getByRole('alert');
    await expect
      .element(alert)
      .toHaveTextContent(
        MOCK_DIALECT === 'guide' ? text['error.code_replaced'] : text['error.invalid_mfa_code'],
      );
    await userEvent.fill(field, old === '000000' ? '000001' : '000000');
    await expect.element(alert).toHaveTextContent(text['error.invalid_mfa_code']);
  });

  it('after Resend, says which code works even where the server says only "wrong"', async () => {
    await mock.backend.enableMfaFor(DEMO_USER.email, 'email');
    const challenge = await firstStep(DEMO_USER.email, DEMO_USER.password);
    const { screen } = await renderWithMfa(
      mock.backend,
      <MfaChallenge
        challenge={challenge}
        credentials={demoCredentials}
        onSuccess={vi.fn()}
        resendCooldown={0}
      />,
    );
    const old = mock.backend.lastCode(DEMO_USER.email) ?? '';
    mock.backend.advanceClock(31); // past the server's own resend cooldown
    // The reference's sign-in answer names no channel: its button and words hedge.
    const named = MOCK_DIALECT === 'guide';
    await userEvent.click(
      screen.getByRole('button', { name: named ? text.resend : text.emailNewCode }),
    );
    await expect
      .element(screen.getByRole('status'))
      .toHaveTextContent(named ? text.codeResent : text.codeResentIfEmail);
    expect(mock.backend.lastCode(DEMO_USER.email)).not.toBe(old);

    const field = screen.getByRole('textbox', { name: text.codeLabel });
    await userEvent.fill(field, old);
    const alert = screen.getByRole('alert');
    // The guide's server says the code was replaced; the reference's only that it is wrong,
    // so the kit adds what it knows: a newer code went out.
    await expect
      .element(alert)
      .toHaveTextContent(
        named
          ? text['error.code_replaced']
          : `${text['error.invalid_mfa_code']} ${text.newestCodeOnlyIfEmail}`,
      );
    expect(alert.element().textContent).not.toContain(text.newestCodeOnly);
  });
});

describe('when the server names no channel (the API reference)', () => {
  it('offers a new code by email and says only what is known', async () => {
    const { screen, challenge } = await challengeFor('email');
    if (MOCK_DIALECT === 'reference') expect(challenge.channel).toBe('unknown');
    await screen.unmount();
    const unknown = await renderWithMfa(
      mock.backend,
      <MfaChallenge
        challenge={{ ...challenge, channel: 'unknown' }}
        credentials={demoCredentials}
        onSuccess={vi.fn()}
        resendCooldown={0}
      />,
    );
    expect(unknown.screen.container.textContent).not.toContain('we emailed you');
    await expect.element(unknown.screen.getByText(text.challengeAnyCodeHint)).toBeVisible();
    mock.backend.advanceClock(31);
    const sent = mock.backend.mailbox(DEMO_USER.email).length;
    await userEvent.click(unknown.screen.getByRole('button', { name: text.emailNewCode }));
    await expect
      .element(unknown.screen.getByRole('status'))
      .toHaveTextContent(text.codeResentIfEmail);
    expect(mock.backend.mailbox(DEMO_USER.email).length).toBe(sent + 1);
  });
});

describe('a lockout', () => {
  it('keeps its time after Back and a new sign-in, from the server’s Retry-After', async () => {
    await mock.backend.enableMfaFor(DEMO_USER.email, 'totp');
    const { screen } = await renderWithMfa(mock.backend, <SignInForm onSuccess={vi.fn()} />);
    const signIn = async () => {
      await userEvent.fill(screen.getByLabelText(text.emailLabel), DEMO_USER.email);
      await userEvent.fill(screen.getByLabelText(text.passwordLabel), DEMO_USER.password);
      await userEvent.click(screen.getByRole('button', { name: text.signIn }));
    };
    await signIn();
    const field = screen.getByRole('textbox', { name: text.codeLabel });
    for (const [wrong, left] of [
      ['000001', '4 tries left.'],
      ['000002', '3 tries left.'],
      ['000003', '2 tries left.'],
      ['000004', '1 try left.'],
    ] as const) {
      await userEvent.fill(field, wrong);
      await expect.element(screen.getByRole('alert')).toHaveTextContent(left);
    }
    await userEvent.fill(field, '000005');
    await expect
      .element(screen.getByRole('alert'))
      .toHaveTextContent('Too many attempts. Try again in 15 minutes.');
    await userEvent.click(screen.getByRole('button', { name: text.back }));
    mock.backend.advanceClock(5 * 60);
    await signIn();
    await expect
      .element(screen.getByRole('alert'))
      .toHaveTextContent('Too many attempts. Try again in 10 minutes.');
  });
});

/** Signs in with `code` over the network, as another tab would. */
async function firstStepWith(code: string) {
  const result = await testClient().auth.signIn({ ...demoCredentials, mfaCode: code });
  expect(result.status).toBe('signed_in');
}
