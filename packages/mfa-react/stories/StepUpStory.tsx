// A page with one guarded button, for the step-up stories: the action is checked by the
// story's backend through verifyMfaStepUp, standing in for the app's server.

import {
  type MfaStepUpLevel,
  type MfaStepUpProof,
  type MfaStepUpRecord,
  mfaStepUpError,
  verifyMfaStepUp,
} from '@authblock/mfa-core';
import { DEFAULT_API_KEY, DEMO_USER } from '@authblock/mfa-mock';
import { useRef, useState } from 'react';
import { MfaStepUpDialog } from '../src/step-up/MfaStepUpDialog.tsx';
import { useMfaStepUp } from '../src/step-up/useMfaStepUp.ts';
import type { StoryMock } from './mock.ts';

export interface StepUpStoryProps {
  mock: StoryMock;
  channel: 'totp' | 'email';
  level?: MfaStepUpLevel | undefined;
  /** Called with the kind of proof the server accepted. */
  onAction: (kind: MfaStepUpProof['kind']) => void;
}

export function StepUpStory({ mock, channel, level, onAction }: StepUpStoryProps) {
  const stepUp = useMfaStepUp({ channel, email: DEMO_USER.email });
  const [outcome, setOutcome] = useState('');
  const record = useRef<MfaStepUpRecord | null>(null);
  const action = async (proof: MfaStepUpProof) => {
    const { backend, baseUrl, session } = mock;
    const verdict = await verifyMfaStepUp({
      api: {
        baseUrl,
        apiKey: DEFAULT_API_KEY,
        dialect: backend.dialect,
        fetch: (input, init) => backend.fetch(new Request(input, init)),
      },
      userId: session?.userId ?? '',
      sessionToken: session?.token ?? '',
      proof,
      level,
      lastStepUp: record.current,
      now: () => backend.now(),
    });
    if (!verdict.ok) {
      throw await mfaStepUpError(
        Response.json(verdict.body, { status: verdict.status, headers: verdict.headers }),
      );
    }
    record.current = verdict.record;
    onAction(proof.kind);
  };
  return (
    <div>
      <button
        type="button"
        className="abmfa-button"
        onClick={async () => setOutcome((await stepUp.run(action, { level })).status)}
      >
        Turn off two-factor
      </button>
      <output style={{ marginInlineStart: '1em' }}>{outcome}</output>
      <MfaStepUpDialog stepUp={stepUp} />
    </div>
  );
}
