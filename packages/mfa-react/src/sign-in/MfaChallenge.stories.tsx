import { DEMO_USER, scenarios } from '@authblock/mfa-mock';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor } from 'storybook/test';
import { countdownPattern, storyMock } from '../../stories/mock.ts';
import { enMessages as text } from '../provider/messages.ts';
import { MfaChallenge } from './MfaChallenge.tsx';

const credentials = {
  method: 'password',
  email: DEMO_USER.email,
  password: DEMO_USER.password,
} as const;

/**
 * The second sign-in step. Each story signs the seeded user in with the password first
 * (`parameters.mock.challenge`), so the challenge and the backend agree.
 */
const meta = {
  title: 'Sign-in/MfaChallenge',
  component: MfaChallenge,
  args: {
    credentials,
    onSuccess: fn(),
    onCancel: fn(),
    // Replaced by the signed-in user's real challenge in `render`.
    challenge: { status: 'mfa_required', userId: DEMO_USER.id, channel: 'totp' },
  },
  parameters: { mock: { signedIn: false, mfa: 'totp', challenge: true } },
  render: (args, { loaded }) => (
    <MfaChallenge {...args} challenge={storyMock(loaded).challenge ?? args.challenge} />
  ),
} satisfies Meta<typeof MfaChallenge>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Authenticator app: the code from the app signs the user in. */
export const Totp: Story = {
  play: async ({ canvas, userEvent, loaded, args }) => {
    const { backend } = storyMock(loaded);
    const field = await canvas.findByLabelText(text.codeLabel);
    await expect(field).toHaveAttribute('autocomplete', 'one-time-code');
    await userEvent.type(field, backend.totpCode(DEMO_USER.email));
    await waitFor(() => expect(args.onSuccess).toHaveBeenCalledTimes(1));
    await expect(await canvas.findByText(text.signedIn)).toBeInTheDocument();
  },
};

/** A wrong code: the message says so and the field keeps the code for correction. */
export const WrongCode: Story = {
  play: async ({ canvas, userEvent, args }) => {
    const field = await canvas.findByLabelText(text.codeLabel);
    await userEvent.type(field, '000000');
    await expect(
      await canvas.findByText(`${text['error.invalid_mfa_code']} ${text.attemptsLeft(4)}`),
    ).toBeInTheDocument();
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toHaveValue('000000');
    await expect(args.onSuccess).not.toHaveBeenCalled();
  },
};

/**
 * Email: the code was emailed by the sign-in step; resend waits out its cooldown. (On the
 * reference's wire the answer names no channel: the words fit either code, no Resend.)
 */
export const Email: Story = {
  parameters: { mock: { signedIn: false, mfa: 'email', challenge: true } },
  play: async ({ canvas, userEvent, loaded, args }) => {
    const { backend } = storyMock(loaded);
    if (backend.dialect === 'reference') {
      await expect(await canvas.findByText(text.challengeAnyCodeHint)).toBeInTheDocument();
      // The server names no channel: the kit offers a new emailed code, after the cooldown.
      await expect(
        await canvas.findByRole('button', { name: countdownPattern(text.resendIn) }),
      ).toHaveAttribute('aria-disabled', 'true');
    } else {
      await expect(
        await canvas.findByRole('button', { name: countdownPattern(text.resendIn) }),
      ).toHaveAttribute('aria-disabled', 'true');
    }
    const code = backend.lastCode(DEMO_USER.email, 'mfa_sign_in') ?? '';
    await userEvent.type(await canvas.findByLabelText(text.codeLabel), code);
    await waitFor(() => expect(args.onSuccess).toHaveBeenCalledTimes(1));
  },
};

/** "Use a backup code instead": a backup code signs in and is spent. */
export const BackupCode: Story = {
  play: async ({ canvas, userEvent, loaded, args }) => {
    const { backend, enabled } = storyMock(loaded);
    await userEvent.click(await canvas.findByRole('button', { name: text.switchToBackupCode }));
    const field = await canvas.findByLabelText(text.backupCodeLabel);
    await expect(field).toHaveFocus();
    await userEvent.type(field, enabled?.backupCodes[0] ?? '');
    await userEvent.click(canvas.getByRole('button', { name: text.verify }));
    await waitFor(() => expect(args.onSuccess).toHaveBeenCalledTimes(1));
    await expect(backend.user(DEMO_USER.email)?.backupCodesRemaining).toBe(9);
  },
};

/** Too many wrong codes: the form locks and counts down from the server's `Retry-After`. */
export const Lockout: Story = {
  parameters: {
    mock: {
      signedIn: false,
      mfa: 'totp',
      challenge: true,
      options: { lockout: { maxAttempts: 1, durationSeconds: 90 } },
    },
  },
  play: async ({ canvas, userEvent }) => {
    const field = await canvas.findByLabelText(text.codeLabel);
    await userEvent.type(field, '000000');
    await expect(await canvas.findByText(countdownPattern(text.lockedOut))).toBeInTheDocument();
    await expect(await canvas.findByText(text.lockedOutFor(90))).toBeInTheDocument();
    // Locked but focusable: read-only and aria-disabled rather than disabled.
    await expect(field).toHaveAttribute('readonly');
    await expect(field).toHaveAttribute('aria-disabled', 'true');
    await expect(field).toHaveFocus();
    await expect(canvas.getByRole('button', { name: text.verify })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
  },
};

/** The network fails: the error says so and "Try again" resends the same code. */
export const NetworkError: Story = {
  beforeEach: ({ msw }) => {
    msw.use(...scenarios.networkError({ route: 'POST /auth/sign_in', once: true }));
  },
  play: async ({ canvas, userEvent, loaded, args }) => {
    const { backend } = storyMock(loaded);
    await userEvent.type(
      await canvas.findByLabelText(text.codeLabel),
      backend.totpCode(DEMO_USER.email),
    );
    await expect(await canvas.findByText(text['error.network'])).toBeInTheDocument();
    await userEvent.click(canvas.getByRole('button', { name: text.retry }));
    await waitFor(() => expect(args.onSuccess).toHaveBeenCalledTimes(1));
  },
};

/** While the code is being checked: the button says so and the field is read-only. */
export const Verifying: Story = {
  beforeEach: ({ msw }) => {
    msw.use(...scenarios.slow({ route: 'POST /auth/sign_in', delayMs: 600_000 }));
  },
  play: async ({ canvas, userEvent }) => {
    await userEvent.type(await canvas.findByLabelText(text.codeLabel), '123456');
    await expect(await canvas.findByRole('button', { name: text.verifying })).toBeInTheDocument();
  },
};

/** The same challenge in the dark theme. */
export const Dark: Story = {
  globals: { theme: 'dark' },
};
