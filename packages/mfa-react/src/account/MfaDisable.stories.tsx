import { DEMO_USER } from '@authblock/mfa-mock';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor } from 'storybook/test';
import { storyMock } from '../../stories/mock.ts';
import { enMessages as text } from '../provider/messages.ts';
import { MfaDisable } from './MfaDisable.tsx';

/** Turning two-factor authentication off, confirmed with the password. */
const meta = {
  title: 'Settings/MfaDisable',
  component: MfaDisable,
  args: { onDisabled: fn(), onCancel: fn() },
  parameters: { mock: { mfa: 'totp' } },
} satisfies Meta<typeof MfaDisable>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

/** A wrong password: refused, and MFA stays on. */
export const WrongPassword: Story = {
  play: async ({ canvas, userEvent, loaded, args }) => {
    await userEvent.type(canvas.getByLabelText(text.passwordLabel), 'not-my-password');
    await userEvent.click(canvas.getByRole('button', { name: text.disable }));
    await expect(await canvas.findByText(text.disableWrongPassword)).toBeInTheDocument();
    await expect(args.onDisabled).not.toHaveBeenCalled();
    await expect(storyMock(loaded).backend.user(DEMO_USER.email)?.mfaEnabled).toBe(true);
  },
};

/** The right password turns it off. */
export const TurnedOff: Story = {
  play: async ({ canvas, userEvent, loaded, args }) => {
    await userEvent.type(canvas.getByLabelText(text.passwordLabel), DEMO_USER.password);
    await userEvent.click(canvas.getByRole('button', { name: text.disable }));
    await waitFor(() => expect(args.onDisabled).toHaveBeenCalledTimes(1));
    await expect(storyMock(loaded).backend.user(DEMO_USER.email)?.mfaEnabled).toBe(false);
  },
};
