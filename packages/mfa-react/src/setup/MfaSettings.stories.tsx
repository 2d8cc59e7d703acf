import { DEMO_USER, scenarios } from '@authblock/mfa-mock';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import { storyMock } from '../../stories/mock.ts';
import { enMessages as text } from '../provider/messages.ts';
import { MfaSettings } from './MfaSettings.tsx';

/** The security-settings card, on the seeded user's real status. */
const meta = {
  title: 'Settings/MfaSettings',
  component: MfaSettings,
  args: { onEnabled: fn(), onDisabled: fn() },
} satisfies Meta<typeof MfaSettings>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Off: one action, turn it on. */
export const Off: Story = {
  play: async ({ canvas }) => {
    await expect(await canvas.findByText(text.statusOff)).toBeInTheDocument();
    await expect(canvas.getByRole('button', { name: text.turnOn })).toBeInTheDocument();
  },
};

/** On with the authenticator app, 10 backup codes left. */
// On the reference's wire the status names no channel: the card says "On" and no method.
export const OnWithAuthenticatorApp: Story = {
  parameters: { mock: { mfa: 'totp' } },
  play: async ({ canvas, loaded }) => {
    await expect(await canvas.findByText(text.statusOn)).toBeInTheDocument();
    await expect(canvas.getByText('10')).toBeInTheDocument();
    if (storyMock(loaded).backend.dialect === 'reference') {
      await expect(canvas.queryByText(text.methodLabel)).not.toBeInTheDocument();
    } else {
      await expect(canvas.getByText(text.channelTotp)).toBeInTheDocument();
    }
  },
};

export const OnWithEmail: Story = {
  parameters: { mock: { mfa: 'email' } },
  play: async ({ canvas, loaded }) => {
    await expect(await canvas.findByText(text.statusOn)).toBeInTheDocument();
    if (storyMock(loaded).backend.dialect === 'reference') {
      await expect(canvas.queryByText(text.methodLabel)).not.toBeInTheDocument();
    } else {
      await expect(canvas.getByText(text.channelEmail)).toBeInTheDocument();
    }
  },
};

/** Three or fewer backup codes left: a warning. */
export const BackupCodesRunningLow: Story = {
  parameters: { mock: { mfa: 'totp', spendBackupCodes: 8 } },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText(text.backupLow(2))).toBeInTheDocument();
  },
};

/** "Switch method" asks for the password first, then sets up again. */
export const SwitchMethod: Story = {
  parameters: { mock: { mfa: 'totp' } },
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.click(await canvas.findByRole('button', { name: text.switchMethod }));
    await expect(await canvas.findByText(text.switchIntro)).toBeInTheDocument();
    await userEvent.type(canvas.getByLabelText(text.passwordLabel), DEMO_USER.password);
    await userEvent.click(canvas.getByRole('button', { name: text.disable }));
    await expect(
      await canvas.findByRole('heading', { name: text.setupHeading }),
    ).toBeInTheDocument();
    await expect(args.onDisabled).toHaveBeenCalledTimes(1);
  },
};

/** The status is on its way. */
export const Loading: Story = {
  beforeEach: ({ msw }) => {
    msw.use(...scenarios.slow({ route: 'GET /users/:id/mfa/status', delayMs: 600_000 }));
  },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText(text.loading)).toBeInTheDocument();
  },
};

/** The status could not be read: the error and a retry, which then succeeds. */
export const NetworkError: Story = {
  beforeEach: ({ msw }) => {
    msw.use(...scenarios.networkError({ route: 'GET /users/:id/mfa/status' }));
  },
  play: async ({ canvas }) => {
    // The client retries the status read twice with backoff (about 1 s in all) before the
    // error shows: more than findByText's default 1 s wait.
    const error = await canvas.findByText(text['error.network'], {}, { timeout: 5000 });
    await expect(error).toBeInTheDocument();
    await expect(canvas.getByRole('button', { name: text.retry })).toBeInTheDocument();
  },
};

export const Dark: Story = {
  parameters: { mock: { mfa: 'totp', spendBackupCodes: 8 } },
  globals: { theme: 'dark' },
};
