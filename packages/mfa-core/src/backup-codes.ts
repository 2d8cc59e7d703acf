import { Flow } from './flow.ts';

export interface MfaBackupCodesOptions {
  /** The codes from the setup response (shown once; the server keeps only hashes). */
  codes: readonly string[];
  /** The person confirmed they saved the codes and moves on. */
  onContinue?: (() => void) | undefined;
}

/** What `setOptions` may change: the callback. */
export type MfaBackupCodesLiveOptions = 'onContinue';

export interface MfaBackupCodesFlowState {
  codes: readonly string[];
  /** "I have saved these codes" is ticked. */
  isConfirmed: boolean;
  /** Tried to continue without confirming (until they confirm). */
  isInvalid: boolean;
  /** Goes up on every refused continue, so the message is announced again. */
  refusedCount: number;
  /** Continued. */
  isDone: boolean;
}

/** Showing the backup codes once: the person confirms they saved them before moving on. */
export class MfaBackupCodesFlow extends Flow<
  MfaBackupCodesFlowState,
  MfaBackupCodesOptions,
  MfaBackupCodesLiveOptions
> {
  constructor(options: MfaBackupCodesOptions) {
    const initial = { isConfirmed: false, isInvalid: false, refusedCount: 0, isDone: false };
    super({ codes: options.codes, ...initial }, options);
  }

  protected override derive(state: MfaBackupCodesFlowState): MfaBackupCodesFlowState {
    return { ...state, isInvalid: state.isInvalid && !state.isConfirmed };
  }

  setConfirmed(isConfirmed: boolean): void {
    this.setState({ isConfirmed });
  }

  /** Moves on when confirmed; otherwise refuses (and says why). Returns whether it moved on. */
  continue(): boolean {
    const { isConfirmed, refusedCount } = this.getState();
    if (!isConfirmed) {
      this.setState({ isInvalid: true, refusedCount: refusedCount + 1 });
      return false;
    }
    this.setState({ isDone: true });
    this.options.onContinue?.();
    return true;
  }
}

export function createMfaBackupCodesFlow(options: MfaBackupCodesOptions): MfaBackupCodesFlow {
  return new MfaBackupCodesFlow(options);
}
