/** Hands a base64 file (an export, a template) to the browser as a download, without keeping it anywhere. */
export function downloadBase64(base64: string, filename: string, mimeType: string): void {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  const url = URL.createObjectURL(new Blob([bytes], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The click has handed the file over; the object URL would otherwise keep the data in memory.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
