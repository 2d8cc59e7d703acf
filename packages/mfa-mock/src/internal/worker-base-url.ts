/**
 * The browser mock answers only its own API: in the page, msw's worker sees every request
 * the app makes, and with no base URL the backend would answer `/auth/*`, `/users/*` and
 * `/__mock/*` on the app's own origin (its own routes, or a page's). So `startMockWorker`
 * takes the API's base URL, always: the one the app's client calls.
 * @throws TypeError when it is missing, empty or the any-origin `*`.
 */
export function requireWorkerBaseUrl(baseUrl: string | undefined): string {
  if (typeof baseUrl !== 'string' || baseUrl.trim() === '' || baseUrl.trim() === '*') {
    throw new TypeError(
      'startMockWorker: baseUrl is required: the API address your client calls, e.g. ' +
        "location.origin + '/mock-api' or 'https://auth.example.test'. The mock answers only there.",
    );
  }
  try {
    new URL(baseUrl);
  } catch {
    throw new TypeError(
      'startMockWorker: baseUrl must be an absolute URL, e.g. https://auth.example.test',
    );
  }
  return baseUrl;
}
