import { render, screen, waitFor } from '@testing-library/react'
import { renderMarkdown } from '@/test/markdown'
import { Markdown, MarkdownDocument } from './markdown'
import { markdownClient } from './markdown-client'
import { keptParse, requestParse } from './small-parses'

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
  it('renders its elements straight in the document, no blocks', async () => {
    const { container } = await renderMarkdown(
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

  it('shows the text as wrapped text, hidden characters marked, until its parse arrives', async () => {
    const text = '# Waiting \u202Efor [it](https://example.com) 1'
    const { container } = render(<Markdown text={text} />)
    const prose = container.firstElementChild as Element
    expect(prose).toHaveAttribute('aria-busy', 'true')
    expect(prose).toHaveTextContent('# Waiting ⟨U+202E⟩for [it](https://example.com) 1')
    expect(prose.querySelector('p')).toHaveClass('whitespace-pre-wrap')
    expect(screen.queryByRole('link')).toBeNull()
    expect(await screen.findByRole('heading', { level: 3 })).toHaveTextContent(
      'Waiting ⟨U+202E⟩for it',
    )
    expect(prose).toHaveAttribute('aria-busy', 'false')
  })

  it('shows a text parsed before at once when mounted again, without asking again', async () => {
    const text = '## Seen before 2\n\n[link](https://example.com/seen)'
    const first = await renderMarkdown(<Markdown text={text} />)
    first.unmount()
    const asked = vi.spyOn(markdownClient, 'parseSmall')
    render(<Markdown text={text} />)
    // No waiting: the kept parse renders in the same pass as the mount.
    expect(screen.getByRole('heading', { level: 4, name: 'Seen before 2' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'link' })).toHaveAttribute(
      'href',
      'https://example.com/seen',
    )
    expect(asked).not.toHaveBeenCalled()
    asked.mockRestore()
  })

  it('parses a text once for every view of it', async () => {
    const text = 'Shared *text* 3'
    const view = () => new Promise<unknown>((resolve) => requestParse(text, resolve))
    const answers = [view(), view()]
    // Both views wait for the one parse.
    expect(keptParse(text)).toBeUndefined()
    const [first, second] = await Promise.all(answers)
    expect(first).toBe(second)
    expect(keptParse(text)).toBe(first)
  })

  it('keeps showing the rendered text while a changed text is parsed', async () => {
    const view = await renderMarkdown(<Markdown text={'**Old** 4'} />)
    view.rerender(<Markdown text={'**New** 4'} />)
    const prose = view.container.firstElementChild as Element
    expect(prose).toHaveAttribute('aria-busy', 'true')
    expect(screen.getByText('Old').tagName).toBe('STRONG')
    expect((await screen.findByText('New')).tagName).toBe('STRONG')
    expect(prose).toHaveAttribute('aria-busy', 'false')
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
