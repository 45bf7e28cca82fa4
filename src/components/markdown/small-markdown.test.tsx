import { render, screen, waitFor } from '@testing-library/react'
import { Markdown, MarkdownDocument } from './markdown'

const SAMPLE = [
  '# Report\u202E',
  '',
  'See [paypal.com](https://evil.example/login), ~~old~~ www.example.com and',
  `[home](${window.location.origin}/x). Claim.[^n] ![pixel](https://img.example/p.gif)`,
  '',
  '| a | b |',
  '| - | - |',
  '| 1 | 2 |',
  '',
  '- [x] done',
  '- [ ] todo',
  '',
  '<b>raw</b>',
  '',
  '```js',
  'const answer = 42',
  '```',
  '',
  '[^n]: The note.',
].join('\n')

/* The markup of a rendered document, without block wrappers and with ids made comparable. */
function markupOf(root: Element): string {
  const copy = root.cloneNode(true) as Element
  for (const wrapper of copy.querySelectorAll('[data-page], [data-block-start]'))
    wrapper.replaceWith(...wrapper.childNodes)
  for (const node of [...copy.childNodes])
    if (node.nodeType === Node.TEXT_NODE && node.textContent?.trim() === '') node.remove()
  return copy.innerHTML.replace(/md[a-zA-Z0-9]+-/g, 'md-')
}

describe('Markdown for small texts', () => {
  it('renders through react-markdown: elements straight in the document, no blocks', () => {
    const { container } = render(
      <Markdown text={'# Title\n\nSome ~~old~~ text at www.example.com'} />,
    )
    const prose = container.firstElementChild as Element
    expect(prose.querySelector('[data-block-start], [data-page]')).toBeNull()
    expect([...prose.children].map((child) => child.tagName)).toEqual(['H3', 'P'])
    // GFM reaches the parser: strikethrough and literal autolinks.
    expect(screen.getByText('old').tagName).toBe('DEL')
    expect(screen.getByRole('link', { name: 'www.example.com' })).toHaveAttribute(
      'href',
      'http://www.example.com/',
    )
  })

  it('looks exactly like the block renderer for the same text', async () => {
    const small = render(<Markdown text={SAMPLE} />).container.firstElementChild as Element
    // The prose wrapper, then the one that holds the pages.
    const blocks = render(<MarkdownDocument text={SAMPLE} scrollTarget="output" />).container
      .firstElementChild?.firstElementChild as Element
    expect(small.querySelector('[data-block-start]')).toBeNull()
    expect(blocks.querySelector('[data-block-start]')).not.toBeNull()
    await waitFor(() => {
      expect(small.querySelector('.hljs-keyword')).not.toBeNull()
      expect(blocks.querySelector('.hljs-keyword')).not.toBeNull()
    })
    expect(markupOf(small)).toBe(markupOf(blocks))
  })
})
