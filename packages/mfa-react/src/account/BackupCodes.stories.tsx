import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import { enMessages as text } from '../provider/messages.ts';
import { BackupCodes } from './BackupCodes.tsx';

const codes = [
  '4F7K2M9Q',
  '8H3N6P1R',
  'T5W2X8Y4',
  'B9C3D7E1',
  'G6J4L2M8',
  'N1P5Q9R3',
  'S7U2V6W4',
  'X3Y8Z1A5',
  'C4D9E2F6',
  'H8J3K7L1',
];

/** The 10 one-time backup codes shown once after setup. */
const meta = {
  title: 'Setup/BackupCodes',
  component: BackupCodes,
  args: { codes, onContinue: fn() },
  parameters: { mock: { signedIn: false } },
} satisfies Meta<typeof BackupCodes>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Not saved yet: continuing is refused until the person confirms. */
export const Unsaved: Story = {
  play: async ({ canvas, userEvent, args }) => {
    const list = canvas.getByRole('list', { name: text.backupListLabel });
    await expect(list.querySelectorAll('li')).toHaveLength(10);
    await expect(canvas.getByText(text.backupOnce)).toBeInTheDocument();
    await userEvent.click(canvas.getByRole('button', { name: text.continue }));
    await expect(await canvas.findByText(text.backupConfirmRequired)).toBeInTheDocument();
    await expect(args.onContinue).not.toHaveBeenCalled();
  },
};

/** Saved: the box is ticked and the person may continue. */
export const Saved: Story = {
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.click(canvas.getByLabelText(text.backupConfirm));
    await userEvent.click(canvas.getByRole('button', { name: text.continue }));
    await expect(args.onContinue).toHaveBeenCalledTimes(1);
  },
};

/** Copy all puts the codes on the clipboard and says so. */
export const CopyAll: Story = {
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: text.copyAll }));
    await expect(
      await canvas.findByText(new RegExp(`^(${text.copied}|${text.copyFailed})$`)),
    ).toBeInTheDocument();
  },
};

/** Shown without the confirmation (e.g. on a printable page). */
export const WithoutConfirmation: Story = {
  render: (args) => <BackupCodes {...args} onContinue={undefined} />,
};

export const Dark: Story = {
  globals: { theme: 'dark' },
};
