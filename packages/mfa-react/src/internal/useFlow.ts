'use client';

import { useEffect, useState, useSyncExternalStore } from 'react';

/** What the hooks need of a core flow (`Flow` in `@authblock/mfa-core`). */
interface FlowLike {
  subscribe(listener: () => void): () => void;
  getState(): object;
  // `never`: any flow's own options fit (a method's parameter is checked both ways).
  setOptions(options: never): void;
}

/**
 * One flow for the component's lifetime and its current state, handed to React the way it
 * takes an outside store, `useSyncExternalStore`, and nothing else: subscribing is the
 * flow's life (its countdowns run while the component is mounted and stop when it goes;
 * StrictMode's second mount subscribes the same flow again, and the one its double render
 * created and threw away was never subscribed, so it never ran). Each render's client and
 * callbacks reach the flow through `setOptions` once committed, as TanStack Query's
 * observers get theirs. Server rendering reads the state as created.
 */
export function useFlow<F extends FlowLike>(
  create: () => F,
  options: Parameters<F['setOptions']>[0],
): readonly [F, ReturnType<F['getState']>] {
  const [flow] = useState(create);
  const state = useSyncExternalStore(flow.subscribe, flow.getState, flow.getState);
  useEffect(() => {
    flow.setOptions(options as never);
  });
  return [flow, state as ReturnType<F['getState']>];
}
