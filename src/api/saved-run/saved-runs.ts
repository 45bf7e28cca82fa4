import { PERSONAL_PREFIX, onPersonalDataForgotten } from '@/lib/personal-storage'
import { isRecord } from '@/shared/guards'
import { type SavedRun, parseSavedRun } from './parse-saved-run'

/*
 * Runs opened from files, for this tab only. The file's text is kept in sessionStorage when it
 * fits, so a reload or a link opened again in the same tab still finds it; nothing leaves the
 * browser. A tab that never had the file (a teammate's, another window) finds nothing and says
 * so: a saved run is shared by sharing the file.
 */
// Under the personal prefix: signing out, or another person's session, drops them.
const PREFIX = `${PERSONAL_PREFIX}saved-run:`
// sessionStorage holds about 5 MB per origin; larger runs live in memory for this page only.
const MAX_STORED_CHARS = 2_000_000

const opened = new Map<string, SavedRun>()
onPersonalDataForgotten(() => opened.clear())

export type SavedRunId = string

/** Keeps an opened run and returns the ID its page is found by. */
export function keepSavedRun(run: SavedRun, text: string): SavedRunId {
  const id = crypto.randomUUID()
  opened.set(id, run)
  if (text.length <= MAX_STORED_CHARS) {
    try {
      sessionStorage.setItem(PREFIX + id, JSON.stringify({ fileName: run.fileName, text }))
    } catch {
      // Full or unavailable (private mode): the run stays in memory for this page.
    }
  }
  return id
}

export function findSavedRun(id: string): SavedRun | null {
  const found = opened.get(id)
  if (found) return found
  let stored: unknown
  try {
    stored = JSON.parse(sessionStorage.getItem(PREFIX + id) ?? 'null')
  } catch {
    return null
  }
  if (!isRecord(stored)) return null
  const { fileName, text } = stored
  if (typeof fileName !== 'string' || typeof text !== 'string') return null
  const parsed = parseSavedRun(text, fileName)
  if (!parsed.ok) return null
  opened.set(id, parsed.run)
  return parsed.run
}
