// Backup codes are copied by hand: a code split over two lines ("JWCYUGM" / "X") is copied
// as two. These tests lay the list out as phones do, in every language, with the codes the
// mock hands out in this project's dialect (the `react` project: the guide's; `react18`:
// the API reference's), and fail on any code drawn on more than one line.
import { DEMO_USER } from '@authblock/mfa-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { freshBackend, renderWithMfa, testClient } from '../../test/harness.tsx';
import { MFA_LOCALES, mfaLocaleDirection } from '../provider/i18n.ts';
import { BackupCodes } from './BackupCodes.tsx';

/** The ten codes of a real setup, as the server in this dialect writes them. */
async function backupCodesFromSetup(): Promise<string[]> {
  const { backend } = await freshBackend();
  const userId = backend.user(DEMO_USER.email)?.id ?? '';
  const client = testClient(await backend.issueToken(DEMO_USER.email));
  const setup = await client.mfa.setup(userId, { channel: 'totp' });
  return setup.backupCodes;
}

/** Each shown code with the number of lines it is drawn on. */
function linesPerCode(): Array<[string, number]> {
  return [...document.querySelectorAll('.abmfa-backup-codes__code code')].map((code) => [
    code.textContent ?? '',
    code.getClientRects().length,
  ]);
}

const oneLineEach = (codes: string[]) => codes.map((code): [string, number] => [code, 1]);

afterEach(async () => {
  await page.viewport(414, 896);
  document.documentElement.removeAttribute('dir');
});

describe('BackupCodes on a phone', () => {
  describe.each([320, 375])('%i px wide', (width) => {
    it.each(MFA_LOCALES)('keeps every code on one line in %s', async (locale) => {
      const codes = await backupCodesFromSetup();
      const { backend } = await freshBackend();
      await page.viewport(width, 740);
      document.documentElement.dir = mfaLocaleDirection(locale);
      await renderWithMfa(backend, <BackupCodes codes={codes} onContinue={() => {}} />, {
        locale,
      });
      await expect
        .poll(() => document.querySelectorAll('.abmfa-backup-codes__code').length)
        .toBe(10);
      expect(linesPerCode()).toEqual(oneLineEach(codes));
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(width);
      // The confirmation and the button keep apart: neither reads as part of the other.
      const box = (selector: string) =>
        (document.querySelector(selector) as Element).getBoundingClientRect();
      const gap = box('.abmfa-backup-codes__confirm button').top - box('.abmfa-checkbox').bottom;
      expect(gap).toBeGreaterThanOrEqual(8);
    });
  });

  it('never breaks a code, however narrow its box (digits and letters alike)', async () => {
    const codes = [...(await backupCodesFromSetup()).slice(0, 8), '12345678', 'WWWWMMMM'];
    const { backend } = await freshBackend();
    const { screen } = await renderWithMfa(
      backend,
      <div data-testid="box">
        <BackupCodes codes={codes} />
      </div>,
    );
    const box = screen.getByTestId('box').element() as HTMLElement;
    for (let width = 160; width <= 480; width += 8) {
      box.style.width = `${width}px`;
      expect(linesPerCode(), `${width} px`).toEqual(oneLineEach(codes));
    }
  });

  it('shows codes left to right inside right-to-left text', async () => {
    const { backend } = await freshBackend();
    await renderWithMfa(backend, <BackupCodes codes={['ABCD1234']} />, { locale: 'ar' });
    const code = document.querySelector<HTMLElement>('.abmfa-backup-codes__code code');
    await expect.element(code).toHaveAttribute('dir', 'ltr');
  });
});
