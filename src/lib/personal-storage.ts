/*
 * What this browser keeps for the person using the inspector (the recent list, and whatever
 * else is stored under the `inspector.` prefix) belongs to one sign-in. The server names the
 * current session with an opaque scope in /_app/config: stored data of another scope is dropped
 * before anything reads it, signing out drops it, and so does a session that has ended. Without
 * access control (one person on their own machine) it simply stays.
 */
export const PERSONAL_PREFIX = 'inspector.'
const OWNER_KEY = `${PERSONAL_PREFIX}owner`

const listeners = new Set<() => void>()

/** Called after stored personal data changed in this tab, by whoever changed it. */
export function onPersonalDataChange(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export function personalDataChanged(): void {
  for (const listener of listeners) listener()
}

const forgetters = new Set<() => void>()

/** Called when everything kept for the person is dropped: for what is kept in memory too. */
export function onPersonalDataForgotten(forget: () => void): () => void {
  forgetters.add(forget)
  return () => forgetters.delete(forget)
}

/**
 * Removes everything stored for the person in this browser: under the prefix in `storage`, in
 * this tab's sessionStorage (runs opened from files), and what modules keep in memory.
 */
export function forgetPersonalData(storage: Storage | undefined = globalThis.localStorage): void {
  removePrefixed(storage)
  if (storage !== globalThis.sessionStorage) removePrefixed(globalThis.sessionStorage)
  for (const forget of forgetters) forget()
  personalDataChanged()
}

function removePrefixed(storage: Storage | undefined): void {
  try {
    const keys: string[] = []
    for (let i = 0; i < (storage?.length ?? 0); i++) {
      const key = storage?.key(i)
      if (key?.startsWith(PERSONAL_PREFIX)) keys.push(key)
    }
    for (const key of keys) storage?.removeItem(key)
  } catch {
    // Storage disabled: there is nothing kept to forget.
  }
}

/**
 * Makes stored data belong to `scope` (the session the server names), dropping what belonged to
 * another or to nobody. Null: there is no session (access ended), so nothing is kept.
 */
export function claimPersonalData(
  scope: string | null,
  storage: Storage | undefined = globalThis.localStorage,
): void {
  let owner: string | null = null
  try {
    owner = storage?.getItem(OWNER_KEY) ?? null
  } catch {
    return
  }
  if (scope !== null && owner === scope) return
  forgetPersonalData(storage)
  if (scope === null) return
  try {
    storage?.setItem(OWNER_KEY, scope)
  } catch {
    // Full or disabled: the recent list is a convenience, not data.
  }
}
