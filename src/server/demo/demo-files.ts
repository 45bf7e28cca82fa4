import type { FileRef } from './wire'

/** A file the demo really serves from `DEMO_FILE_ROUTE/:workerId/:name` (shared/preview-media). */
export type DemoFile = { name: string; mediaType: string; bytes: Uint8Array }

const encoder = new TextEncoder()

export function textFile(name: string, mediaType: string, text: string): DemoFile {
  return { name, mediaType, bytes: encoder.encode(text) }
}

export function served(file: DemoFile, filename: string | null = file.name): FileRef {
  return { served: file, filename }
}

export function fileResponse(file: DemoFile): Response {
  const safeName = file.name.replace(/["\\\r\n]/g, '_')
  // A copy keeps the cached bytes safe from whatever consumes the body.
  return new Response(file.bytes.slice(), {
    status: 200,
    headers: {
      'Content-Type': file.mediaType,
      'Content-Length': String(file.bytes.byteLength),
      'Content-Disposition': `attachment; filename="${safeName}"`,
      'X-Content-Type-Options': 'nosniff',
      // Opened as a page, it has no origin and runs nothing, like the file route's answers.
      'Content-Security-Policy': "sandbox; default-src 'none'",
      'Cache-Control': 'no-store',
    },
  })
}
