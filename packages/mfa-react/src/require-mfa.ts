'use client';

// App-level MFA enforcement. Its own entry: it renders setup (and with it the QR code),
// which a page that only signs in should not download.

export {
  enRequireMfaMessages,
  type MfaPolicy,
  meetsMfaPolicy,
  RequireMfa,
  type RequireMfaMessages,
  type RequireMfaProps,
} from './RequireMfa.tsx';
