'use client';

import type { Subscribable } from '@authblock/mfa-core';
import { useEffect, useRef, useSyncExternalStore } from 'react';

/** A flow's current state, re-rendering on each change (server rendering reads it too). */
export function useFlowState<State extends object>(flow: Subscribable<State>): State {
  return useSyncExternalStore(flow.subscribe, flow.getState, flow.getState);
}

/** The latest value of a prop, for callbacks a flow created once keeps calling. */
export function useLatest<T>(value: T) {
  const ref = useRef(value);
  useEffect(() => {
    ref.current = value;
  });
  return ref;
}
