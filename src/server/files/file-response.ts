import type { PreviewKind } from '@/shared/preview-media'

/*
 * The headers that keep a fetched file inert, whatever its bytes: one fixed type and nosniff,
 * a sandbox policy that gives the response no scripts, no plugins and no origin even if it were
 * opened as a page, no use by other sites' pages, and only this person's browser may keep it.
 * Images are shown in place (inline); everything else is a download when opened directly (the
 * page itself reads those with fetch, where the disposition does not matter).
 */
export const FILE_SECURITY_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Content-Security-Policy': "sandbox; default-src 'none'; img-src 'self' data:",
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'private',
}

export function fileResponse(
  bytes: Uint8Array<ArrayBuffer>,
  file: { kind: PreviewKind; contentType: string; filename: string },
): Response {
  const disposition = file.kind === 'image' ? 'inline' : 'attachment'
  return new Response(bytes, {
    status: 200,
    headers: {
      ...FILE_SECURITY_HEADERS,
      'Content-Type': file.contentType,
      'Content-Length': String(bytes.byteLength),
      'Content-Disposition': contentDisposition(disposition, file.filename),
    },
  })
}

/** An answer of the file route that is not a file: JSON, never stored. */
export function fileError(
  status: number,
  code: string,
  message: string,
  extra: Record<string, string> = {},
): Response {
  return new Response(JSON.stringify({ error: message, code }), {
    status,
    headers: {
      ...FILE_SECURITY_HEADERS,
      'Content-Type': 'application/json',
      'Cache-Control': 'no-store',
      ...extra,
    },
  })
}

/*
 * The name is written by whoever made the file. Control and formatting characters (a bidi
 * override can make "exe.pdf" read as "fdp.exe"), quotes and path separators go; the plain
 * `filename` keeps printable ASCII only, `filename*` the whole name percent-encoded (RFC 6266).
 */
export function contentDisposition(type: 'inline' | 'attachment', name: string): string {
  // By code point, and without lone surrogates: encodeURIComponent cannot encode those.
  const clean =
    Array.from(
      name
        .replace(/[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/gu, '')
        .replace(/["\\/]/g, '_')
        .trim(),
    )
      .slice(0, 120)
      .join('') || 'file'
  const ascii = Array.from(clean, (char) => (/^[\x20-\x7e]$/.test(char) ? char : '_')).join('')
  const encoded = encodeURIComponent(clean).replace(
    /['()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  )
  return `${type}; filename="${ascii}"; filename*=UTF-8''${encoded}`
}
