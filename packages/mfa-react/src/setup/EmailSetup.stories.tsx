import { DEMO_USER } from '@authblock/mfa-mock';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor } from 'storybook/test';
import { countdownPattern, storyMock } from '../../stories/mock.ts';
import { enMessages as text } from '../provider/messages.ts';
import { EmailSetup } from './EmailSetup.tsx';

/** Email setup: a code is sent on mount; enter it, or resend after the cooldown. */
const meta = {
  title: 'Setup/EmailSetup',
  component: EmailSetup,
  args: { onEnabled: fn(), onCancel: fn() },
} satisfies Meta<typeof EmailSetup>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Sent: where it went, and for how long the code works. */
export const CodeSent: Story = {
  play: async ({ canvas }) => {
    await expect(
      await canvas.findByText(text.emailExpiry(10), { exact: false }),
    ).toBeInTheDocument();
  },
};

/** Resend waits out a visible cooldown (focusable, but it sends nothing until then). */
export const ResendCooldown: Story = {
  play: async ({ canvas }) => {
    await expect(
      await canvas.findByRole('button', { name: countdownPattern(text.resendIn) }),
    ).toHaveAttribute('aria-disabled', 'true');
  },
};

/** The right code turns email MFA on. */
export const Enabled: Story = {
  play: async ({ canvas, userEvent, loaded, args }) => {
    const { backend } = storyMock(loaded);
    const field = await canvas.findByLabelText(text.codeLabel);
    await waitFor(() => expect(backend.lastCode(DEMO_USER.email, 'mfa_setup')).toBeDefined());
    await userEvent.type(field, backend.lastCode(DEMO_USER.email, 'mfa_setup') ?? '');
    await waitFor(() => expect(args.onEnabled).toHaveBeenCalledTimes(1));
  },
};

/** A wrong code. */
export const WrongCode: Story = {
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.type(await canvas.findByLabelText(text.codeLabel), '000000');
    await expect(await canvas.findByText(text['error.invalid_mfa_code'])).toBeInTheDocument();
    await expect(args.onEnabled).not.toHaveBeenCalled();
  },
};

/** Ten minutes later, the code has expired: the message asks for a new one. */
export const Expired: Story = {
  play: async ({ canvas, userEvent, loaded, args }) => {
    const { backend } = storyMock(loaded);
    const field = await canvas.findByLabelText(text.codeLabel);
    await waitFor(() => expect(backend.lastCode(DEMO_USER.email, 'mfa_setup')).toBeDefined());
    backend.advanceClock(601);
    await userEvent.type(field, backend.lastCode(DEMO_USER.email, 'mfa_setup') ?? '');
    await expect(await canvas.findByText(text['error.code_expired'])).toBeInTheDocument();
    await expect(args.onEnabled).not.toHaveBeenCalled();
  },
};

export const Dark: Story = {
  globals: { theme: 'dark' },
};
