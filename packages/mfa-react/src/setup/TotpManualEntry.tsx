'use client';

import { type MfaSetupOf, parseOtpauthUri } from '@authblock/mfa-core';
import { useState } from 'react';
import { copyText } from '../internal/share.ts';
import type { MfaMessages } from '../provider/messages.ts';

/** Splits a base32 secret into groups of four for reading aloud or typing. */
export function groupSecret(secret: string): string {
  return (
    secret
      .replace(/\s/g, '')
      .match(/.{1,4}/g)
      ?.join(' ') ?? ''
  );
}

/** "Can't scan?": the account, the key (grouped, with copy) and the key type. */
export function TotpManualEntry({
  setup,
  messages,
}: {
  setup: MfaSetupOf<'totp'>;
  messages: MfaMessages;
}) {
  // A new key per copy, so a second "Copied" is announced again.
  const [notice, setNotice] = useState({ text: '', count: 0 });
  const copy = async (text: string) => {
    const copied = await copyText(text);
    setNotice((last) => ({
      text: copied ? messages.copied : messages.copyFailed,
      count: last.count + 1,
    }));
  };
  const entry = parseOtpauthUri(setup.qrCodeUri);
  return (
    <details className="abmfa-totp-setup__manual">
      <summary className="abmfa-totp-setup__manual-toggle">{messages.totpCantScan}</summary>
      <p>{messages.totpManualIntro}</p>
      <dl className="abmfa-totp-setup__details">
        {entry.issuer ? (
          <div>
            <dt>{messages.totpIssuer}</dt>
            <dd>
              <span className="abmfa-totp-setup__issuer">{entry.issuer}</span>{' '}
              <button
                type="button"
                className="abmfa-button abmfa-button--small"
                onClick={() => void copy(entry.issuer ?? '')}
              >
                {messages.copyIssuer}
              </button>
            </dd>
          </div>
        ) : null}
        {entry.account ? (
          <div>
            <dt>{messages.totpAccount}</dt>
            <dd>
              <bdi className="abmfa-totp-setup__account" dir="ltr">
                {entry.account}
              </bdi>{' '}
              <button
                type="button"
                className="abmfa-button abmfa-button--small"
                onClick={() => void copy(entry.account ?? '')}
              >
                {messages.copyAccount}
              </button>
            </dd>
          </div>
        ) : null}
        <div>
          <dt>{messages.totpKey}</dt>
          <dd>
            <code className="abmfa-totp-setup__secret" dir="ltr">
              {groupSecret(setup.secret)}
            </code>{' '}
            <button
              type="button"
              className="abmfa-button abmfa-button--small"
              onClick={() => void copy(setup.secret)}
            >
              {messages.copyKey}
            </button>
          </dd>
        </div>
        <div>
          <dt>{messages.totpKeyType}</dt>
          <dd>{messages.totpKeyTypeValue}</dd>
        </div>
      </dl>
      <p className="abmfa-totp-setup__copy-notice" role="status">
        {notice.text ? <span key={notice.count}>{notice.text}</span> : null}
      </p>
    </details>
  );
}
