// Getting text out of the page: the clipboard, a file download, a printout of only that
// text. Used for the backup codes and the TOTP key, and by the admin package's CSVs.

/** Copies `text`; `false` when the browser refused (no permission, insecure page). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Downloads `text` as a file of `type` (plain text unless said). */
export function downloadText(text: string, fileName: string, type = 'text/plain'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * `text` as a file name any system accepts: letters and digits of any script, dashes
 * between (`Acme Books: Team/EU` → `acme-books-team-eu`, `ロール別の利用率` as it is).
 */
export function fileNameSlug(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** How long the print frame may stay when the browser never says printing is over. */
export const PRINT_FRAME_TIMEOUT_MS = 60_000;

/**
 * Prints only `text`, from a hidden frame (not the app around it). Printing focuses the
 * frame, which is removed afterwards: focus goes back to where it was (the Print button)
 * instead of falling to `<body>`.
 */
export function printText(text: string, title: string): void {
  const previous = document.activeElement;
  const frame = document.createElement('iframe');
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  frame.style.cssText = 'position:fixed;width:0;height:0;border:0;opacity:0';
  document.body.append(frame);
  const frameDocument = frame.contentDocument;
  const frameWindow = frame.contentWindow;
  if (!frameDocument || !frameWindow) {
    frame.remove();
    return;
  }
  const pre = frameDocument.createElement('pre');
  pre.textContent = text;
  pre.style.font = '16px/1.6 ui-monospace, monospace';
  frameDocument.title = title;
  frameDocument.body.append(pre);
  let fallback: ReturnType<typeof setTimeout> | undefined;
  const cleanUp = () => {
    clearTimeout(fallback);
    if (!frame.isConnected) return;
    const focusWasInFrame = document.activeElement === frame;
    frame.remove();
    const lost =
      focusWasInFrame || !document.activeElement || document.activeElement === document.body;
    if (lost && previous instanceof HTMLElement && previous.isConnected) previous.focus();
  };
  frameWindow.addEventListener('afterprint', cleanUp, { once: true });
  // Some browsers never fire `afterprint` on a frame: do not leave it in the page.
  fallback = setTimeout(cleanUp, PRINT_FRAME_TIMEOUT_MS);
  frameWindow.focus();
  frameWindow.print();
}
