/*
 * Paths into a JSON value, three ways: a JSON pointer (RFC 6901, "/records/12/id") names rows
 * and scroll targets; JS ("data.records[12].id") and jq (".records[12].id") are for copying.
 * Keys are untrusted strings, so anything that is not a plain identifier is quoted.
 */
export type PathSegment = string | number

function escapeSegment(segment: PathSegment): string {
  return String(segment).replaceAll('~', '~0').replaceAll('/', '~1')
}

export function toPointer(segments: readonly PathSegment[]): string {
  return segments.map((segment) => `/${escapeSegment(segment)}`).join('')
}

export function childPointer(parent: string, key: PathSegment): string {
  return `${parent}/${escapeSegment(key)}`
}

/** The segments of a pointer (all strings: a pointer does not say which are array indexes). */
export function parsePointer(pointer: string): string[] | null {
  if (pointer === '') return []
  if (!pointer.startsWith('/')) return null
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))
}

/** Every pointer above this one, root first ("" then "/a" for "/a/b"). */
export function ancestorPointers(pointer: string): string[] {
  const segments = parsePointer(pointer) ?? []
  return segments.map((_, i) => toPointer(segments.slice(0, i)))
}

const JS_IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/
const JQ_IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/

export function jsPath(segments: readonly PathSegment[], root = 'data'): string {
  let path = root
  for (const segment of segments) {
    if (typeof segment === 'number') path += `[${segment}]`
    else if (JS_IDENTIFIER.test(segment)) path += `.${segment}`
    else path += `[${JSON.stringify(segment)}]`
  }
  return path
}

export function jqPath(segments: readonly PathSegment[]): string {
  if (segments.length === 0) return '.'
  let path = ''
  for (const segment of segments) {
    if (typeof segment === 'number') path += `[${segment}]`
    else if (JQ_IDENTIFIER.test(segment)) path += `.${segment}`
    else path += `.${JSON.stringify(segment)}`
  }
  return path
}
