import { authenticatorCode, DEMO_USER } from '@authblock/mfa-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { freshBackend, renderWithMfa } from '../../test/harness.tsx';
import { MfaSetupWizard } from './MfaSetupWizard.tsx';

let mock: Awaited<ReturnType<typeof freshBackend>>;
beforeEach(async () => {
  mock = await freshBackend();
});

/** Every attribute value any element has carried since `start`, and each one there now. */
function recordAttributes(): { values: Set<string>; stop: () => void } {
  const values = new Set<string>();
  const readAll = (root: Element) => {
    for (const element of [root, ...root.querySelectorAll('*')]) {
      for (const attribute of element.attributes) values.add(attribute.value);
    }
  };
  const observer = new MutationObserver((changes) => {
    for (const change of changes) {
      if (change.type === 'attributes' && change.target instanceof Element) {
        values.add(change.target.getAttribute(change.attributeName ?? '') ?? '');
      }
      for (const node of change.addedNodes) if (node instanceof Element) readAll(node);
    }
  });
  observer.observe(document.documentElement, { attributes: true, childList: true, subtree: true });
  return {
    values,
    stop: () => {
      readAll(document.documentElement);
      observer.disconnect();
    },
  };
}

// Session-replay and analytics tools mask text, not attributes: a secret in `data-*`,
// `value`, `aria-*` or `title` leaves the page with them.
describe('MfaSetupWizard: secrets stay out of attributes', () => {
  it('never puts the TOTP secret or a backup code in any attribute of any element', async () => {
    const seen = recordAttributes();
    const { screen } = await renderWithMfa(mock.backend, <MfaSetupWizard defaultChannel="totp" />, {
      signedInAs: DEMO_USER.email,
    });
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    await expect.element(screen.getByRole('img', { name: /QR code/ })).toBeVisible();
    await userEvent.click(screen.getByText("Can't scan? Enter the key manually"));
    const secret = (
      screen.container.querySelector('.abmfa-totp-setup__secret')?.textContent ?? ''
    ).replace(/\s/g, '');
    await userEvent.type(
      screen.getByRole('textbox', { name: 'Verification code' }),
      authenticatorCode(secret, mock.backend.now()),
    );
    const list = screen.getByRole('list', { name: 'Backup codes' });
    await expect.element(list).toBeVisible();
    const codes = list
      .getByRole('listitem')
      .elements()
      .map((item) => item.textContent?.replace(/[\s-]/g, '') ?? '');
    seen.stop();

    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
    expect(codes).toHaveLength(10);
    const leaks = [...seen.values].filter((value) => {
      const bare = value.replace(/[\s-]/g, '').toUpperCase();
      return bare.includes(secret) || codes.some((code) => bare.includes(code.toUpperCase()));
    });
    expect(leaks).toEqual([]);
    expect(seen.values.size).toBeGreaterThan(50); // it did watch the whole flow
  });
});
