import { essenceOf, type PreviewKind, previewKindOf, TEXT_KIND_TYPES } from '@/shared/preview-media'

/*
 * What the file route serves a file as. Both labels must agree on a kind the inspector previews:
 * the media type the worker declared and the Content-Type its host sent (a host that only says
 * "octet-stream" leaves it to the declared one). Images and PDFs must also start like one, so a
 * host's HTML error page labelled image/png is refused instead of passed on. The answer then
 * carries one fixed type per kind, never the host's own label.
 */
export type Decision =
  | { ok: true; kind: PreviewKind; contentType: string }
  | { ok: false; message: string }

// Labels that say nothing about the bytes (storage services often send these).
const GENERIC = new Set(['application/octet-stream', 'binary/octet-stream'])

const TEXT_FAMILY: ReadonlySet<PreviewKind> = new Set(['csv', 'json', 'markdown', 'text'])

export function decideType(
  kind: PreviewKind,
  upstreamType: string | null,
  bytes: Uint8Array,
): Decision {
  const upstream = essenceOf(upstreamType)
  if (upstream !== null && !GENERIC.has(upstream)) {
    const sent = previewKindOf(upstream)
    const agrees =
      sent === kind || (sent !== null && TEXT_FAMILY.has(sent) && TEXT_FAMILY.has(kind))
    if (!agrees)
      return {
        ok: false,
        message: `The file's host labels it ${upstream}, which is not previewed.`,
      }
  }
  if (kind === 'image') {
    const format = imageFormat(bytes)
    return format
      ? { ok: true, kind, contentType: format }
      : { ok: false, message: 'The file is not a PNG, JPEG, GIF or WebP image.' }
  }
  if (kind === 'pdf') {
    return isPdf(bytes)
      ? { ok: true, kind, contentType: 'application/pdf' }
      : { ok: false, message: 'The file is not a PDF.' }
  }
  return { ok: true, kind, contentType: TEXT_KIND_TYPES[kind] }
}

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0) =>
  prefix.every((byte, i) => bytes[at + i] === byte)

const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0))

function imageFormat(bytes: Uint8Array): string | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png'
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg'
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return 'image/gif'
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image/webp'
  return null
}

// Readers accept the header within the first kilobyte, after junk some generators leave.
function isPdf(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024))
  return head.includes('%PDF-')
}
