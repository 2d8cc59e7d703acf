'use client';

// App-level MFA enforcement. Its own entry: it renders setup (and with it the QR code),
// which a page that only signs in should not download.

// The policy lives in mfa-core, beside `checkMfaOnServer` (the server's half of the gate).
export { type MfaPolicy, meetsMfaPolicy } from '@authblock/mfa-core';
export { enRequireMfaMessages, type RequireMfaMessages } from './require-mfa/messages.ts';
export { RequireMfa, type RequireMfaProps } from './require-mfa/RequireMfa.tsx';
