import fc from 'fast-check'
import { nest, objectFrom, rawNumber } from './wire-text'

/*
 * Values someone else wrote: hostile strings, addresses, keys that name prototype machinery,
 * numbers of every awkward kind, and JSON a few levels deep, hundreds deep or thousands wide.
 * Sizes are bounded so a few hundred cases run in seconds.
 */

const HOSTILE_SAMPLES = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<a href="javascript:alert(1)">click</a>',
  '"><svg onload=alert(1)>',
  'javascript:alert(1)',
  ' JaVaScRiPt:alert(document.cookie)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  '\u202Egnp.exe',
  'abc\u2066\u2067\u2068\u2069\u200E\u200F',
  '\u200B\u200C\u200D\u2060\uFEFF',
  '\uD800',
  '\uDFFF',
  'a\uD83Db',
  '\uDC00\uD800',
  '\u0000',
  '\u001B[31mred\u001B[0m',
  '\r\n\t\v\f',
  '\u2028\u2029',
  '{{constructor.constructor("alert(1)")()}}',
  '${alert(1)}',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  '',
  ' ',
  '   \n\t ',
  'NaN',
  'Infinity',
  '-1',
  '1e400',
  'null',
  'undefined',
  'true',
  '[object Object]',
  '👩‍👩‍👧‍👦 𝕳𝖊𝖑𝖑𝖔 e\u0301\u0300\u0300\u0300',
  'ﷺ꧅𒐫',
  '%E0%A4%A',
  '../../etc/passwd',
]

/** A lone surrogate half, a character no well-formed string has. */
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c))
const oddChar = fc.oneof(
  loneSurrogate,
  fc.constantFrom('\u202E', '\u200B', '\u0000', '<', '>', '&', '"', "'", '`', '\\', '[', ']', '*'),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
)

/** Anything a stranger could put in a string, short. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_SAMPLES) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: oddChar, maxLength: 20 }) },
  { weight: 2, arbitrary: fc.string({ maxLength: 30 }) },
  {
    weight: 1,
    arbitrary: fc
      .array(fc.constantFrom(...HOSTILE_SAMPLES), { minLength: 2, maxLength: 5 })
      .map((parts) => parts.join('')),
  },
)

/** A string large enough to leave the fast paths (up to about 30 000 characters). */
export const hugeString: fc.Arbitrary<string> = fc
  .tuple(hostileString, fc.integer({ min: 200, max: 3_000 }))
  .map(([piece, times]) => (piece || 'x').repeat(times).slice(0, 30_000))

export const anyString: fc.Arbitrary<string> = fc.oneof(
  { weight: 40, arbitrary: hostileString },
  { weight: 1, arbitrary: hugeString },
)

/** Addresses: fine, unsafe, relative, malformed, international. Few, so texts cite sources. */
export const urlText: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      'https://example.com/',
      'https://example.com/report.pdf',
      'https://www.example.org/a/b?c=d#e',
      'http://example.net/data.csv',
      'https://cdn.example.com/files/image.png',
      'https://cdn.example.com/files/notes.md',
      'https://cdn.example.com/files/%F0%9F%93%84%20doc.json',
      'mailto:someone@example.com',
      'https://пример.рф/путь',
      'https://xn--e1afmkfd.xn--p1ai/',
      'http://[::1]:8080/x',
      'https://user:pass@example.com/',
      'https://example.com/%E0%A4%A',
      '  https://example.com/padded  ',
    ),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'java\u0000script:alert(1)',
      'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      '//evil.example/x',
      '/relative/path',
      'blob:https://example.com/1234',
      'about:blank',
      'https://',
      'http://exa mple.com/',
      '',
    ),
  },
  { weight: 1, arbitrary: fc.webUrl({ withQueryParameters: true, withFragments: true }) },
  { weight: 1, arbitrary: hostileString },
)

/** The keys of an unknown or extra field: prototype names, empty, hidden characters. */
export const oddKey: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '__proto__',
      'constructor',
      'prototype',
      '',
      ' ',
      'toString',
      'valueOf',
      'hasOwnProperty',
      '__defineGetter__',
      'then',
      'length',
      '0',
      'raw',
      'type',
      '\u202Ekey',
      '\u200B',
    ),
  },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: hostileString },
)

/** Numbers of every awkward kind: NaN, infinities, -0, negative, huge, fractional, raw. */
export const oddNumber: fc.Arbitrary<unknown> = fc.oneof(
  fc.double(),
  fc.constantFrom(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    -0,
    -1,
    1e308,
    -1e308,
    Number.MAX_SAFE_INTEGER + 2,
    Number.MIN_VALUE,
    0.1 + 0.2,
    2 ** 53,
    1e12 + 1,
  ),
  fc.integer({ min: -1_000_000, max: -1 }),
  rawNumber,
)

/** A count as the API should send it, or as it sometimes does. */
export const figure: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: fc.nat({ max: 100_000_000 }) },
  { weight: 3, arbitrary: oddNumber },
  { weight: 1, arbitrary: fc.nat().map(String) },
)

/** null, booleans, numbers and strings of any kind. */
export const scalar: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  oddNumber,
  hostileString,
)

/** JSON of any shape, with odd keys, a few levels deep. */
export const anyJson: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', maxDepth: 4, withCrossShrink: true },
    scalar,
    fc.array(tie('value'), { maxLength: 5 }),
    fc
      .array(fc.tuple(oddKey, tie('value')), { maxLength: 5 })
      .map((entries) => objectFrom(entries)),
  ),
})).value

/** An object (not an array) with odd keys. */
export const anyObject: fc.Arbitrary<Record<string, unknown>> = fc
  .array(fc.tuple(oddKey, anyJson), { maxLength: 6 })
  .map((entries) => objectFrom(entries))

/** Objects and arrays nested hundreds (occasionally a few thousand) levels deep. */
export const deepJson: fc.Arbitrary<unknown> = fc
  .tuple(
    fc.oneof({ weight: 5, arbitrary: fc.integer({ min: 50, max: 500 }) }, fc.constant(3_000)),
    fc.constantFrom('object', 'array', 'mixed'),
    oddKey,
    scalar,
  )
  .map(([depth, kind, key, leaf]) => nest(depth, kind, key, leaf))

/** Arrays and objects thousands wide, of small values (and rows that look like a table). */
export const wideJson: fc.Arbitrary<unknown> = fc
  .tuple(fc.integer({ min: 100, max: 3_000 }), fc.constantFrom('array', 'object', 'rows'), scalar)
  .map(([width, kind, leaf]) => {
    const indices = Array.from({ length: width }, (_, i) => i)
    if (kind === 'array') return indices.map((i) => (i % 7 === 0 ? leaf : i))
    if (kind === 'object') return objectFrom(indices.map((i) => [`k${i}`, i % 5 === 0 ? leaf : i]))
    return indices.map((i) => ({ id: i, name: `row ${i}`, value: i % 3 === 0 ? leaf : i * 1.5 }))
  })

/** Any JSON, now and then deep or wide. */
export const bigJson: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 8, arbitrary: anyJson },
  { weight: 1, arbitrary: deepJson },
  { weight: 1, arbitrary: wideJson },
)
