import type { Element, Root } from 'hast'
import { sourceCitations } from '@/api/worker/citation-scan'
import { normalizeUrl, sourceNumbers } from '@/api/worker/citations'
import { toHastTree } from './markdown-parse'

const sources = [
  { url: 'https://a.example/' },
  { url: 'https://b.example/report' },
  { url: 'https://c.example/page' },
]
const numbers = sourceNumbers(sources)

/*
 * The citations the page shows, in reading order: bracket markers within the run's sources,
 * footnote calls whose note names a source, and links to a source (outside the notes, which
 * list the addresses rather than cite them).
 */
function shown(node: Root | Element): number[] {
  const found: number[] = []
  for (const child of node.children) {
    if (child.type !== 'element' || child.properties.dataFootnotes !== undefined) continue
    const { dataCite, dataCiteUrl, href } = child.properties
    if (typeof dataCite === 'string' && Number(dataCite) <= sources.length) {
      found.push(Number(dataCite))
    }
    const url = typeof dataCiteUrl === 'string' ? dataCiteUrl : null
    const link = child.tagName === 'a' && typeof href === 'string' ? href : null
    const n = numbers.get(normalizeUrl(url ?? link ?? '') ?? '')
    if (n !== undefined) found.push(n)
    found.push(...shown(child))
  }
  return found
}

const options = { appOrigin: 'https://inspector.test', idPrefix: 'md1-' }

/** The citations the counts find in the source text, in reading order. */
function scanned(text: string): number[] {
  return sourceCitations(text, [], sources).answer.map((citation) => citation.n)
}

describe('citation markers', () => {
  it.each<[string, string, number[]]>([
    ['a bracket marker', 'As reported [2].', [2]],
    ['footnote markers without definitions', 'Footnote[^1] and x [^3].', [1, 3]],
    ['markers side by side', 'Adjacent [1][3].', [1, 3]],
    ['markers after punctuation', 'It grew.[2] (see [1]) and "[3]"', [2, 1, 3]],
    ['numbers beyond the sources', 'Beyond [4], [0] and [^9].', []],
    ['array-like text', 'Index a[1], rows_[2], 9[1] and файл[3].', []],
    ['a code span', 'Code `[1]` and ``x [2] ` y``.', []],
    ['a fenced code block', 'Before.\n\n```\nitems[1] [2]\n```\n\n~~~\n[3]\n~~~', []],
    ['an indented code block', 'Text.\n\n    items [1] [2]\n\nAfter [3].', [3]],
    ['indented text in a list', '- item\n\n    more [2]', [2]],
    ['a marker and a colon opening a line', '[1]: as the report says', [1]],
    ['link text', 'Link [1](https://z.example) and [see [2]](https://z.example).', []],
    ['an image', 'Image ![chart [1]](https://z.example/c.png).', []],
    ['a link to a source, then a marker', 'Read <https://a.example/>[2].', [1, 2]],
    ['a marker inside link text', 'Text [2] and [a [3] b](https://a.example).', [2, 1]],
    ['a heading and a table cell', '# Title [1]\n\n| a | b |\n| - | - |\n| x [2] | y |', [1, 2]],
    ['raw HTML shown as text', 'Bold <b>[1]</b>.', [1]],
    ['escaped brackets', 'Escaped \\[2\\] here.', [2]],
    ['a footnote whose note names a source', 'Claim[^a].\n\n[^a]: https://c.example/page', [3]],
    ['a footnote naming another page', 'Claim[^1].\n\n[^1]: See https://other.example/', []],
    ['a footnote that is only a note', 'Claim[^1].\n\n[^1]: Just a note.', []],
    ['a footnote label with no definition', 'Label [^note] here.', []],
    ['a defined reference label', '[1] and [2].\n\n[1]: https://c.example/page', [3, 2]],
  ])('%s', (_name, text, expected) => {
    expect(shown(toHastTree(text, options))).toEqual(expected)
    expect(scanned(text)).toEqual(expected)
  })
})
