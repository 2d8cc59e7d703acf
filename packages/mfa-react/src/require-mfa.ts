'use client';

// App-level MFA enforcement. Its own entry: it renders setup (and with it the QR code),
// which a page that only signs in should not download.

export { enRequireMfaMessages, type RequireMfaMessages } from './require-mfa/messages.ts';
export { type MfaPolicy, meetsMfaPolicy } from './require-mfa/mfa-policy.ts';
export { RequireMfa, type RequireMfaProps } from './require-mfa/RequireMfa.tsx';
