import { useEffect, useId, useMemo, useState } from 'react';
import { fill, useText } from './i18n.tsx';

/** One email as the mock's `/__mock/mailbox` route lists it. */
interface MockEmail {
  to: string;
  subject: string;
  text: string;
  code: string;
  purpose: string;
  sent_at: string;
}

interface MailboxDocument {
  data: { type: 'email'; attributes: MockEmail }[];
}

const POLL_MS = 1000;
const SHOWN = 8;

function useMailbox(mockBaseUrl: string): MockEmail[] | null {
  const [emails, setEmails] = useState<MockEmail[] | null>(null);
  useEffect(() => {
    let isCurrent = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    async function poll() {
      try {
        const response = await fetch(`${mockBaseUrl}/__mock/mailbox`);
        if (response.ok) {
          const body = (await response.json()) as MailboxDocument;
          const next = body.data.map((entry) => entry.attributes);
          // The mailbox only grows (or empties on reset): same length, nothing new.
          if (isCurrent) setEmails((shown) => (shown?.length === next.length ? shown : next));
        }
      } catch {
        // The next poll tries again; the panel keeps what it last showed.
      }
      if (isCurrent) timer = setTimeout(poll, POLL_MS);
    }
    void poll();
    return () => {
      isCurrent = false;
      clearTimeout(timer);
    };
  }, [mockBaseUrl]);
  return emails;
}

export interface MockInboxProps {
  /** Where the in-page mock answers. */
  mockBaseUrl: string;
}

/**
 * The emails the in-page mock "sent", newest first, so a person can finish the email
 * flows by hand. Only shown in mock mode: a real backend sends real email.
 */
export function MockInbox({ mockBaseUrl }: MockInboxProps) {
  const emails = useMailbox(mockBaseUrl);
  const headingId = useId();
  const { locale, messages } = useText();
  const timeFormat = useMemo(
    () => new Intl.DateTimeFormat(locale, { timeStyle: 'medium' }),
    [locale],
  );
  // The newest few: the panel grows with the page rather than scrolling on its own (a
  // scrolling region would need its own keyboard stop).
  const newestFirst = emails ? [...emails].reverse().slice(0, SHOWN) : [];
  return (
    <section className="demo-panel demo-inbox" aria-labelledby={headingId}>
      <h2 id={headingId}>{messages.inboxHeading}</h2>
      <p className="demo-muted">{messages.inboxIntro}</p>
      <p className="demo-inbox-count" aria-live="polite">
        {emails === null
          ? messages.inboxChecking
          : emails.length === 0
            ? messages.inboxEmpty
            : messages.inboxCount(emails.length, SHOWN)}
      </p>
      {newestFirst.length > 0 && (
        <ol className="demo-inbox-list" aria-label={messages.inboxList}>
          {newestFirst.map((mail) => (
            <li key={`${mail.sent_at}-${mail.code}`} className="demo-inbox-item">
              <p className="demo-inbox-subject">{mail.subject}</p>
              <p className="demo-inbox-meta">
                {fill(messages.inboxTo, {
                  to: <bdi>{mail.to}</bdi>,
                  time: (
                    <time dateTime={mail.sent_at}>{timeFormat.format(new Date(mail.sent_at))}</time>
                  ),
                })}
              </p>
              <p className="demo-inbox-code">
                {messages.inboxCode}{' '}
                <code className="demo-inbox-code-value" dir="ltr">
                  {mail.code}
                </code>
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
