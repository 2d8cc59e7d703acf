import { DEMO_USER } from '@authblock/mfa-mock';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor } from 'storybook/test';
import { CustomChallenge } from '../../stories/CustomChallenge.tsx';
import { storyMock } from '../../stories/mock.ts';
import { enMessages as text } from '../provider/messages.ts';

/**
 * A challenge in a design of its own, from `useMfaChallenge` alone (with `useOtpField` for
 * the code field): the hook brings the flow's state and prop bundles, the markup and the
 * styles are yours. Lockout, resend cooldown, retry and offline work as in `MfaChallenge`;
 * the component's browser tests run against this UI too. Source:
 * `packages/mfa-react/stories/CustomChallenge.tsx`.
 */
const meta = {
  title: 'Headless/useMfaChallenge',
  component: CustomChallenge,
  args: {
    credentials: { method: 'password', email: DEMO_USER.email, password: DEMO_USER.password },
    onSuccess: fn(),
    // Replaced by the signed-in user's real challenge in `render`.
    challenge: { status: 'mfa_required', userId: DEMO_USER.id, channel: 'totp' },
  },
  parameters: { mock: { signedIn: false, mfa: 'totp', challenge: true } },
  render: (args, { loaded }) => (
    <CustomChallenge {...args} challenge={storyMock(loaded).challenge ?? args.challenge} />
  ),
} satisfies Meta<typeof CustomChallenge>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The authenticator code signs in; a wrong one first is announced and marked. */
export const CustomDesign: Story = {
  play: async ({ canvas, userEvent, loaded, args }) => {
    const { backend } = storyMock(loaded);
    const field = await canvas.findByLabelText(text.codeLabel);
    await userEvent.type(field, '000000');
    await expect(
      await canvas.findByText(`${text['error.invalid_mfa_code']} ${text.attemptsLeft(4)}`),
    ).toBeInTheDocument();
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await userEvent.clear(field);
    await userEvent.type(field, backend.totpCode(DEMO_USER.email));
    // A loaded machine can take more than waitFor's default second to answer: the first
    // story of its file also compiles the custom UI's modules on the way (5 s ran out in CI).
    await waitFor(() => expect(args.onSuccess).toHaveBeenCalledTimes(1), { timeout: 10_000 });
    await expect(await canvas.findByText(text.signedIn)).toBeInTheDocument();
  },
};

/**
 * Email channel: the resend button counts its cooldown down, from the same hook. (On the
 * reference's wire the answer names no channel, so no Resend is offered.)
 */
export const CustomDesignEmail: Story = {
  parameters: { mock: { signedIn: false, mfa: 'email', challenge: true } },
  play: async ({ canvas, loaded }) => {
    if (storyMock(loaded).backend.dialect === 'reference') {
      await expect(await canvas.findByLabelText(text.codeLabel)).toBeInTheDocument();
      // The server names no channel: a new emailed code is offered, after the cooldown.
      await expect(
        await canvas.findByRole('button', { name: /Resend code in 0:\d\d/ }),
      ).toHaveAttribute('aria-disabled', 'true');
      return;
    }
    const resend = await canvas.findByRole('button', { name: /Resend code in 0:\d\d/ });
    await expect(resend).toHaveAttribute('aria-disabled', 'true');
  },
};
