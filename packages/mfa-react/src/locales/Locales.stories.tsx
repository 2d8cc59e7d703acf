import { DEMO_USER } from '@authblock/mfa-mock';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, within } from 'storybook/test';
import { storyMock } from '../../stories/mock.ts';
import { BackupCodes } from '../account/BackupCodes.tsx';
import { loadMfaMessages, type MfaLocale, mfaLocaleDirection } from '../provider/i18n.ts';
import { enMessages, type MfaMessages } from '../provider/messages.ts';
import { MfaSettings } from '../setup/MfaSettings.tsx';
import { MfaChallenge } from '../sign-in/MfaChallenge.tsx';
import { SignInForm } from '../sign-in/SignInForm.tsx';

/**
 * Every shipped language on one page: sign-in, the challenge, backup codes and the
 * settings card with two codes left (a plural). Each story is axe-checked like every
 * other; Arabic shows the layout mirrored (`dir="rtl"` on the page).
 */
const meta = {
  title: 'Languages',
  parameters: {
    mock: { mfa: 'totp', spendBackupCodes: 8, challenge: true },
    docs: { story: { iframeHeight: 1400 } },
  },
  render: (_args, { loaded }) => {
    const mock = storyMock(loaded);
    return (
      <div style={{ display: 'grid', gap: '2rem' }}>
        <SignInForm onSuccess={fn()} headingLevel={2} />
        {mock.challenge ? (
          <MfaChallenge
            challenge={mock.challenge}
            credentials={{
              method: 'password',
              email: DEMO_USER.email,
              password: DEMO_USER.password,
            }}
            onSuccess={fn()}
            headingLevel={2}
          />
        ) : null}
        <BackupCodes codes={mock.enabled?.backupCodes ?? []} headingLevel={2} />
        <MfaSettings headingLevel={2} />
      </div>
    );
  },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

function inLocale(locale: MfaLocale): Story {
  return {
    globals: { locale },
    play: async ({ canvasElement }) => {
      const canvas = within(canvasElement);
      const messages = { ...enMessages, ...(await loadMfaMessages(locale)) } as MfaMessages;
      await expect(document.documentElement.lang).toBe(locale);
      await expect(document.documentElement.dir).toBe(mfaLocaleDirection(locale));
      await expect(
        await canvas.findByRole('heading', { name: messages.signInHeading }),
      ).toBeVisible();
      await expect(canvas.getByRole('heading', { name: messages.backupHeading })).toBeVisible();
      await expect(await canvas.findByText(messages.backupLow(2))).toBeVisible();
    },
  };
}

export const English = inLocale('en');
export const Spanish = inLocale('es');
export const French = inLocale('fr');
export const German = inLocale('de');
export const BrazilianPortuguese = inLocale('pt-BR');
export const Japanese = inLocale('ja');
/** Right to left: the whole layout mirrors. */
export const Arabic = inLocale('ar');
