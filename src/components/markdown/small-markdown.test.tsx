import { cleanup, render, screen, waitFor } from '@testing-library/react'
import { untilParsed } from '@/test/markdown-parsed'
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

describe('Markdown for short texts', () => {
  it('shows the text first as one paragraph in the prose, then the blocks from the worker', async () => {
    const text = '# Plain first\n\nSome ~~old~~ text at www.example.com'
    const { container } = render(<Markdown text={text} />)
    const prose = container.firstElementChild as Element
    // At once, before the worker has answered: the text as written, with its line breaks.
    expect(prose).toHaveAttribute('aria-busy', 'true')
    expect([...prose.children].map((child) => child.tagName)).toEqual(['P'])
    expect(prose.firstElementChild).toHaveClass('whitespace-pre-wrap')
    expect(prose.firstElementChild?.textContent).toBe(text)
    await untilParsed(container)
    // Then the blocks straight in the prose, with no wrappers of pages or offsets.
    expect(prose.querySelector('[data-block-start], [data-page]')).toBeNull()
    expect([...prose.children].map((child) => child.tagName)).toEqual(['H3', 'P'])
    // GFM reaches the parser: strikethrough and literal autolinks.
    expect(screen.getByText('old').tagName).toBe('DEL')
    expect(screen.getByRole('link', { name: 'www.example.com' })).toHaveAttribute(
      'href',
      'http://www.example.com/',
    )
  })

  it('shows a text parsed before with its blocks at once', async () => {
    const text = '## Seen before\n\n- one\n- two'
    await untilParsed(render(<Markdown text={text} />).container)
    cleanup()
    render(<Markdown text={text} />)
    expect(screen.getByRole('heading', { name: 'Seen before' })).toBeInTheDocument()
    expect(screen.getAllByRole('listitem')).toHaveLength(2)
  })

  it('parses a text with footnotes again for each document, so ids stay its own', async () => {
    const text = 'Claim.[^x]\n\n[^x]: Noted.'
    await untilParsed(render(<Markdown text={text} />).container)
    cleanup()
    const { container } = render(<Markdown text={text} />)
    expect(container.firstElementChild).toHaveAttribute('aria-busy', 'true')
    await untilParsed(container)
    expect(screen.getByRole('link', { name: '1' })).toBeInTheDocument()
  })

  it('looks exactly like the block renderer for the same text', async () => {
    const small = render(<Markdown text={SAMPLE} />).container.firstElementChild as Element
    // The prose wrapper, then the one that holds the pages.
    const blocks = render(<MarkdownDocument text={SAMPLE} scrollTarget="output" />).container
      .firstElementChild?.firstElementChild as Element
    await waitFor(() => {
      expect(small.querySelector('.hljs-keyword')).not.toBeNull()
      expect(blocks.querySelector('.hljs-keyword')).not.toBeNull()
    })
    expect(small.querySelector('[data-block-start]')).toBeNull()
    expect(blocks.querySelector('[data-block-start]')).not.toBeNull()
    expect(markupOf(small)).toBe(markupOf(blocks))
  })
})
