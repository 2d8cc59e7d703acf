'use client';

import { MfaBackupCodeNudge } from '@authblock/mfa-react';
import { MfaSettings } from '@authblock/mfa-react/setup';
import { useState } from 'react';

/**
 * The account's security page: the status card, which turns MFA on with the setup wizard
 * (app or email, then the backup codes), switches method and turns it off.
 */
export function Security() {
  const [view, setView] = useState<'overview' | 'switch'>('overview');
  return (
    <>
      <MfaBackupCodeNudge onSetUpAgain={() => setView('switch')} />
      <MfaSettings key={view} defaultView={view} />
    </>
  );
}
