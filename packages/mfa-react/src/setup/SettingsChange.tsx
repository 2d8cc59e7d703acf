'use client';

import type { MfaStatus } from '@authblock/mfa-client';
import { MfaDisable } from '../account/MfaDisable.tsx';
import type { HeadingLevel } from '../internal/ui.tsx';
import type { MfaMessageOverrides, MfaMessages } from '../provider/messages.ts';
import { useMfaMemory } from '../provider/useMfaMemory.ts';
import { MfaSetupWizard } from './MfaSetupWizard.tsx';

interface SettingsChangeProps {
  /** `setup` turns MFA on; `disable` turns it off; `switch` turns it off, then sets up again. */
  view: 'setup' | 'disable' | 'switch';
  userId: string | undefined;
  headingLevel: HeadingLevel;
  onEnabled: ((status: MfaStatus) => void) | undefined;
  onDisabled: ((status: MfaStatus) => void) | undefined;
  /** Where the card goes next: setup after the first half of a switch, else the overview. */
  go: (view: 'overview' | 'setup') => void;
  messages: MfaMessages;
  overrides: MfaMessageOverrides | undefined;
}

/** The settings card while MFA is being turned on, off, or switched. */
export function SettingsChange({
  view,
  userId,
  headingLevel,
  onEnabled,
  onDisabled,
  go,
  messages,
  overrides,
}: SettingsChangeProps) {
  const { remember } = useMfaMemory(userId);
  const shared = { userId, messages: overrides, autoFocus: true, headingLevel };
  const back = () => go('overview');
  if (view === 'setup') {
    return (
      <MfaSetupWizard
        {...shared}
        onComplete={(next) => {
          onEnabled?.(next);
          back();
        }}
        onCancel={back}
      />
    );
  }
  return (
    <MfaDisable
      {...shared}
      description={view === 'switch' ? messages.switchIntro : undefined}
      onDisabled={(next) => {
        // Turned off: the old codes are gone, nothing left to confirm. Half a switch is
        // remembered until the new setup is done, so the card can say so on every visit.
        if (!next.enabled) {
          remember({
            backupCodesUnconfirmed: false,
            channel: null,
            switchUnfinished: view === 'switch',
          });
        }
        onDisabled?.(next);
        go(view === 'switch' ? 'setup' : 'overview');
      }}
      onCancel={back}
    />
  );
}
