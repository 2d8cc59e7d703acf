import { MfaResponseError } from '../errors/MfaResponseError.ts';

/** No answer of this API comes near it; a bigger body is a broken or hostile server. */
export const MAX_BODY_BYTES = 1_000_000;

/**
 * The whole body as text, refusing more than `MAX_BODY_BYTES`: a declared length over it
 * fails before reading, a body that grows past it fails as soon as it does. ky bounds only
 * the error bodies it reads itself (`HTTPError.data`), so every body comes through here.
 * `signal` is the request's: an abort ends the read with its reason.
 */
export async function readBody(response: Response, route: string, signal: AbortSignal) {
  const tooLarge = () =>
    new MfaResponseError({ route, status: response.status, path: '', reason: 'body over 1 MB' });
  if (Number(response.headers.get('content-length')) > MAX_BODY_BYTES) {
    void response.body?.cancel().catch(() => undefined);
    throw tooLarge();
  }
  const reader = response.body?.getReader?.();
  if (!reader) {
    // A fetch without body streams (React Native's, some polyfills) still has text(); the
    // deadline bounds it, and the cap applies once it is read.
    const text = await response.text();
    if (new TextEncoder().encode(text).byteLength > MAX_BODY_BYTES) throw tooLarge();
    return text;
  }
  const cancel = () => void reader.cancel().catch(() => undefined);
  const decoder = new TextDecoder();
  let text = '';
  let size = 0;
  for (;;) {
    // A real fetch errors the stream when the signal aborts, so the read rejects; a fetch
    // that ignores its signal is stopped at its next chunk. (No abort listener cancelling
    // the reader: on a body ky has cloned, that cancel rejects where nothing can catch it.)
    const { done, value } = await reader.read();
    if (signal.aborted) {
      cancel();
      signal.throwIfAborted();
    }
    if (done) return text + decoder.decode();
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      cancel();
      throw tooLarge();
    }
    text += decoder.decode(value, { stream: true });
  }
}
