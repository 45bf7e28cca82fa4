/*
 * The bracket markers models write to cite their sources: `[^2]` (a footnote call) and `[2]`.
 * Marker n cites the n-th source, unless the document defines that label with a URL of its own
 * (`[^2]: https://...`), in which case it cites the source at that URL.
 *
 * One rule for every reader of a text: the markdown transforms apply it to the parsed text (where
 * code and links are already elements of their own) and the citation counts to the source text
 * (see citation-scan.ts, which blanks code and links first).
 */
export type Marker = {
  start: number
  end: number
  /** The label as written, without the brackets and the caret. */
  label: string
  footnote: boolean
  /** The source number a marker without a definition names; null for `[^note]` and `[0]`. */
  n: number | null
}

/*
 * `[2]` not after a letter, digit or underscore: `a[1]` and `rows_[2]` are indexes, not
 * citations. `[^2]` may follow a word ("claim[^2]"), as footnote calls do. Neither before "(":
 * `[1](url)` is link syntax. Footnote labels hold no blank and no bracket.
 */
const MARKER = /\[\^([^\s[\]^]{1,64})\](?!\()|(?<![\p{L}\p{N}_])\[(\d{1,4})\](?!\()/gu

const SOURCE_NUMBER = /^[1-9]\d{0,3}$/

export function* markersIn(text: string): Generator<Marker> {
  for (const match of text.matchAll(MARKER)) {
    const footnote = match[1] !== undefined
    const label = match[1] ?? match[2] ?? ''
    yield {
      start: match.index,
      end: match.index + match[0].length,
      label,
      footnote,
      n: SOURCE_NUMBER.test(label) ? Number(label) : null,
    }
  }
}

/** How Markdown compares labels: case and runs of blanks do not matter. */
export function labelKey(label: string, footnote: boolean): string {
  return `${footnote ? '^' : ''}${label.trim().replace(/\s+/g, ' ').toLowerCase()}`
}
