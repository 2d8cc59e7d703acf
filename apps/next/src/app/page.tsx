import { redirect } from 'next/navigation';
import { readSession } from '../lib/backend';

export default async function Home() {
  redirect((await readSession()) ? '/security' : '/sign-in');
}
