// @vitest-environment node
import fc from 'fast-check'
import { findAll } from './byte-search'
import { keyForms } from './key-forms'
import { redactKey } from './scrub'

const bytes = (text: string) => new TextEncoder().encode(text)
const text = (data: Uint8Array) => new TextDecoder().decode(data)

/** Every start of every needle, the slow and obvious way. */
function naive(haystack: Uint8Array, needles: Uint8Array[]) {
  const found: { start: number; end: number }[] = []
  for (let start = 0; start < haystack.length; start++) {
    for (const needle of needles) {
      if (needle.length < 2 || start + needle.length > haystack.length) continue
      if (needle.every((byte, i) => haystack[start + i] === byte)) {
        found.push({ start, end: start + needle.length })
      }
    }
  }
  return found
}

describe('findAll', () => {
  it('finds each needle wherever it is, at the edges and overlapping', () => {
    const haystack = bytes('abcabcXabcab')
    expect(findAll(haystack, [bytes('abc'), bytes('cab')])).toEqual([
      { start: 0, end: 3 },
      { start: 2, end: 5 },
      { start: 3, end: 6 },
      { start: 7, end: 10 },
      { start: 9, end: 12 },
    ])
    expect(findAll(bytes('short'), [bytes('longer than it')])).toEqual([])
  })

  it('agrees with the obvious search on any bytes', () => {
    const alphabet = fc.integer({ min: 97, max: 100 })
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 0, maxLength: 300, min: 97, max: 100 }),
        fc.array(fc.array(alphabet, { minLength: 2, maxLength: 6 }), {
          minLength: 1,
          maxLength: 4,
        }),
        (haystack, needles) => {
          const patterns = needles.map((needle) => Uint8Array.from(needle))
          const sort = (list: { start: number; end: number }[]) =>
            [...list].sort((a, b) => a.start - b.start || a.end - b.end)
          expect(sort(findAll(haystack, patterns))).toEqual(sort(naive(haystack, patterns)))
        },
      ),
    )
  })
})

describe('redactKey', () => {
  const key = 'hdg_live_Secret+Key/42='

  it('replaces the key as sent, URL-encoded, and in base64 at any alignment, standard or URL-safe', () => {
    const b64 = (raw: string) => btoa(raw)
    const body = JSON.stringify({
      raw: `token ${key} end`,
      query: `https://x.example/?k=${encodeURIComponent(key)}`,
      basic: `Basic ${b64(`user:${key}`)}`,
      shifted: [b64(key), b64(`x${key}`), b64(`xy${key}`)],
      urlSafe: b64(`xy${key}!`).replace(/\+/g, '-').replace(/\//g, '_'),
    })
    const { body: out, hits } = redactKey(bytes(body), key)
    expect(hits).toBe(7)
    const result = text(out)
    for (const form of keyForms(key)) expect(result).not.toContain(text(form))
    expect(result).toContain('"raw":"token [redacted] end"')
    expect(() => JSON.parse(result)).not.toThrow()
  })

  it('leaves a body without the key as it is, the same bytes', () => {
    const body = bytes('{"output_text":"hdg_live_ someone else, aGRnX2xp and more"}')
    const result = redactKey(body, key)
    expect(result).toEqual({ body, hits: 0 })
    expect(result.body).toBe(body)
  })

  it('reads a 16 MB body in one quick pass', () => {
    const chunk = bytes('{"status":"completed","output_text":"Lorem ipsum dolor sit amet, 0123"},')
    const body = new Uint8Array(16 * 1024 * 1024)
    for (let at = 0; at + chunk.length <= body.length; at += chunk.length) body.set(chunk, at)
    body.set(bytes(key), body.length - key.length - 1)
    const started = performance.now()
    const { hits } = redactKey(body, key)
    const ms = performance.now() - started
    expect(hits).toBe(1)
    // A few milliseconds on a laptop; generous for a busy shared machine.
    expect(ms).toBeLessThan(1000)
  })
})
