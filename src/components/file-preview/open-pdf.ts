/*
 * A PDF opens in a new tab from a blob: URL whose type is forced to application/pdf, so the
 * browser's PDF viewer shows it whatever the response claimed to be (never as HTML in our origin).
 * Not in an <iframe>: Chromium refuses to show PDFs in sandboxed frames, and an unsandboxed frame
 * of our own origin is not something attacker bytes should get.
 */
export function openPdf(bytes: Uint8Array): void {
  const url = URL.createObjectURL(new Blob([bytes.slice()], { type: 'application/pdf' }))
  window.open(url, '_blank', 'noopener,noreferrer')
  // The new tab has loaded the blob long before this; keep memory from piling up.
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}
