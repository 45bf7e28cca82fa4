/*
 * Which file URLs each credential has been shown. The file route fetches only those, so it is a
 * way to preview a worker's own files, not a proxy anyone signed in can point anywhere. Entries
 * are filed under the credential's hash (credentialId) or "demo", never across credentials;
 * each expires `ttlMs` after the last answer that listed it, and the whole stays bounded: the
 * least recently listed URLs and least recently active credentials go first.
 */
export type ServedFile = {
  /** The media type the response declared for the file. */
  mediaType: string
  filename: string | null
}

export type ServedFileEntry = ServedFile & { url: string }

export type ServedFilesOptions = {
  ttlMs?: number
  maxUrlsPerCredential?: number
  maxCredentials?: number
  now?: () => number
}

type Held = { file: ServedFile; expiresAt: number }

export type ServedFiles = ReturnType<typeof createServedFiles>

export function createServedFiles(options: ServedFilesOptions = {}) {
  const {
    ttlMs = 60 * 60_000,
    maxUrlsPerCredential = 2000,
    maxCredentials = 50,
    now = Date.now,
  } = options
  // Map order is insertion order: re-inserting on use keeps the oldest first, to evict.
  const byCredential = new Map<string, Map<string, Held>>()

  function touch(credential: string): Map<string, Held> {
    const held = byCredential.get(credential) ?? new Map<string, Held>()
    byCredential.delete(credential)
    byCredential.set(credential, held)
    for (const oldest of byCredential.keys()) {
      if (byCredential.size <= maxCredentials) break
      byCredential.delete(oldest)
    }
    return held
  }

  return {
    record(credential: string, files: Iterable<ServedFileEntry>): void {
      const held = touch(credential)
      const expiresAt = now() + ttlMs
      for (const { url, mediaType, filename } of files) {
        held.delete(url)
        held.set(url, { file: { mediaType, filename }, expiresAt })
      }
      for (const [url, entry] of held) {
        if (held.size <= maxUrlsPerCredential && entry.expiresAt > now()) break
        held.delete(url)
      }
    },
    lookup(credential: string, url: string): ServedFile | null {
      const entry = byCredential.get(credential)?.get(url)
      if (!entry || entry.expiresAt <= now()) return null
      return entry.file
    },
  }
}
