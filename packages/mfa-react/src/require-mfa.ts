'use client';

// App-level MFA enforcement. Its own entry: it renders setup (and with it the QR code),
// which a page that only signs in should not download.

export { type MfaPolicy, meetsMfaPolicy } from './mfa-policy.ts';
export { RequireMfa, type RequireMfaProps } from './RequireMfa.tsx';
export { enRequireMfaMessages, type RequireMfaMessages } from './require-mfa-messages.ts';
