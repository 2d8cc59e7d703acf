import { DEMO_USER } from '@authblock/mfa-mock';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor } from 'storybook/test';
import { storyMock } from '../../stories/mock.ts';
import { enMessages as text } from '../provider/messages.ts';
import { MfaSetupWizard } from './MfaSetupWizard.tsx';

/** The whole setup: channel choice, the channel's step, then the backup codes. */
const meta = {
  title: 'Setup/MfaSetupWizard',
  component: MfaSetupWizard,
  args: { onComplete: fn(), onCancel: fn() },
} satisfies Meta<typeof MfaSetupWizard>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Email (simpler) or an authenticator app (stronger). */
export const ChannelChoice: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('radio', { name: text.channelEmail })).toBeChecked();
    await expect(canvas.getByRole('radio', { name: text.channelTotp })).toHaveAccessibleDescription(
      text.channelTotpDescription,
    );
  },
};

/** Authenticator app from start to finish, with the keyboard only. */
export const AuthenticatorAppFlow: Story = {
  play: async ({ canvas, userEvent, loaded, args }) => {
    const { backend } = storyMock(loaded);
    await userEvent.click(canvas.getByRole('radio', { name: text.channelEmail }));
    await userEvent.keyboard('{ArrowDown}');
    await expect(canvas.getByRole('radio', { name: text.channelTotp })).toBeChecked();
    await userEvent.keyboard('{Enter}');
    const code = await canvas.findByLabelText(text.codeLabel);
    await userEvent.click(code);
    await userEvent.keyboard(backend.totpCode(DEMO_USER.email));
    await expect(
      await canvas.findByRole('heading', { name: text.backupHeading }),
    ).toBeInTheDocument();
    await userEvent.click(canvas.getByLabelText(text.backupConfirm));
    await userEvent.click(canvas.getByRole('button', { name: text.done }));
    await expect(
      await canvas.findByRole('heading', { name: text.setupDoneHeading }),
    ).toBeInTheDocument();
    await waitFor(() => expect(args.onComplete).toHaveBeenCalledTimes(1));
    await expect(backend.user(DEMO_USER.email)?.mfaChannel).toBe('totp');
  },
};

/** Email from start to finish: the code comes from the mock's mailbox. */
export const EmailFlow: Story = {
  play: async ({ canvas, userEvent, loaded, args }) => {
    const { backend } = storyMock(loaded);
    await userEvent.click(canvas.getByRole('button', { name: text.startSetup }));
    const field = await canvas.findByLabelText(text.codeLabel);
    await userEvent.type(field, backend.lastCode(DEMO_USER.email, 'mfa_setup') ?? '');
    await userEvent.click(await canvas.findByLabelText(text.backupConfirm));
    await userEvent.click(canvas.getByRole('button', { name: text.done }));
    await waitFor(() => expect(args.onComplete).toHaveBeenCalledTimes(1));
    await expect(backend.user(DEMO_USER.email)?.mfaChannel).toBe('email');
  },
};

export const Dark: Story = {
  globals: { theme: 'dark' },
};
