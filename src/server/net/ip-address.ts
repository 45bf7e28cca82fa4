/*
 * IP addresses as text, read without the network: IPv4 dotted quads and IPv6 in any of its
 * spellings (zone, embedded IPv4 tail), for the file route's private-address check and the
 * trusted-proxy ranges (TRUSTED_PROXIES).
 */

/** A dotted quad as one number; no check. */
export function v4(address: string): number {
  return address.split('.').reduce((sum, part) => sum * 256 + Number(part), 0)
}

export function parseV4(address: string): number | null {
  const parts = address.split('.')
  if (parts.length !== 4 || !parts.every((part) => /^\d{1,3}$/.test(part) && Number(part) < 256)) {
    return null
  }
  return v4(address)
}

/** The 8 groups of an IPv6 address (an embedded IPv4 tail becomes the last two), or null. */
export function parseV6(address: string): number[] | null {
  let text = address.toLowerCase().split('%')[0] ?? ''
  const tail = /(\d+\.\d+\.\d+\.\d+)$/.exec(text)
  if (tail?.[1]) {
    const value = parseV4(tail[1])
    if (value === null) return null
    const high = Math.floor(value / 65536).toString(16)
    const low = (value % 65536).toString(16)
    text = `${text.slice(0, -tail[1].length)}${high}:${low}`
  }
  const halves = text.split('::')
  if (halves.length > 2) return null
  const groups = (part: string | undefined) => (part ? part.split(':') : [])
  const head = groups(halves[0])
  const rest = groups(halves[1])
  const missing = 8 - head.length - rest.length
  if (halves.length === 1 ? missing !== 0 : missing < 1) return null
  const all = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...rest]
  if (!all.every((group) => /^[0-9a-f]{1,4}$/.test(group))) return null
  return all.map((group) => Number.parseInt(group, 16))
}

/**
 * Any address as 16 bytes, IPv4 as its IPv4-mapped IPv6 form (::ffff:a.b.c.d), so a socket
 * that reports "::ffff:10.0.0.1" and a range "10.0.0.0/8" compare alike. Brackets allowed.
 */
export function addressBytes(address: string): Uint8Array | null {
  const text = address.trim().replace(/^\[(.*)\]$/, '$1')
  const value4 = parseV4(text)
  const groups =
    value4 !== null ? [0, 0, 0, 0, 0, 0xffff, value4 >>> 16, value4 & 0xffff] : parseV6(text)
  if (!groups) return null
  const bytes = new Uint8Array(16)
  groups.forEach((group, i) => {
    bytes[i * 2] = group >> 8
    bytes[i * 2 + 1] = group & 0xff
  })
  return bytes
}

/** The address in one canonical spelling: IPv4 dotted (also when IPv4-mapped), IPv6 full hex. */
export function canonicalAddress(address: string): string | null {
  const bytes = addressBytes(address)
  if (!bytes) return null
  if (isMappedV4(bytes)) return Array.from(bytes.subarray(12)).join('.')
  const groups: string[] = []
  for (let i = 0; i < 16; i += 2)
    groups.push(((bytes[i] ?? 0) * 256 + (bytes[i + 1] ?? 0)).toString(16))
  return groups.join(':')
}

function isMappedV4(bytes: Uint8Array): boolean {
  return (
    bytes.subarray(0, 10).every((byte) => byte === 0) && bytes[10] === 0xff && bytes[11] === 0xff
  )
}

type Range = { base: Uint8Array; bits: number }

/** A list of address ranges, asked whether it holds an address. */
export type RangeList = { contains: (address: string) => boolean; size: number }

/**
 * "10.0.0.0/8, 192.168.1.7, 2001:db8::/32": addresses and CIDR ranges, IPv4 and IPv6. Throws a
 * RangeError naming the first entry it cannot read.
 */
export function parseRangeList(text: string): RangeList {
  const ranges: Range[] = []
  for (const entry of text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)) {
    const [address = '', prefix, extra] = entry.split('/')
    const base = addressBytes(address)
    const isV4 = parseV4(address.trim()) !== null
    const max = isV4 ? 32 : 128
    const bits = prefix === undefined ? max : /^\d{1,3}$/.test(prefix) ? Number(prefix) : Number.NaN
    if (!base || extra !== undefined || !(bits >= 0 && bits <= max)) {
      throw new RangeError(entry.slice(0, 60))
    }
    ranges.push({ base, bits: isV4 ? bits + 96 : bits })
  }
  return {
    size: ranges.length,
    contains: (address) => {
      const bytes = addressBytes(address)
      return bytes !== null && ranges.some((range) => inRange(bytes, range))
    },
  }
}

function inRange(bytes: Uint8Array, { base, bits }: Range): boolean {
  for (let i = 0; i < 16 && bits > i * 8; i++) {
    const take = Math.min(8, bits - i * 8)
    const mask = (0xff << (8 - take)) & 0xff
    if (((bytes[i] ?? 0) & mask) !== ((base[i] ?? 0) & mask)) return false
  }
  return true
}
