import { redirect } from 'next/navigation';
import { readSession } from '../../lib/backend';
import { Security } from './security';

export default async function SecurityPage() {
  if (!(await readSession())) redirect('/sign-in');
  return <Security />;
}
