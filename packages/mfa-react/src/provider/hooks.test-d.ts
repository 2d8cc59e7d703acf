import type { MfaSetup, MfaStatus } from '@authblock/mfa-client';
import { expectTypeOf, test } from 'vitest';
import type {
  useMfaDisableMutation,
  useMfaSetupMutation,
  useMfaStatus,
  useSignInMutation,
} from './hooks.ts';

// The hooks' written return types are TanStack's own result types, not `never`.
test('the route hooks return TanStack results of the route types', () => {
  expectTypeOf<ReturnType<typeof useMfaStatus>['data']>().toEqualTypeOf<MfaStatus | undefined>();
  expectTypeOf<ReturnType<typeof useMfaSetupMutation>['data']>().toEqualTypeOf<
    MfaSetup | undefined
  >();
  expectTypeOf<Parameters<ReturnType<typeof useMfaDisableMutation>['mutate']>[0]>().toEqualTypeOf<{
    password: string;
  }>();
  expectTypeOf<
    ReturnType<typeof useSignInMutation>['mutateAsync']
  >().returns.resolves.not.toBeNever();
});
