import { cookies, headers } from 'next/headers';
import { isMockMode } from '../../lib/backend';
import { chooseLocale, LOCALE_COOKIE } from '../../lib/locale';
import { APP_MESSAGES, fill } from '../../lib/messages';
import { SignIn } from './sign-in';

// A server component: it may render client components (SignIn) but hands them only plain
// data; the callbacks (`onSuccess`) live in the client component.
export default async function SignInPage() {
  const locale = chooseLocale(
    (await cookies()).get(LOCALE_COOKIE)?.value,
    (await headers()).get('accept-language'),
  );
  let hint: string | null = null;
  if (isMockMode) {
    // The seeded accounts are named in mock mode only: a real build never loads the mock.
    const { ADMIN_USER, DEMO_USER } = await import('@authblock/mfa-mock');
    hint = fill(APP_MESSAGES[locale].seededUser, {
      email: DEMO_USER.email,
      password: DEMO_USER.password,
      admin: ADMIN_USER.email,
    });
  }
  return (
    <>
      {hint ? <p className="mock-hint">{hint}</p> : null}
      <SignIn />
    </>
  );
}
