import type {
  MfaBackupCodesFlow,
  MfaChallengeFlow,
  MfaChallengeFlowState,
  MfaChannelSetupFlow,
} from '@authblock/mfa-core';
import type { ComponentProps, Ref } from 'react';
import { expectTypeOf, test } from 'vitest';
import type {
  MfaBackupCodesResult,
  MfaChallengeProps,
  MfaChallengeResult,
  MfaInputRef,
  MfaPasswordlessSignInResult,
  MfaSignInResult,
  OtpInputProps,
  useMfaBackupCodes,
  useMfaChallenge,
  useMfaDisable,
  useMfaMemory,
  useMfaPasswordlessSignIn,
  useMfaSignIn,
} from './index.ts';
import type {
  MfaEmailSetupResult,
  MfaTotpSetupResult,
  useMfaEmailSetup,
  useMfaTotpSetup,
} from './setup.ts';

// The flow hooks return their written, exported result types (the published .d.ts names
// them instead of printing React's types the way one version of @types/react spells them),
// and those types still say what the flows return: no `any`, the core's own flow classes.
test('each flow hook returns its named result type', () => {
  expectTypeOf<ReturnType<typeof useMfaChallenge>>().toEqualTypeOf<MfaChallengeResult>();
  expectTypeOf<ReturnType<typeof useMfaSignIn>>().toEqualTypeOf<MfaSignInResult>();
  expectTypeOf<
    ReturnType<typeof useMfaPasswordlessSignIn>
  >().toEqualTypeOf<MfaPasswordlessSignInResult>();
  expectTypeOf<ReturnType<typeof useMfaBackupCodes>>().toEqualTypeOf<MfaBackupCodesResult>();
  expectTypeOf<ReturnType<typeof useMfaTotpSetup>>().toEqualTypeOf<MfaTotpSetupResult>();
  expectTypeOf<ReturnType<typeof useMfaEmailSetup>>().toEqualTypeOf<MfaEmailSetupResult>();
  expectTypeOf<ReturnType<typeof useMfaDisable>['submitButtonProps']>().not.toBeAny();
  expectTypeOf<ReturnType<typeof useMfaMemory>['take']>().returns.toEqualTypeOf<boolean>();
});

test('the results carry the core flows and their states', () => {
  expectTypeOf<MfaChallengeResult['flow']>().toEqualTypeOf<MfaChallengeFlow>();
  expectTypeOf<MfaChallengeResult['state']>().toEqualTypeOf<MfaChallengeFlowState>();
  expectTypeOf<MfaBackupCodesResult['flow']>().toEqualTypeOf<MfaBackupCodesFlow>();
  expectTypeOf<MfaTotpSetupResult['flow']>().toEqualTypeOf<MfaChannelSetupFlow<'totp'>>();
  expectTypeOf<MfaEmailSetupResult['flow']>().toEqualTypeOf<MfaChannelSetupFlow<'email'>>();
});

test('the bundles spread onto the elements and components they are for', () => {
  expectTypeOf<MfaChallengeResult['formProps']>().toExtend<ComponentProps<'form'>>();
  expectTypeOf<MfaChallengeResult['verifyButtonProps']>().toExtend<ComponentProps<'button'>>();
  expectTypeOf<MfaBackupCodesResult['checkboxProps']>().toExtend<ComponentProps<'input'>>();
  expectTypeOf<MfaEmailSetupResult['fieldProps']>().toEqualTypeOf<OtpInputProps>();
  expectTypeOf<NonNullable<MfaSignInResult['challengeProps']>>().toExtend<MfaChallengeProps>();
  expectTypeOf<
    NonNullable<MfaPasswordlessSignInResult['challengeProps']>
  >().toExtend<MfaChallengeProps>();
});

// React 18 takes no `RefObject<HTMLInputElement | null>` as an input's ref (the consumer
// check type-checks a consumer against 18); this is the half that 19 checks here.
test('the refs are readable and usable as an input ref', () => {
  expectTypeOf<MfaInputRef>().toExtend<Ref<HTMLInputElement>>();
  expectTypeOf<MfaInputRef['current']>().toEqualTypeOf<HTMLInputElement | null>();
  expectTypeOf<MfaChallengeResult['inputRef']>().toEqualTypeOf<MfaInputRef>();
});

test('only email setup resends', () => {
  expectTypeOf<MfaEmailSetupResult>().toHaveProperty('resendButtonProps');
  expectTypeOf<MfaTotpSetupResult>().not.toHaveProperty('resendButtonProps');
});
