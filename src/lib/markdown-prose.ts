import { labelKey } from './citation-markers'

/*
 * What of a Markdown source text is prose, found without parsing it: the citation counts scan
 * whole answers of a megabyte on the main thread, where the parser would take seconds. Parts that
 * are not prose are blanked (same length, line breaks kept), so offsets still point into the
 * original text. It follows what the parser does closely enough for citations: code blocks and
 * spans, definition lines, and (for bracket markers) links and URLs. Rare shapes (code indented
 * inside a list item, an address run into a marker) may be read otherwise than the parser does.
 */
export type ProseView = {
  /** The text without code and definition lines: where cited URLs are looked for. */
  prose: string
  /** `prose` without link syntax and URLs either: where bracket markers are looked for. */
  markerText: string
  /** Each defined label (see labelKey) and the first web address of its definition, if any. */
  definitions: Map<string, string | null>
}

/** A web address in running text; ")" ends a markdown link, quotes and brackets end it too. */
export const URL_IN_TEXT = /https?:\/\/[^\s<>()[\]"'`]+/g

const FENCE = /^[ \t]*(`{3,}|~{3,})/
const DEFINITION = /^ {0,3}\[(\^?)([^\]\n]+)\]:(.*)$/
// `[text](destination "title")` and images, one level of brackets inside the text.
const LINK =
  /!?\[(?:[^[\]\n]|\[[^[\]\n]*\])*\]\((?:<[^<>\n]*>|[^()\s]*(?:\([^()\s]*\)[^()\s]*)*)(?:\s+"[^"\n]*")?\s*\)/g
const AUTOLINK = /<[a-z][a-z0-9+.-]{1,31}:[^\s<>]*>/gi
const BARE_URL = /(?:https?:\/\/|www\.)[^\s<]*/gi

const blank = (text: string) => text.replace(/[^\n]/g, ' ')

// `\[1\]`: the parser drops the backslashes, so the page shows a marker; so does the scan.
const ESCAPED_MARKER = /\\\[([^\s\\[\]]{1,65})\\?\]|\[([^\s\\[\]]{1,65})\\\]/g
const unescapeMarker = (token: string, a?: string, b?: string) => `[${a ?? b}]`.padEnd(token.length)
const AN_ESCAPED_MARKER = new RegExp(ESCAPED_MARKER.source)

export function hasEscapedMarker(text: string): boolean {
  return AN_ESCAPED_MARKER.test(text)
}

const INDENTED = /^(?: {4}|\t)/
const LIST_ITEM = /^ {0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/
// What may follow `[label]:` in a link reference definition: an address, then at most a title.
const DESTINATION = /^\s*(?:<[^<>\n]*>|\S+)(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*$/

/** Code lines: fenced blocks, and indented blocks outside lists (after a blank line). */
function codeLines(lines: readonly string[]): boolean[] {
  let fence: string | null = null
  let blankBefore = true
  let indentedCode = false
  let inList = false
  return lines.map((line) => {
    const marker = FENCE.exec(line)?.[1]
    if (fence !== null || marker) {
      if (fence === null) fence = marker ?? null
      else if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = null
      blankBefore = false
      return true
    }
    if (line.trim() === '') {
      blankBefore = true
      return false
    }
    const indented = INDENTED.test(line)
    indentedCode = indented && !inList && (blankBefore || indentedCode)
    if (!indented) inList = LIST_ITEM.test(line)
    blankBefore = false
    return indentedCode
  })
}

/** Blanks code blocks and definition lines, and collects the definitions. */
function blankLines(text: string, definitions: Map<string, string | null>): string {
  const lines = text.split('\n')
  const code = codeLines(lines)
  for (const [index, line] of lines.entries()) {
    const definition = code[index] ? null : DEFINITION.exec(line)
    const [, caret = '', label = '', rest = ''] = definition ?? []
    // `[1]: some words` is no definition: a paragraph, where [1] is a marker.
    if (!code[index] && (!definition || (caret === '' && !DESTINATION.test(rest)))) continue
    const key = labelKey(label, caret === '^')
    if (definition && !definitions.has(key)) {
      definitions.set(key, rest.match(URL_IN_TEXT)?.[0] ?? null)
    }
    lines[index] = blank(line)
  }
  return lines.join('\n')
}

/*
 * Blanks code spans: a run of backticks opens one that the next run of the same length closes,
 * within a paragraph. Each run's partner is found by a table, not a search, so hostile texts of
 * many unmatched runs stay linear.
 */
function blankCodeSpans(text: string): string {
  const runs = [...text.matchAll(/`+/g)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }))
  if (runs.length < 2) return text
  const nextSame = new Array<number>(runs.length).fill(-1)
  const lastOfLength = new Map<number, number>()
  for (let i = runs.length - 1; i >= 0; i--) {
    const run = runs[i]
    if (!run) continue
    nextSame[i] = lastOfLength.get(run.end - run.start) ?? -1
    lastOfLength.set(run.end - run.start, i)
  }
  const breaks = [...text.matchAll(/\n[ \t]*\n/g)].map((m) => m.index)
  let nextBreak = 0
  const pieces: string[] = []
  let done = 0
  for (let i = 0; i < runs.length; ) {
    const open = runs[i]
    const close = runs[nextSame[i] ?? -1]
    if (!open) break
    while ((breaks[nextBreak] ?? Number.POSITIVE_INFINITY) < open.end) nextBreak++
    if (!close || (breaks[nextBreak] ?? Number.POSITIVE_INFINITY) < close.start) {
      i++
      continue
    }
    pieces.push(text.slice(done, open.start), blank(text.slice(open.start, close.end)))
    done = close.end
    i = (nextSame[i] ?? i) + 1
  }
  pieces.push(text.slice(done))
  return pieces.join('')
}

export function proseView(text: string): ProseView {
  const definitions = new Map<string, string | null>()
  const prose = blankCodeSpans(blankLines(text, definitions))
  const markerText = prose
    .replace(LINK, blank)
    .replace(AUTOLINK, blank)
    .replace(BARE_URL, blank)
    .replace(ESCAPED_MARKER, unescapeMarker)
  return { prose, markerText, definitions }
}
