/** Saves text as a file through the browser's own download, from an extension page. */
export function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by now; keep the object URL a little for slow browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
