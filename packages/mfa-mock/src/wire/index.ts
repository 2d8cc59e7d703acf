import type { BackendCore } from '../core.ts';
import type { MockDialect } from '../types.ts';
import { guideWire } from './guide.ts';
import { referenceWire } from './reference.ts';
import type { Wire } from './wire.ts';

/** The wire of a dialect. */
export function wireFor(dialect: MockDialect): Wire {
  return dialect === 'reference' ? referenceWire : guideWire;
}

/** The wire the backend speaks, as configured (`dialect`). */
export function wireOf(core: BackendCore): Wire {
  return wireFor(core.config.dialect);
}

export type { PasswordlessFailure, SecondFactorField, Wire } from './wire.ts';
