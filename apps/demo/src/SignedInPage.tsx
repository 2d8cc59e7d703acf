import { type ReactNode, useId } from 'react';
import { fill } from './i18n.tsx';
import type { DemoSession } from './session.ts';
import { useFocusHeading } from './useFocusHeading.ts';

export interface SignedInPageProps {
  className: string;
  title: string;
  /** The intro, where `{email}` stands for the signed-in address. */
  intro: string;
  session: DemoSession;
  /** Move focus to the heading on arrival. */
  focusHeading: boolean;
  /** Shown under the heading and intro (the backup-code nudge). */
  notice?: ReactNode;
  children: ReactNode;
}

/**
 * The frame of every signed-in page: the heading focus lands on after navigating, an intro
 * naming the account, then the notice, where a screen reader meets it next.
 */
export function SignedInPage({
  className,
  title,
  intro,
  session,
  focusHeading,
  notice,
  children,
}: SignedInPageProps) {
  const headingId = useId();
  const headingRef = useFocusHeading(focusHeading);
  return (
    <section className={className} aria-labelledby={headingId}>
      <h1 id={headingId} ref={headingRef} tabIndex={-1}>
        {title}
      </h1>
      <p className="demo-muted">
        {fill(intro, {
          email: (
            <strong>
              <bdi>{session.user.email}</bdi>
            </strong>
          ),
        })}
      </p>
      {notice}
      {children}
    </section>
  );
}
