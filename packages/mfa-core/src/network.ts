/** Whether the device is online; `navigator.onLine` where there is one. */
export type OnlineCheck = () => boolean;

/**
 * `navigator.onLine` in browsers; elsewhere (Node, workers without it) always online.
 * `false` is reliable (no network at all); `true` only means "maybe".
 */
export const navigatorOnline: OnlineCheck = () =>
  (globalThis as { navigator?: { onLine?: boolean } }).navigator?.onLine !== false;
