import { type LookupAddress, lookup } from 'node:dns'
import type { LookupFunction } from 'node:net'
import { Agent } from 'undici'
import { isPrivateAddress } from '../files/private-address.ts'

/*
 * The file route's fetch for hosts other than Handinger, on Node. A public-looking name can
 * resolve to 127.0.0.1 or 10.x (by mistake or on purpose, also after a first harmless answer),
 * so the check runs where the connection is made: every address the name resolves to must be
 * public, and the socket connects to one of exactly those addresses. Checking the name first
 * and letting fetch resolve it again would leave a gap for a second, different answer.
 */
export const publicLookup: LookupFunction = (hostname, options, callback) => {
  lookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
    if (error) return callback(error, '', 0)
    const first = addresses[0]
    if (!first || addresses.some((entry) => isPrivateAddress(entry.address))) {
      const refused: NodeJS.ErrnoException = new Error(
        `${hostname} resolves to a private or local address; not fetched.`,
      )
      refused.code = 'EPRIVATEADDRESS'
      return callback(refused, '', 0)
    }
    // Node asks for every address when it tries several in turn (autoSelectFamily).
    if (options.all) return callback(null, addresses)
    callback(null, first.address, first.family)
  })
}

/*
 * Node's own fetch, given a connection pool whose sockets resolve names through publicLookup
 * (Node's fetch is undici, which takes the pool as `dispatcher`). IP literals skip the lookup;
 * the file route refuses private ones before fetching (file-target.ts).
 */
export function createPublicFetch(): typeof fetch {
  const dispatcher = new Agent({ connect: { lookup: publicLookup } })
  return (input, init) => {
    const guarded: RequestInit & { dispatcher: Agent } = { ...init, dispatcher }
    return fetch(input, guarded)
  }
}
