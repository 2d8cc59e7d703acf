import { downloadText } from '@authblock/mfa-react';

/** Saves a CSV through the browser's download, as UTF-8 (its byte-order mark is in `text`). */
export function downloadCsv(fileName: string, text: string): void {
  downloadText(text, fileName, 'text/csv;charset=utf-8');
}
