import { redirect } from 'next/navigation';
import { readSession } from '../../lib/backend';
import { Security } from './security';

export default async function SecurityPage() {
  const session = await readSession();
  if (!session) redirect('/sign-in');
  return <Security email={session.email} />;
}
