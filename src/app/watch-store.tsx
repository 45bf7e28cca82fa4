import type { QueryKey, UseQueryOptions } from '@tanstack/react-query'
import { type ReactNode, createContext, useCallback, useContext, useMemo, useState } from 'react'
import { useParams } from 'react-router'

/*
 * How the open view is watched: paused (no requests at all) or armed to notify when the run
 * finishes (then it keeps polling in a background tab, slowly). Kept per view, so pausing one
 * worker does not silence the next one opened.
 */
export const BACKGROUND_POLL_MS = 10_000

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

type Watch = Pick<WatchControls, 'paused' | 'notifyArmed'>

/**
 * Applies the watch state to a query's polling options. Paused: the query neither polls nor
 * refetches by itself (Refresh still can). Armed: polling continues in a background tab, at
 * most every BACKGROUND_POLL_MS.
 */
export function applyWatch<TFnData, TError, TData, TKey extends QueryKey>(
  options: UseQueryOptions<TFnData, TError, TData, TKey>,
  watch: Watch,
): UseQueryOptions<TFnData, TError, TData, TKey> {
  if (watch.paused) return { ...options, enabled: false, refetchInterval: false }
  if (!watch.notifyArmed) return options
  const base = options.refetchInterval
  return {
    ...options,
    refetchIntervalInBackground: true,
    refetchInterval: (query) => {
      const ms = typeof base === 'function' ? base(query) : base
      if (ms === false || ms === undefined || ms === 0) return false
      return document.hidden ? Math.max(ms, BACKGROUND_POLL_MS) : ms
    },
  }
}
