'use client';

import {
  MfaBackupCodeNudge,
  MfaStepUpDialog,
  mfaStepUpError,
  useMfaStatus,
  useMfaStepUp,
} from '@authblock/mfa-react';
import { MfaSettings } from '@authblock/mfa-react/setup';
import { useState } from 'react';
import { confirmStepUp } from './actions';

/**
 * The account's security page: the status card, which turns MFA on with the setup wizard
 * (app or email, then the backup codes), switches method and turns it off.
 */
export function Security({ email }: { email: string | undefined }) {
  const [view, setView] = useState<'overview' | 'switch'>('overview');
  // "Turn off" asks for the second factor, "Switch method" (the way to new backup codes)
  // for the password too; the server action checks the proof before the card goes on.
  const stepUp = useMfaStepUp({ channel: useMfaStatus().data?.channel, email });
  const beforeChange = async (change: 'disable' | 'switch') => {
    const level = change === 'switch' ? 'full' : 'second-factor';
    const outcome = await stepUp.run(
      async (proof) => {
        const answer = await confirmStepUp(proof, level);
        if (!answer.ok) {
          throw await mfaStepUpError(
            Response.json(answer.body, { status: answer.status, headers: answer.headers }),
          );
        }
      },
      { level },
    );
    return outcome.status === 'done';
  };
  return (
    <>
      <MfaBackupCodeNudge onSetUpAgain={() => setView('switch')} />
      <MfaSettings key={view} defaultView={view} beforeChange={beforeChange} />
      <MfaStepUpDialog stepUp={stepUp} />
    </>
  );
}
