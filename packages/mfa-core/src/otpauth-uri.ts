/** What an authenticator app files a TOTP entry under: the service's name and the account. */
export interface OtpauthEntry {
  /** The service's name (the URI's `issuer`), e.g. `23blocks - My Company`. */
  issuer: string | undefined;
  /** The account, usually the email address. */
  account: string | undefined;
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * Reads issuer and account out of an `otpauth://totp/Issuer:account?issuer=Issuer&…` URI,
 * as authenticator apps do: the `issuer` parameter wins over the label's prefix, and
 * names with spaces, dashes or colons come back as written.
 */
export function parseOtpauthUri(uri: string): OtpauthEntry {
  const match = /^otpauth:\/\/totp\/([^?#]*)(?:\?([^#]*))?/i.exec(uri.trim());
  if (!match) return { issuer: undefined, account: undefined };
  const label = decode(match[1] ?? '');
  const issuerParam = new URLSearchParams(match[2] ?? '').get('issuer')?.trim() || undefined;
  let prefix: string | undefined;
  let account = label;
  if (issuerParam && label.startsWith(`${issuerParam}:`)) {
    prefix = issuerParam;
    account = label.slice(issuerParam.length + 1);
  } else if (label.includes(':')) {
    const colon = label.indexOf(':');
    prefix = label.slice(0, colon);
    account = label.slice(colon + 1);
  }
  return {
    issuer: issuerParam ?? (prefix?.trim() || undefined),
    account: account.trim() || undefined,
  };
}
