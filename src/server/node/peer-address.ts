import { getConnInfo } from '@hono/node-server/conninfo'
import type { PeerAddress } from '../net/client-address'

/** The socket's remote address on Node; null where there is no socket (in-process requests). */
export const nodePeerAddress: PeerAddress = (c) => {
  try {
    return getConnInfo(c).remote.address ?? null
  } catch {
    return null
  }
}
