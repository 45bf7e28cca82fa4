import { useSyncExternalStore } from 'react'
import { onPersonalDataChange } from '@/lib/personal-storage'
import { RECENT_KEY, type RecentWorker, readRecent } from './recent-workers'

/*
 * The recent list as it is stored now: re-read when this tab changes it (remember, forget, a
 * new session's claim, sign-out) or another tab does (the storage event).
 */
let cached: { raw: string | null; list: RecentWorker[] } | null = null

function snapshot(): RecentWorker[] {
  let raw: string | null = null
  try {
    raw = globalThis.localStorage?.getItem(RECENT_KEY) ?? null
  } catch {
    raw = null
  }
  if (cached?.raw !== raw) cached = { raw, list: readRecent() }
  return cached.list
}

function subscribe(onChange: () => void): () => void {
  const stop = onPersonalDataChange(onChange)
  window.addEventListener('storage', onChange)
  return () => {
    stop()
    window.removeEventListener('storage', onChange)
  }
}

const NONE: RecentWorker[] = []

export function useRecentWorkers(): RecentWorker[] {
  return useSyncExternalStore(subscribe, snapshot, () => NONE)
}
