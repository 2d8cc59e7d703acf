import { DEMO_USER, scenarios } from '@authblock/mfa-mock';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor } from 'storybook/test';
import { storyMock } from '../../stories/mock.ts';
import { enMessages as text } from '../provider/messages.ts';
import { TotpSetup } from './TotpSetup.tsx';

/** Authenticator-app setup: QR code, manual key, code entry. Starts its own setup. */
const meta = {
  title: 'Setup/TotpSetup',
  component: TotpSetup,
  args: { onEnabled: fn(), onCancel: fn() },
} satisfies Meta<typeof TotpSetup>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The QR code (an SVG with an accessible name) and the supported apps. */
export const QrCode: Story = {
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('img', { name: text.totpQrLabel })).toBeInTheDocument();
    for (const app of text.totpSupportedApps) {
      await expect(canvas.getByText(app, { exact: false })).toBeInTheDocument();
    }
  },
};

/** "Can't scan?": the key, grouped for reading, is the backend's secret. */
export const ManualEntry: Story = {
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(await canvas.findByText(text.totpCantScan));
    const key = await canvas.findByRole('button', { name: text.copyKey });
    await expect(key).toBeVisible();
    const secret = canvasSecret(canvas.getByText(/^([A-Z2-7]{4} ?)+$/).textContent);
    await expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  },
};

/** A wrong code: the message, and the field keeps the code. */
export const WrongCode: Story = {
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.type(await canvas.findByLabelText(text.codeLabel), '000000');
    await expect(await canvas.findByText(text['error.invalid_mfa_code'])).toBeInTheDocument();
    await expect(args.onEnabled).not.toHaveBeenCalled();
  },
};

/** The right code turns TOTP on. */
export const Enabled: Story = {
  play: async ({ canvas, userEvent, loaded, args }) => {
    const { backend } = storyMock(loaded);
    await userEvent.type(
      await canvas.findByLabelText(text.codeLabel),
      backend.totpCode(DEMO_USER.email),
    );
    await waitFor(() => expect(args.onEnabled).toHaveBeenCalledTimes(1));
  },
};

/** The setup request is on its way. */
export const Starting: Story = {
  beforeEach: ({ msw }) => {
    msw.use(...scenarios.slow({ route: 'POST /users/:id/mfa/setup', delayMs: 600_000 }));
  },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText(text.loading)).toBeInTheDocument();
  },
};

/** Setup could not start: the error and a retry that works. */
export const NetworkError: Story = {
  beforeEach: ({ msw }) => {
    msw.use(...scenarios.networkError({ route: 'POST /users/:id/mfa/setup', once: true }));
  },
  play: async ({ canvas, userEvent }) => {
    await expect(await canvas.findByText(text['error.network'])).toBeInTheDocument();
    await userEvent.click(canvas.getByRole('button', { name: text.retry }));
    await expect(await canvas.findByRole('img', { name: text.totpQrLabel })).toBeInTheDocument();
  },
};

export const Dark: Story = {
  globals: { theme: 'dark' },
};

function canvasSecret(text: string | null): string {
  return (text ?? '').replace(/\s+/g, '');
}
