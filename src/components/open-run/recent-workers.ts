import type { Target } from '@/config/paths'
import { type RunStatusKey, isRunStatusKey } from '@/api/worker/status'
import { isRecord } from '@/shared/guards'
import { parseId } from '@/shared/ids'
import { PERSONAL_PREFIX, personalDataChanged } from '@/lib/personal-storage'

/*
 * Recently opened workers, newest first, kept in this browser only: IDs, a short title (the
 * task's title or the question's first words), the last status seen and when it was opened.
 * Never a key or a response. Whatever is stored is re-validated on read: localStorage is
 * shared with anything else running on this origin.
 */
// Under the personal prefix: it goes with the session (lib/personal-storage.ts).
export const RECENT_KEY = `${PERSONAL_PREFIX}recent-workers`
const KEY = RECENT_KEY
const LIMIT = 8
export const RECENT_TITLE_MAX = 80

export type RecentNote = { title?: string; status?: RunStatusKey }

export type RecentWorker = Target & { openedAt: number } & RecentNote

export function readRecent(storage: Storage | undefined = globalThis.localStorage): RecentWorker[] {
  try {
    const raw: unknown = JSON.parse(storage?.getItem(KEY) ?? '[]')
    if (!Array.isArray(raw)) return []
    return raw.flatMap(readEntry).slice(0, LIMIT)
  } catch {
    return []
  }
}

function readEntry(item: unknown): RecentWorker[] {
  if (!isRecord(item)) return []
  const { openedAt, title, status } = item
  const workerId = parseId('worker', item.workerId)
  const taskId = item.taskId === null ? null : parseId('task', item.taskId)
  if (!workerId || (item.taskId !== null && !taskId)) return []
  const entry: RecentWorker = {
    workerId,
    taskId,
    openedAt: typeof openedAt === 'number' && Number.isFinite(openedAt) ? openedAt : 0,
  }
  if (typeof title === 'string' && title.trim()) entry.title = title.slice(0, RECENT_TITLE_MAX)
  if (isRunStatusKey(status)) entry.status = status
  return [entry]
}

function write(list: RecentWorker[], storage: Storage | undefined) {
  try {
    if (list.length === 0) storage?.removeItem(KEY)
    else storage?.setItem(KEY, JSON.stringify(list.slice(0, LIMIT)))
  } catch {
    // Storage full or disabled (private mode): recents are a convenience, not data.
  }
  personalDataChanged()
}

const same = (a: Target) => (b: Target) => a.workerId === b.workerId && a.taskId === b.taskId

/** Moves the view to the top, keeping what was noted about it before. */
export function rememberRecent(
  target: Target,
  now = Date.now(),
  storage: Storage | undefined = globalThis.localStorage,
): void {
  const list = readRecent(storage)
  const previous = list.find(same(target))
  const rest = list.filter((item) => !same(target)(item))
  write([{ ...previous, ...target, openedAt: now }, ...rest], storage)
}

/** Records a view's title and status where it already sits (or at the top if new). */
export function noteRecent(
  target: Target,
  note: RecentNote,
  now = Date.now(),
  storage: Storage | undefined = globalThis.localStorage,
): void {
  const list = readRecent(storage)
  const clean: RecentNote = {}
  if (note.title?.trim()) clean.title = note.title.trim().slice(0, RECENT_TITLE_MAX)
  if (note.status) clean.status = note.status
  const index = list.findIndex(same(target))
  if (index === -1) write([{ ...target, openedAt: now, ...clean }, ...list], storage)
  else
    write(
      list.map((item, i) => (i === index ? { ...item, ...clean } : item)),
      storage,
    )
}

export function forgetRecent(
  target: Target,
  storage: Storage | undefined = globalThis.localStorage,
): void {
  write(
    readRecent(storage).filter((item) => !same(target)(item)),
    storage,
  )
}

export function clearRecent(storage: Storage | undefined = globalThis.localStorage): void {
  write([], storage)
}
