import type { Target } from '@/config/paths'
import { isValidId } from '@/shared/ids'

/*
 * Recently opened workers, newest first, kept in this browser only. Whatever is stored is
 * re-validated on read: localStorage is shared with anything else running on this origin.
 */
const KEY = 'inspector.recent-workers'
const LIMIT = 8

export type RecentWorker = Target & { openedAt: number }

export function readRecent(storage: Storage | undefined = globalThis.localStorage): RecentWorker[] {
  try {
    const raw: unknown = JSON.parse(storage?.getItem(KEY) ?? '[]')
    if (!Array.isArray(raw)) return []
    return raw
      .flatMap((item: unknown) => {
        if (typeof item !== 'object' || item === null) return []
        const { workerId, taskId, openedAt } = item as Record<string, unknown>
        if (typeof workerId !== 'string' || !isValidId(workerId)) return []
        if (taskId !== null && (typeof taskId !== 'string' || !isValidId(taskId))) return []
        return [{ workerId, taskId, openedAt: typeof openedAt === 'number' ? openedAt : 0 }]
      })
      .slice(0, LIMIT)
  } catch {
    return []
  }
}

export function rememberRecent(
  target: Target,
  now = Date.now(),
  storage: Storage | undefined = globalThis.localStorage,
): void {
  const rest = readRecent(storage).filter(
    (item) => item.workerId !== target.workerId || item.taskId !== target.taskId,
  )
  const next = [{ ...target, openedAt: now }, ...rest].slice(0, LIMIT)
  try {
    storage?.setItem(KEY, JSON.stringify(next))
  } catch {
    // Storage full or disabled (private mode): recents are a convenience, not data.
  }
}
