import { scenarios } from '@authblock/mfa-mock';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor } from 'storybook/test';
import { SEEDED_USER, storyMock } from '../../../.storybook/mock.ts';
import { MfaChallenge } from './MfaChallenge.tsx';

const credentials = {
  method: 'password',
  email: SEEDED_USER.email,
  password: SEEDED_USER.password,
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
    challenge: { status: 'mfa_required', userId: SEEDED_USER.id, channel: 'totp' },
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
    const field = await canvas.findByLabelText('Verification code');
    await expect(field).toHaveAttribute('autocomplete', 'one-time-code');
    await userEvent.type(field, backend.totpCode(SEEDED_USER.email));
    await waitFor(() => expect(args.onSuccess).toHaveBeenCalledTimes(1));
    await expect(await canvas.findByText('Signed in.')).toBeInTheDocument();
  },
};

/** A wrong code: the message says so and the field keeps the code for correction. */
export const WrongCode: Story = {
  play: async ({ canvas, userEvent, args }) => {
    const field = await canvas.findByLabelText('Verification code');
    await userEvent.type(field, '000000');
    await expect(
      await canvas.findByText('That code is not correct. Check it and try again.'),
    ).toBeInTheDocument();
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toHaveValue('000000');
    await expect(args.onSuccess).not.toHaveBeenCalled();
  },
};

/** Email: the code was emailed by the sign-in step; resend waits out its cooldown. */
export const Email: Story = {
  parameters: { mock: { signedIn: false, mfa: 'email', challenge: true } },
  play: async ({ canvas, userEvent, loaded, args }) => {
    const { backend } = storyMock(loaded);
    await expect(
      await canvas.findByRole('button', { name: /Resend code in 0:[0-9]{2}/ }),
    ).toBeDisabled();
    const code = backend.lastCode(SEEDED_USER.email, 'mfa_sign_in') ?? '';
    await userEvent.type(await canvas.findByLabelText('Verification code'), code);
    await waitFor(() => expect(args.onSuccess).toHaveBeenCalledTimes(1));
  },
};

/** "Use a backup code instead": a backup code signs in and is spent. */
export const BackupCode: Story = {
  play: async ({ canvas, userEvent, loaded, args }) => {
    const { backend, enabled } = storyMock(loaded);
    await userEvent.click(await canvas.findByRole('button', { name: 'Use a backup code instead' }));
    const field = await canvas.findByLabelText('Backup code');
    await expect(field).toHaveFocus();
    await userEvent.type(field, enabled?.backupCodes[0] ?? '');
    await userEvent.click(canvas.getByRole('button', { name: 'Verify' }));
    await waitFor(() => expect(args.onSuccess).toHaveBeenCalledTimes(1));
    await expect(backend.user(SEEDED_USER.email)?.backupCodesRemaining).toBe(9);
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
    const field = await canvas.findByLabelText('Verification code');
    await userEvent.type(field, '000000');
    await expect(
      await canvas.findByText(/Too many attempts\. Try again in 1:[23][0-9]\./),
    ).toBeInTheDocument();
    await expect(field).toBeDisabled();
    await expect(canvas.getByRole('button', { name: 'Verify' })).toBeDisabled();
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
      await canvas.findByLabelText('Verification code'),
      backend.totpCode(SEEDED_USER.email),
    );
    await expect(
      await canvas.findByText('Could not reach the server. Check your connection and try again.'),
    ).toBeInTheDocument();
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(args.onSuccess).toHaveBeenCalledTimes(1));
  },
};

/** While the code is being checked: the button says so and the field is read-only. */
export const Verifying: Story = {
  beforeEach: ({ msw }) => {
    msw.use(...scenarios.slow({ route: 'POST /auth/sign_in', delayMs: 600_000 }));
  },
  play: async ({ canvas, userEvent }) => {
    await userEvent.type(await canvas.findByLabelText('Verification code'), '123456');
    await expect(await canvas.findByRole('button', { name: 'Verifying…' })).toBeInTheDocument();
  },
};

/** The same challenge in the dark theme. */
export const Dark: Story = {
  globals: { theme: 'dark' },
};
