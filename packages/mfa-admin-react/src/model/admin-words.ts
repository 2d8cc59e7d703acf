import type { AdminMessages } from '../messages.ts';

// Roles, actions and details come from the server as ids. Each shows in the admin's
// language where the catalogue has a word for it, else exactly as the server sent it:
// never a translated sentence with a raw id inside.

const own = (words: Record<string, string>, key: string): string | undefined =>
  Object.hasOwn(words, key) ? words[key] : undefined;

/**
 * `admin` → "Admin" (or the language's word); an unknown role by the server's name for it
 * (`fallback`, e.g. an included role's `name`), else its id.
 */
export const roleName = (text: AdminMessages, role: string, fallback: string = role): string =>
  own(text.roleNames, role) ?? fallback;

/** `mfa.enabled` → "Two-factor turned on"; an unknown action as the server names it. */
export const actionName = (text: AdminMessages, action: string): string =>
  own(text.actionNames, action) ?? action;

/** `{ channel: 'totp', context: 'enable' }` → "Method: Authenticator app; Step: Turning on". */
export function detailsText(text: AdminMessages, metadata: Record<string, unknown>): string {
  return Object.entries(metadata)
    .map(([key, value]) => {
      const raw = String(value);
      return `${own(text.detailNames, key) ?? key}: ${own(text.detailValues, raw) ?? raw}`;
    })
    .join('; ');
}
