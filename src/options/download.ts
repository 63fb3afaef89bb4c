// Saving generated text as a file from a page, without the downloads permission: a Blob URL on
// an `<a download>`.

/** Excel reads a CSV as the system's legacy code page unless it starts with a UTF-8 byte order mark. */
const UTF8_BOM = '\uFEFF';

/** Long enough for Chrome to have started the download before the URL stops resolving. */
const REVOKE_AFTER_MS = 60_000;

export function downloadCsv(filename: string, csv: string): void {
  const url = URL.createObjectURL(new Blob([UTF8_BOM, csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
