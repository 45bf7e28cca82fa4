import { type ReactNode, createContext, useCallback, useContext, useMemo, useState } from 'react'
import { useParams } from 'react-router'

/*
 * How the open view is watched: paused (no requests at all) or armed to notify when the run
 * finishes (then it keeps polling in a background tab, slowly; see applyWatch in api/polling).
 * App-wide state, kept per view, so pausing one worker does not silence the next one opened.
 */
type Flags = { paused: ReadonlySet<string>; notify: ReadonlySet<string> }

type Store = { flags: Flags; set: (flag: keyof Flags, key: string, on: boolean) => void }

const WatchContext = createContext<Store | null>(null)

export function WatchProvider({ children }: { children: ReactNode }) {
  const [flags, setFlags] = useState<Flags>({ paused: new Set(), notify: new Set() })
  const set = useCallback((flag: keyof Flags, key: string, on: boolean) => {
    setFlags((current) => {
      if (current[flag].has(key) === on) return current
      const next = new Set(current[flag])
      if (on) next.add(key)
      else next.delete(key)
      return { ...current, [flag]: next }
    })
  }, [])
  const store = useMemo(() => ({ flags, set }), [flags, set])
  return <WatchContext value={store}>{children}</WatchContext>
}

export type WatchControls = {
  paused: boolean
  notifyArmed: boolean
  setPaused: (on: boolean) => void
  setNotify: (on: boolean) => void
}

/** The watch state of the view named by the current route's worker and task IDs. */
export function useWatchControls(): WatchControls {
  const { workerId = '', taskId = '' } = useParams()
  const store = useContext(WatchContext)
  const key = `${workerId}/${taskId}`
  const set = store?.set
  return {
    paused: store?.flags.paused.has(key) ?? false,
    notifyArmed: store?.flags.notify.has(key) ?? false,
    setPaused: useCallback((on: boolean) => set?.('paused', key, on), [set, key]),
    setNotify: useCallback((on: boolean) => set?.('notify', key, on), [set, key]),
  }
}
