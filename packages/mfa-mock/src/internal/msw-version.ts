import mswManifest from 'msw/package.json' with { type: 'json' };

/** The msw major these handlers are written for (peer range `^2.15.0`). */
export const SUPPORTED_MSW_MAJOR = 2;

/**
 * Throws a clear error when the app's msw is another major. msw 3 loads without a
 * complaint, but its `setupServer` and `setupWorker` never hand our msw 2 handlers a
 * request: every call would fail later as an unexplained network error.
 */
export function assertSupportedMsw(version: string = mswManifest.version): void {
  if (Number.parseInt(version, 10) === SUPPORTED_MSW_MAJOR) return;
  throw new Error(
    `@authblock/mfa-mock works with msw 2 (^2.15.0), but this project has msw ${version}, ` +
      'whose server and worker would never reach the mock. Install msw 2: ' +
      '`npm install --save-dev msw@^2.15.0` (msw 3 also needs Node >= 22).',
  );
}
