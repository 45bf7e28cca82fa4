/*
 * The one table of what the inspector previews, for the page (which files get a Preview button)
 * and the server's file route (what it fetches and how it labels it). A file's declared media
 * type names a kind; the route then serves it under that kind's one fixed type, so whatever the
 * bytes hold, the browser never treats them as a page, a script or an SVG document.
 */
export type PreviewKind = 'image' | 'pdf' | 'csv' | 'json' | 'markdown' | 'text'

/* Larger files are download only: the route refuses them and the page does not ask. */
export const PREVIEW_LIMIT_BYTES = 5 * 1024 * 1024

/** "type/subtype" in lower case without parameters, or null when it is not a media type. */
export function essenceOf(mediaType: unknown): string | null {
  if (typeof mediaType !== 'string') return null
  const essence = mediaType.split(';')[0]?.trim().toLowerCase() ?? ''
  return /^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/.test(essence) ? essence : null
}

/* Raster formats only: an SVG is a document that can carry scripts and links. */
export const PREVIEW_IMAGE_TYPES: ReadonlySet<string> = new Set([
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
])

// Source code and data formats that read as plain text. Never HTML or XML, which a browser
// would render, nor anything it would run.
const TEXT_TYPES = new Set([
  'text/plain',
  'text/x-python',
  'text/x-log',
  'text/tab-separated-values',
  'text/yaml',
  'application/yaml',
  'application/x-yaml',
  'application/toml',
  'application/sql',
  'application/x-python',
])

/** The preview kind a declared media type names, or null when it does not preview. */
export function previewKindOf(mediaType: unknown): PreviewKind | null {
  const essence = essenceOf(mediaType)
  if (essence === null) return null
  if (PREVIEW_IMAGE_TYPES.has(essence)) return 'image'
  if (essence === 'application/pdf') return 'pdf'
  if (essence === 'text/csv') return 'csv'
  if (essence === 'application/json' || /^application\/[a-z0-9.-]+\+json$/.test(essence)) {
    return 'json'
  }
  if (essence === 'text/markdown' || essence === 'text/x-markdown') return 'markdown'
  if (TEXT_TYPES.has(essence)) return 'text'
  return null
}

/** The Content-Type the file route gives each text kind; images and PDFs keep their own. */
export const TEXT_KIND_TYPES: Record<Exclude<PreviewKind, 'image' | 'pdf'>, string> = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  markdown: 'text/markdown; charset=utf-8',
  text: 'text/plain; charset=utf-8',
}

/** Where the page asks the server for a file on another host. */
export const FILE_ROUTE = '/_app/files'

/*
 * Where demo mode serves the simulated workers' own files, on this origin: the one path of it a
 * file URL may point at (it does not exist in live mode). Never under /api, which answers JSON.
 */
export const DEMO_FILE_ROUTE = '/_app/demo-files'
