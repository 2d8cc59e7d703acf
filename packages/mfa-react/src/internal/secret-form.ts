import { useSyncExternalStore } from 'react';

const subscribeToNothing = () => () => {};

/**
 * The `method` of a form that holds a password or a code. Until React has hydrated it,
 * the form has no submit handler: a person who presses Enter on server-rendered markup
 * (slow network, JavaScript off) would send the browser's default GET, with the secret in
 * the address bar, the history and every access log. `dialog` makes that submit inert
 * (the browser sends nothing, anywhere); once hydrated the form says `post`, though its
 * submit handler always prevents the browser's own submit. The kit chose inert over an
 * app-provided `action`: a sign-in that works without JavaScript needs a server that runs
 * the whole two-step flow, which is the app's to build, not a form attribute.
 */
export function useSecretFormMethod(): 'dialog' | 'post' {
  const isHydrated = useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
  return isHydrated ? 'post' : 'dialog';
}
