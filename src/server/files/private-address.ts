import { parseV4, parseV6, v4 } from '../net/ip-address.ts'

/*
 * Addresses a file URL must not lead the server to: its own machine, the networks around it and
 * cloud metadata services. A worker's file list is written by whatever the agent read, so a URL
 * such as https://169.254.169.254/ or https://10.0.0.5/admin is an attack on the server's
 * network, not a file. Host names are checked here when they are IP literals or reserved names;
 * names that resolve to such addresses are refused where the runtime lets us see the resolved
 * address (see node/guarded-fetch.ts).
 */

// [first address as a number, prefix length]
const PRIVATE_V4: ReadonlyArray<readonly [number, number]> = [
  [v4('0.0.0.0'), 8], // "this network"
  [v4('10.0.0.0'), 8],
  [v4('100.64.0.0'), 10], // carrier-grade NAT
  [v4('127.0.0.0'), 8],
  [v4('169.254.0.0'), 16], // link-local, cloud metadata
  [v4('172.16.0.0'), 12],
  [v4('192.0.0.0'), 24],
  [v4('192.0.2.0'), 24],
  [v4('192.168.0.0'), 16],
  [v4('198.18.0.0'), 15],
  [v4('198.51.100.0'), 24],
  [v4('203.0.113.0'), 24],
  [v4('224.0.0.0'), 4], // multicast
  [v4('240.0.0.0'), 4], // reserved, broadcast
]

function isPrivateV4(value: number): boolean {
  return PRIVATE_V4.some(
    ([base, bits]) => Math.floor(value / 2 ** (32 - bits)) === base / 2 ** (32 - bits),
  )
}

function isPrivateV6(groups: number[]): boolean {
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0, g = 0, h = 0] = groups
  const embeddedV4 = g * 65536 + h
  if (a === 0 && b === 0 && c === 0 && d === 0 && e === 0) {
    if (f === 0 && g === 0 && h <= 1) return true // :: and ::1
    if (f === 0xffff || f === 0) return isPrivateV4(embeddedV4) // IPv4-mapped or -compatible
  }
  if (a === 0x64 && b === 0xff9b) return isPrivateV4(embeddedV4) // NAT64
  if ((a & 0xfe00) === 0xfc00) return true // unique local
  if ((a & 0xffc0) === 0xfe80) return true // link-local
  if ((a & 0xff00) === 0xff00) return true // multicast
  if (a === 0x2001 && b === 0x0db8) return true // documentation
  return false
}

/** True for an IP address (v4 or v6, without brackets) that is not on the public internet. */
export function isPrivateAddress(address: string): boolean {
  const value4 = parseV4(address)
  if (value4 !== null) return isPrivateV4(value4)
  const groups = parseV6(address)
  // Not an address we can read: treat it as private rather than guess.
  return groups === null ? true : isPrivateV6(groups)
}

// Names that never mean a public host: this machine, the local network, a cluster's inside.
const PRIVATE_SUFFIXES = ['.localhost', '.local', '.internal', '.home.arpa', '.lan', '.intranet']

/**
 * A URL's hostname (as URL parses it: lower case, IPv4 in dotted form, IPv6 in brackets) that
 * names a private place by itself. A single-label name counts: resolvers complete it with the
 * local search domain.
 */
export function isPrivateHostname(hostname: string): boolean {
  const name = hostname.replace(/\.$/, '')
  if (name.startsWith('[')) return isPrivateAddress(name.slice(1, -1))
  if (parseV4(name) !== null) return isPrivateAddress(name)
  if (name === 'localhost' || !name.includes('.')) return true
  return PRIVATE_SUFFIXES.some((suffix) => name.endsWith(suffix))
}
