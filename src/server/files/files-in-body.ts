import { isRecord } from '@/shared/guards'
import type { ServedFileEntry } from './served-files'

/* A file list beyond this is not a real worker's; the rest is not remembered. */
const MAX_FILES = 2000
/* Longer URLs are not remembered (and so never fetched): memory stays bounded per entry. */
const MAX_URL_LENGTH = 2048

/**
 * The files a worker, task or turns body lists, where the inspector's schemas read them:
 * the worker's `files[]`, and `files[]` of each turn in `turns` (a task in the older shape) or
 * `items` (GET /api/tasks/{id}/turns). Anything else in the body is not a file to fetch.
 */
export function filesInBody(body: unknown): ServedFileEntry[] {
  if (!isRecord(body)) return []
  const found: ServedFileEntry[] = []
  const take = (list: unknown) => {
    if (!Array.isArray(list)) return
    for (const item of list) {
      if (found.length >= MAX_FILES) return
      const file = fileEntry(item)
      if (file) found.push(file)
    }
  }
  take(body.files)
  for (const turns of [body.turns, body.items]) {
    if (!Array.isArray(turns)) continue
    for (const turn of turns) if (isRecord(turn)) take(turn.files)
  }
  return found
}

function fileEntry(raw: unknown): ServedFileEntry | null {
  if (!isRecord(raw) || typeof raw.url !== 'string' || raw.url.length > MAX_URL_LENGTH) return null
  const url = normalUrl(raw.url)
  if (url === null) return null
  return {
    url,
    mediaType: typeof raw.mediaType === 'string' ? raw.mediaType : '',
    filename: typeof raw.filename === 'string' ? raw.filename : null,
  }
}

/** The form the page sends back (it links `new URL(url.trim()).href`); null if not absolute. */
export function normalUrl(raw: string): string | null {
  try {
    return new URL(raw.trim()).href
  } catch {
    return null
  }
}
