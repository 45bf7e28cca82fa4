import { domainOf, fileNameOf } from './safe-url'

/*
 * What a file or a source is called wherever the run is shown or exported (panels, message
 * parts, the task page, the Markdown transcript): one rule, so a copied transcript names things
 * exactly as the page does. Both return the raw text ('' when there is nothing to show); each
 * surface makes it inert in its own way and falls back to the placeholder.
 */
export const UNNAMED_FILE = 'Unnamed file'
export const UNTITLED_SOURCE = 'Untitled source'

function nonBlank(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null
}

/** The file's own name, else the last segment of its URL. */
export function fileLabel(file: { filename?: unknown; url?: unknown }): string {
  const url = typeof file.url === 'string' ? file.url : ''
  return nonBlank(file.filename) ?? fileNameOf(url) ?? ''
}

/** The source's title, else the site it is on, else its address. */
export function sourceLabel(source: { title?: unknown; url?: unknown }): string {
  const url = typeof source.url === 'string' ? source.url : ''
  return nonBlank(source.title) ?? domainOf(url) ?? url.trim()
}
