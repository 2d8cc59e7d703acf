import type { BackendCore } from '../core.ts';
import { guideWire } from './guide.ts';
import { referenceWire } from './reference.ts';
import type { Wire } from './wire.ts';

/** The wire the backend speaks, as configured (`dialect`). */
export function wireOf(core: BackendCore): Wire {
  return core.config.dialect === 'reference' ? referenceWire : guideWire;
}

export type { PasswordlessFailure, SecondFactorField, Wire } from './wire.ts';
