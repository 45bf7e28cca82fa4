import type { WatchAnswer, WatchState } from '@/shared/watch-protocol'
import { type FailureStreak, nextPoll } from './next-poll'
import { type WatchPoll, isOk } from './watch-poll'

export type WatchMessage =
  /** The run as last read; `id` names this state (the SSE event id). */
  | { type: 'state'; id: string; state: WatchState }
  /** A read at `at` (the server's clock) found the run unchanged and answered without error. */
  | { type: 'checked'; at: number }
  /** Polling stopped: the run finished, a request was refused, or failures went on too long. */
  | { type: 'end' }

export type WatchListener = (message: WatchMessage) => void

export type WatchHubOptions = { intervalMs?: number; now?: () => number; random?: () => number }

type Room = {
  poll: () => Promise<WatchPoll>
  viewers: Set<WatchListener>
  /** Names this room's states, so an id from an earlier room never matches. */
  epoch: string
  version: number
  current: { id: string; state: WatchState } | null
  okCheckedAt: number | null
  timer: ReturnType<typeof setTimeout> | null
  streak: FailureStreak | null
}

/*
 * One poll per watched view and credential, however many viewers (the caller's key says which
 * view and credential; it must never let two credentials meet). The first viewer starts it and
 * the last one to leave stops it, as does the end of the run. A viewer gets the current state
 * as it joins and every change after, the moment the poll that found it returns; a poll that
 * finds nothing new sends only a "checked" note.
 */
export function createWatchHub(options: WatchHubOptions = {}) {
  const now = options.now ?? Date.now
  const random = options.random ?? Math.random
  const rooms = new Map<string, Room>()
  let epochs = 0

  function broadcast(room: Room, message: WatchMessage) {
    for (const viewer of room.viewers) {
      try {
        viewer(message)
      } catch {
        // One viewer's broken connection is its own affair.
      }
    }
  }

  function close(key: string, room: Room) {
    if (room.timer) clearTimeout(room.timer)
    room.timer = null
    room.viewers.clear()
    if (rooms.get(key) === room) rooms.delete(key)
  }

  async function run(key: string, room: Room) {
    room.timer = null
    const poll = await room.poll().catch(() => failedPoll)
    // Everyone left while it was under way: nobody to tell, nothing to schedule.
    if (rooms.get(key) !== room || room.viewers.size === 0) return
    const checkedAt = now()
    if (!sameAnswers(room.current?.state.answers, poll.answers)) {
      room.version += 1
      room.current = {
        id: `${room.epoch}.${room.version}`,
        state: { answers: poll.answers, checkedAt },
      }
      broadcast(room, { type: 'state', ...room.current })
    }
    if (poll.answers.every(isOk)) {
      room.okCheckedAt = checkedAt
      broadcast(room, { type: 'checked', at: checkedAt })
    }
    const next = nextPoll(poll, room.streak, {
      intervalMs: options.intervalMs,
      now: checkedAt,
      random,
    })
    if (next.kind === 'stop') {
      broadcast(room, { type: 'end' })
      close(key, room)
      return
    }
    room.streak = next.streak
    room.timer = setTimeout(() => void run(key, room), next.delayMs)
  }

  return {
    /**
     * Adds a viewer to the watch named `key`, starting it with `poll` if it is new. A viewer that
     * already holds the current state (`lastEventId`, from a reconnecting browser) is not sent
     * it again. Returns the way to leave.
     */
    join(
      key: string,
      poll: () => Promise<WatchPoll>,
      viewer: WatchListener,
      lastEventId: string | null = null,
    ): () => void {
      let room = rooms.get(key)
      const isNew = !room
      if (!room) {
        epochs += 1
        room = {
          poll,
          viewers: new Set(),
          epoch: `${now().toString(36)}${epochs.toString(36)}`,
          version: 0,
          current: null,
          okCheckedAt: null,
          timer: null,
          streak: null,
        }
        rooms.set(key, room)
      }
      room.viewers.add(viewer)
      const { current, okCheckedAt } = room
      if (current && current.id !== lastEventId) viewer({ type: 'state', ...current })
      if (okCheckedAt !== null) viewer({ type: 'checked', at: okCheckedAt })
      if (isNew) void run(key, room)
      const joined = room
      return () => {
        joined.viewers.delete(viewer)
        if (joined.viewers.size === 0) close(key, joined)
      }
    },
    /** Watches running now, for tests and the bench. */
    size: () => rooms.size,
  }
}

// A poll that threw (a bug, not an answer): retried like a server error.
const failedPoll: WatchPoll = {
  answers: [
    {
      path: '',
      status: 502,
      headers: [],
      text: JSON.stringify({ error: 'The server could not read the run.' }),
    },
  ],
  live: null,
}

function sameAnswers(before: WatchAnswer[] | undefined, after: WatchAnswer[]): boolean {
  if (!before || before.length !== after.length) return false
  return before.every((answer, index) => {
    const other = after[index]
    return (
      other?.path === answer.path && other.status === answer.status && other.text === answer.text
    )
  })
}
