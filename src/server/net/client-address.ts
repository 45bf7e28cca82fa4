import type { Context, MiddlewareHandler } from 'hono'
import { canonicalAddress, type RangeList } from './ip-address'

/*
 * Who is asking, as an address: the connection's own peer, unless that peer is one of our
 * proxies (TRUSTED_PROXIES), whose X-Forwarded-For is then read from the right, past every
 * trusted hop, to the first one that is not ours. Hops further left were written by whoever
 * connected to our proxy and prove nothing, so they are never taken; without a trusted peer
 * the header is ignored entirely.
 */
export type PeerAddress = (c: Context) => string | null | undefined

export type ClientAddressVariables = {
  clientAddress: string
  /** The connection itself comes from one of our proxies (its headers may be believed). */
  peerTrusted: boolean
}

export const UNKNOWN_ADDRESS = 'unknown'

export function clientAddressOf(
  peer: string | null | undefined,
  forwardedFor: string | null,
  trusted: RangeList | null,
): string {
  let current = peer ? canonicalAddress(peer) : null
  if (!current) return UNKNOWN_ADDRESS
  if (!trusted?.contains(current)) return current
  const hops = (forwardedFor ?? '').split(',').map((hop) => hop.trim())
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = canonicalAddress(hops[i] ?? '')
    // Not an address: our proxy wrote nothing usable past this point; the last sure one stays.
    if (!hop) return current
    if (!trusted.contains(hop)) return hop
    current = hop
  }
  return current
}

export function clientAddress<E extends { Variables: ClientAddressVariables }>(
  peer: PeerAddress | undefined,
  trusted: RangeList | null,
): MiddlewareHandler<E> {
  return async (c, next) => {
    const peerAddress = peer?.(c)
    const canonicalPeer = peerAddress ? canonicalAddress(peerAddress) : null
    c.set(
      'peerTrusted',
      canonicalPeer !== null && trusted !== null && trusted.contains(canonicalPeer),
    )
    // Several X-Forwarded-For headers read as one list, in order (Headers joins them).
    c.set(
      'clientAddress',
      clientAddressOf(peerAddress, c.req.header('x-forwarded-for') ?? null, trusted),
    )
    await next()
  }
}

/**
 * The part of an address one party controls: an IPv6 host usually has a whole /64 to pick from,
 * so limits count per /64 there, per address for IPv4.
 */
export function limitKey(address: string): string {
  if (!address.includes(':')) return address
  return `${address.split(':').slice(0, 4).join(':')}::/64`
}
