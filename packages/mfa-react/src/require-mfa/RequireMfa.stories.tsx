import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import { storyMock } from '../../stories/mock.ts';
import { enMessages as text } from '../provider/messages.ts';
import { enRequireMfaMessages as require } from './messages.ts';
import { RequireMfa } from './RequireMfa.tsx';

/**
 * App-level enforcement: the page inside renders only once the signed-in user's second
 * factor meets the policy; until then the user is walked through it inline.
 */
const meta = {
  title: 'Enforcement/RequireMfa',
  component: RequireMfa,
  args: {
    policy: { channel: 'totp' },
    children: <h2>The protected page</h2>,
    onBackupCodesConfirmed: fn(),
  },
} satisfies Meta<typeof RequireMfa>;

export default meta;
type Story = StoryObj<typeof meta>;

/** No MFA yet: setup inline in a card, the required channel named (no radio group of one). */
export const SetupRequired: Story = {
  play: async ({ canvas }) => {
    await expect(await canvas.findByText(require.needsTotp)).toBeInTheDocument();
    await expect(canvas.getByText(text.channelTotp, { exact: true })).toBeInTheDocument();
    await expect(canvas.queryByRole('radio')).not.toBeInTheDocument();
    await expect(canvas.queryByText('The protected page')).not.toBeInTheDocument();
  },
};

/** The policy holds: the page, nothing else. */
export const PolicyHolds: Story = {
  parameters: { mock: { mfa: 'totp' } },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('The protected page')).toBeInTheDocument();
  },
};

/** Email codes on a page that needs the app: the password turns them off first. */
export const SwitchChannel: Story = {
  parameters: { mock: { mfa: 'email' } },
  play: async ({ canvas, loaded }) => {
    if (storyMock(loaded).backend.dialect === 'reference') {
      // The reference's status names no channel: MFA on is all that can be checked.
      await expect(await canvas.findByText('The protected page')).toBeInTheDocument();
      return;
    }
    await expect(await canvas.findByText(require.switchToTotp)).toBeInTheDocument();
    await expect(canvas.getByLabelText(text.passwordLabel)).toBeInTheDocument();
  },
};

/** Any second factor will do, and the backup codes must be confirmed as saved. */
export const ConfirmBackupCodes: Story = {
  args: { policy: { any: true, backupCodesConfirmed: true } },
  parameters: { mock: { mfa: 'email' } },
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.click(
      await canvas.findByRole('checkbox', { name: require.confirmBackupCodesLabel }),
    );
    await userEvent.click(canvas.getByRole('button', { name: require.confirm }));
    await expect(await canvas.findByText('The protected page')).toBeInTheDocument();
    await expect(args.onBackupCodesConfirmed).toHaveBeenCalledTimes(1);
  },
};
