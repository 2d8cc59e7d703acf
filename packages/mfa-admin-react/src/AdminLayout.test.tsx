// The Admin entry on a phone: at 320 and 375 px, in every language, nothing pushes the
// page sideways (the Action menu, the filters) and the charts keep their labels whole.
import { ADMIN_USER, createMockBackend, DEMO_USER } from '@authblock/mfa-mock';
import { MFA_LOCALES } from '@authblock/mfa-react';
import { beforeEach, describe, expect, it } from 'vitest';
import { freshBackend, renderWithQueries, testAdminClient } from '../test/harness.tsx';
import { AuditEventsTable } from './AuditEventsTable.tsx';
import { MfaAdoption } from './MfaAdoption.tsx';
import './styles.css';

let tenant: ReturnType<typeof createMockBackend>;

beforeEach(async () => {
  const mock = await freshBackend();
  tenant = createMockBackend();
  mock.worker.use(...tenant.handlers);
  // Both channels and "off" in the Channels chart.
  await tenant.enableMfaFor(ADMIN_USER.email, 'totp');
  await tenant.enableMfaFor(DEMO_USER.email, 'email');
});

/** Where a box sticks out of `outer` on either side, in px (0.5 px of rounding allowed). */
const sticksOut = (inner: DOMRect, outer: DOMRect) =>
  inner.left < outer.left - 0.5 || inner.right > outer.right + 0.5;

describe.each(MFA_LOCALES)('the Admin entry in %s', (locale) => {
  it.each([320, 375])('fits %i px with every chart label whole', async (width) => {
    const client = testAdminClient(await tenant.issueToken(ADMIN_USER.email));
    const screen = await renderWithQueries(
      <div data-testid="phone" style={{ width: `${width}px`, overflow: 'auto' }}>
        <MfaAdoption client={client} locale={locale} />
        <AuditEventsTable client={client} locale={locale} />
      </div>,
    );
    const phone = screen.getByTestId('phone').element() as HTMLElement;
    await expect
      .poll(() => phone.querySelectorAll('svg text[data-bar-label]').length, { timeout: 10_000 })
      .toBe(3);
    await expect.poll(() => phone.querySelector('.abmfa-admin-events tbody')).not.toBeNull();
    // No sideways scroll: only the tables' own frames may scroll.
    expect(phone.scrollWidth).toBeLessThanOrEqual(phone.clientWidth);
    for (const field of phone.querySelectorAll('.abmfa-admin-field')) {
      const [label, control] = [...field.children].map((child) => child.getBoundingClientRect());
      // The label sits right over its own field.
      expect(Math.abs((control as DOMRect).top - (label as DOMRect).bottom)).toBeLessThan(8);
    }
    for (const svg of phone.querySelectorAll('svg')) {
      const frame = svg.getBoundingClientRect();
      for (const text of svg.querySelectorAll('text')) {
        expect(sticksOut(text.getBoundingClientRect(), frame), text.textContent ?? '').toBe(false);
      }
    }
    // The date labels under the adoption line do not overlap each other.
    const line = phone.querySelector('[data-figure="over-time"] svg, figure svg') as SVGElement;
    const dates = [...line.querySelectorAll('text.abmfa-admin-axis')]
      .filter((text) => /\D/.test(text.textContent ?? '') && !/%|٪/.test(text.textContent ?? ''))
      .map((text) => text.getBoundingClientRect())
      .sort((a, b) => a.left - b.left);
    for (let index = 1; index < dates.length; index += 1) {
      expect((dates[index] as DOMRect).left).toBeGreaterThanOrEqual(
        (dates[index - 1] as DOMRect).right,
      );
    }
  });
});
