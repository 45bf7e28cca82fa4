import { POLL_INTERVAL_MS } from '@/api/polling'
import type { DataNote } from './view-state'

export type LiveFacts = {
  /** The run may still change (api/worker/status). */
  active: boolean
  paused: boolean
  online: boolean
  /** The note above the data, if one is shown (view-state): the header never contradicts it. */
  note: DataNote['kind'] | null
}

/**
 * What the header's "Updated" line adds about live updates. It claims "live" only while polls
 * really arrive: when they fail, stop or cannot be read, it says so, as the note above does.
 */
export function liveNote({ active, paused, online, note }: LiveFacts): string {
  if (paused) return ' · paused: no updates until you resume'
  if (!active) return ''
  if (!online || note === 'offline') return ' · offline: updates resume when the connection is back'
  if (note === 'stale') return ' · not updating: refreshing keeps failing'
  if (note === 'stopped') return ' · updates stopped'
  if (note === 'unreadable') return ' · the last refresh could not be read'
  return ` · live, every ${POLL_INTERVAL_MS / 1000} s`
}
