// @vitest-environment node
import { sourceCitations } from './citation-scan'

const sources = [
  { url: 'https://example.org/reports/1' },
  { url: 'https://example.org/reports/10/' },
  { url: 'https://elsewhere.example/x' },
]

describe('sourceCitations', () => {
  it('counts links, bare addresses and markers per source, in the answer and other texts', () => {
    const answer =
      'See [one](https://example.org/reports/1) and https://example.org/reports/10. ' +
      'Again [ten](https://example.org/reports/10 "title") [2].'
    const message = 'As https://example.org/reports/1, noted [^1].'
    expect(sourceCitations(answer, [message], sources).counts).toEqual([3, 3, 0])
  })

  it('does not count the copy of the answer that ends the conversation again', () => {
    const answer = 'Grew [1].\n'
    expect(sourceCitations(answer, [answer.trim(), 'See [1].'], sources).counts).toEqual([2, 0, 0])
  })

  it('lists where the answer cites each source, as the page numbers them', () => {
    const answer = 'x https://example.org/reports/10 y [1](https://example.org/reports/1) z[^2]'
    const { places, answer: all } = sourceCitations(answer, [], sources)
    const at = (needle: string) => answer.indexOf(needle)
    expect(places).toEqual([
      [{ n: 1, offset: at('https://example.org/reports/1)') }],
      [
        { n: 2, offset: 2 },
        { n: 2, offset: at('[^2]') },
      ],
      [],
    ])
    expect(all.map((place) => place.offset)).toEqual([
      2,
      at('https://example.org/reports/1)'),
      at('[^2]'),
    ])
  })

  it('counts a link for every source listed under its address, and a marker for its own', () => {
    const twice = [{ url: 'https://a.example/' }, { url: 'https://a.example' }]
    const { counts, places } = sourceCitations('https://a.example [2]', [], twice)
    expect(counts).toEqual([1, 2])
    // The link shows the first copy's number; the marker its own.
    expect(places[1]?.map((place) => place.n)).toEqual([1, 2])
  })

  it('reads a megabyte of backtick runs that close nothing without slowing down', () => {
    // Every run has a length of its own: searched for one by one, their partners cost n².
    let text = ''
    for (let length = 1; text.length < 1_000_000; length++) text += `${'`'.repeat(length)} [1] x`
    const started = performance.now()
    const { counts } = sourceCitations(text, [], sources)
    expect(performance.now() - started).toBeLessThan(3_000)
    expect(counts[0]).toBeGreaterThan(1000)
  })
})
