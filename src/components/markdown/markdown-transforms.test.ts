import type { Element, Root } from 'hast'
import { toHastTree } from './markdown-parse'

const options = { appOrigin: 'https://inspector.test', idPrefix: 'md1-' }

function elements(tree: Root | Element, tagName: string): Element[] {
  const found: Element[] = []
  for (const child of tree.children) {
    if (child.type !== 'element') continue
    if (child.tagName === tagName) found.push(child)
    found.push(...elements(child, tagName))
  }
  return found
}

describe('markdown hast transforms', () => {
  it('marks hidden characters in text, headings and link text', () => {
    const tree = toHastTree('# in\u202Evoice\n\n[pay\u200Bpal](https://example.com)', options)
    const hidden = elements(tree, 'span').map((span) => span.properties.dataHidden)
    expect(hidden).toEqual(['U+202E', 'U+200B'])
  })

  it('shows the real host when the link text says something else', () => {
    const tree = toHastTree(
      '[paypal.com](https://evil.example/login) [docs](https://www.example.com/d) https://same.example/',
      options,
    )
    const links = elements(tree, 'a').map((a) => [a.properties.href, a.properties.dataHost])
    expect(links).toEqual([
      ['https://evil.example/login', 'evil.example'],
      ['https://www.example.com/d', 'example.com'],
      ['https://same.example/', undefined],
    ])
  })

  it('makes links to this app inert and unsafe links plain text', () => {
    const tree = toHastTree(
      '[app](https://inspector.test/api/v1/workers/x) [js](javascript:alert(1)) [rel](/api/x)',
      options,
    )
    expect(elements(tree, 'a')).toEqual([])
    const spans = elements(tree, 'span')
    expect(spans[0]?.properties.dataInert).toBe('https://inspector.test/api/v1/workers/x')
    expect(spans.slice(1).map((span) => span.properties)).toEqual([{}, {}])
  })

  it('turns images into links that show their host', () => {
    const tree = toHastTree('![pixel](https://tracker.example/p.gif)', options)
    expect(elements(tree, 'img')).toEqual([])
    expect(elements(tree, 'a')[0]?.properties).toEqual({
      href: 'https://tracker.example/p.gif',
      dataHost: 'tracker.example',
    })
  })

  it('follows footnote links inside the document, with prefixed ids', () => {
    const tree = toHastTree('Claim[^1].\n\n[^1]: Note.', options)
    const [reference, back] = elements(tree, 'a')
    expect(reference?.properties.dataAnchor).toBe('md1-fn-1')
    expect(reference?.properties.ariaDescribedBy).toEqual(['md1-footnote-label'])
    expect(back?.properties.dataAnchor).toBe('md1-fnref-1')
  })

  it('gives task-list items no bullet', () => {
    const tree = toHastTree('- [x] done\n- [ ] todo', options)
    for (const item of elements(tree, 'li'))
      expect(item.properties.className).toContain('list-none')
  })
})
