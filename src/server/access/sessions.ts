import type { Store } from '../storage/store'

/*
 * Every sign-in is a session with an ID of its own and the time it began. A session ends before
 * its cookie expires in two ways, neither of which touches a secret:
 * - sign-out puts its ID on a revocation list in the store, kept until the cookie would have
 *   expired anyway (then the entry goes by itself);
 * - SESSIONS_NOT_BEFORE: sessions that began earlier are refused, so an administrator can sign
 *   everyone out at once (a lost laptop, a leaked cookie, someone who left the team).
 * A cookie is checked against the list on each request; an ID found not revoked is believed for
 * a few seconds, so polling tabs do not read the store every two seconds. That delay, and KV's
 * own (up to a minute between Cloudflare locations), is how late another instance may learn of
 * a sign-out; the instance that signed out knows at once.
 */
export type SessionOptions = {
  store: Store
  /** Epoch seconds; sessions that began before it are over. */
  notBefore?: number | null
  now?: () => number
  /** How long an ID found not revoked is believed without asking the store again. */
  trustMs?: number
}

export type Sessions = ReturnType<typeof createSessions>

const PREFIX = 'revoked:'

export function createSessions({
  store,
  notBefore = null,
  now = Date.now,
  trustMs = 5000,
}: SessionOptions) {
  const checked = new Map<string, number>()
  const revokedHere = new Set<string>()

  return {
    /** A fresh session: an unguessable ID, and when it began (epoch seconds). */
    begin(): { id: string; issuedAt: number } {
      const bytes = crypto.getRandomValues(new Uint8Array(16))
      let id = ''
      for (const byte of bytes) id += byte.toString(16).padStart(2, '0')
      return { id, issuedAt: Math.floor(now() / 1000) }
    },
    async isCurrent(id: string, issuedAt: number): Promise<boolean> {
      if (notBefore !== null && issuedAt < notBefore) return false
      if (revokedHere.has(id)) return false
      const time = now()
      const until = checked.get(id)
      if (until !== undefined && until > time) return true
      const revoked = (await store.get(`${PREFIX}${id}`)) !== null
      if (revoked) return false
      checked.delete(id)
      checked.set(id, time + trustMs)
      // Bounded: the oldest beliefs go first (they only cost one more read).
      for (const oldest of checked.keys()) {
        if (checked.size <= 10_000) break
        checked.delete(oldest)
      }
      return true
    },
    /** Ends the session for good; `expiresAt` (epoch seconds) is when its cookie would have. */
    async revoke(id: string, expiresAt: number): Promise<void> {
      checked.delete(id)
      revokedHere.add(id)
      if (revokedHere.size > 10_000) revokedHere.delete(revokedHere.values().next().value ?? '')
      await store.set(`${PREFIX}${id}`, true, { expiresAt: expiresAt * 1000 })
    },
  }
}
