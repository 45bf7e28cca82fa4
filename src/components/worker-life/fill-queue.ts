/*
 * Who may ask for a task's details next. The runs list fills in each task's status and credits
 * only for the rows in view; rows that come into view ask here, at most `limit` are let through
 * at a time, the rest wait in the order they came, and a row that scrolls away before its turn
 * leaves the line. So scrolling past fifty rows never sends fifty requests at once.
 */
export type FillQueue = {
  /** In line for `key` (a row in view without data). Asking twice keeps one place. */
  want(key: string): void
  /** Out of line, if not let through yet (the row left the view first). */
  withdraw(key: string): void
  /** `key`'s request is over: its place goes to the next in line. */
  done(key: string): void
  isGranted(key: string): boolean
  subscribe(listener: () => void): () => void
}

export function createFillQueue(limit: number): FillQueue {
  const waiting: string[] = []
  const granted = new Set<string>()
  const listeners = new Set<() => void>()

  function pump() {
    let changed = false
    while (granted.size < limit && waiting.length > 0) {
      const next = waiting.shift()
      if (next !== undefined) granted.add(next)
      changed = true
    }
    if (changed) for (const listener of [...listeners]) listener()
  }

  return {
    want(key) {
      if (granted.has(key) || waiting.includes(key)) return
      waiting.push(key)
      pump()
    },
    withdraw(key) {
      const index = waiting.indexOf(key)
      if (index >= 0) waiting.splice(index, 1)
    },
    done(key) {
      if (!granted.delete(key)) return
      for (const listener of [...listeners]) listener()
      pump()
    },
    isGranted: (key) => granted.has(key),
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}
