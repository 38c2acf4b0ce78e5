/** A size in bytes as people read it in a message or a document: "10 MB", "1.5 MB", "512 KB", "300 B". */
export function readableSize(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  if (mb >= 1) return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
  return bytes >= 1024 ? `${Math.floor(bytes / 1024)} KB` : `${bytes} B`;
}
