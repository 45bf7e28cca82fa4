import { act, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { scrollToTarget } from '@/lib/scroll-targets'
import { renderParsed } from '@/test/markdown-parsed'
import { CitationProvider } from './citation-context'
import { Markdown, MarkdownDocument } from './markdown'

describe('Markdown', () => {
  it('renders GFM: headings (shifted under the panel h2), tables, code, task lists', async () => {
    const text = [
      '# Title',
      '## Section',
      '',
      '| a | b |',
      '| - | - |',
      '| 1 | 2 |',
      '',
      '```js',
      'const x = 1',
      '```',
      '',
      '- [x] done',
      '- [ ] todo',
    ].join('\n')
    await renderParsed(<Markdown text={text} />)
    expect(screen.getByRole('heading', { level: 3, name: 'Title' })).toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 4, name: 'Section' })).toBeInTheDocument()
    const table = screen.getByRole('table')
    expect(within(table).getByRole('columnheader', { name: 'a' })).toBeInTheDocument()
    expect(within(table).getByRole('cell', { name: '2' })).toBeInTheDocument()
    expect(screen.getByText('const x = 1')).toBeInTheDocument()
    expect(screen.getByRole('checkbox', { name: 'Done' })).toBeChecked()
    expect(screen.getByRole('checkbox', { name: 'Not done' })).not.toBeChecked()
    const boxes = screen.getAllByRole('checkbox')
    expect(boxes).toHaveLength(2)
    expect(boxes[0]).toBeChecked()
    expect(boxes[1]).not.toBeChecked()
  })

  it('makes wide tables scroll inside a keyboard-focusable wrapper', async () => {
    await renderParsed(<Markdown text={'| a |\n| - |\n| 1 |'} />)
    const wrapper = screen.getByRole('table').parentElement
    expect(wrapper).toHaveClass('overflow-x-auto')
    // The edge shade that says more of the table is out of sight.
    expect(wrapper).toHaveClass('scroll-shade-x')
    expect(wrapper).toHaveAttribute('tabindex', '0')
  })

  it('opens http links in a new tab without opener', async () => {
    await renderParsed(<Markdown text="See [the docs](https://example.com/docs)." />)
    const link = screen.getByRole('link', { name: 'the docs' })
    expect(link).toHaveAttribute('href', 'https://example.com/docs')
    expect(link).toHaveAttribute('target', '_blank')
    expect(link).toHaveAttribute('rel', 'noopener noreferrer')
  })

  it('keeps mailto links', async () => {
    await renderParsed(<Markdown text="[mail me](mailto:a@example.com)" />)
    expect(screen.getByRole('link', { name: 'mail me' })).toHaveAttribute(
      'href',
      'mailto:a@example.com',
    )
  })

  it('shows javascript:, data: and relative links as plain text', async () => {
    const text =
      '[evil](javascript:alert(1)) [data](data:text/html,<b>x</b>) [rel](/admin) <javascript:alert(2)>'
    const { container } = await renderParsed(<Markdown text={text} />)
    expect(screen.queryByRole('link')).not.toBeInTheDocument()
    expect(screen.getByText('evil')).toBeInTheDocument()
    expect(screen.getByText('rel')).toBeInTheDocument()
    expect(container.querySelector('[href]')).toBeNull()
    expect(container).toHaveTextContent('javascript:alert(2)')
  })

  it('never turns raw HTML into elements', async () => {
    const text = [
      '<script>alert(1)</script>',
      '',
      'Hello <img src=x onerror=alert(1)> <a href="https://evil.example">click</a>',
      '',
      '<iframe src="https://evil.example"></iframe>',
    ].join('\n')
    const { container } = await renderParsed(<Markdown text={text} />)
    expect(container.querySelector('script, img, iframe, a')).toBeNull()
    expect(container).toHaveTextContent('<script>alert(1)</script>')
    expect(container).toHaveTextContent('<img src=x onerror=alert(1)>')
  })

  it('shows images as links instead of loading them', async () => {
    const { container } = await renderParsed(
      <Markdown text="![tracking pixel](https://evil.example/p.gif) ![](javascript:alert(1))" />,
    )
    expect(container.querySelector('img')).toBeNull()
    const link = screen.getByRole('link', { name: 'Image: tracking pixel' })
    expect(link).toHaveAttribute('href', 'https://evil.example/p.gif')
    expect(screen.getByText('Image')).not.toHaveAttribute('href')
  })

  it('does not nest links for a linked image', async () => {
    const { container } = await renderParsed(
      <Markdown text="[![badge](https://img.example/b.svg)](https://example.com)" />,
    )
    expect(container.querySelector('img')).toBeNull()
    expect(container.querySelector('a a')).toBeNull()
    expect(screen.getByRole('link', { name: 'Image: badge' })).toHaveAttribute(
      'href',
      'https://example.com/',
    )
  })

  it('is wrapped in prose classes', async () => {
    const { container } = await renderParsed(<Markdown text="hi" />)
    expect(container.firstElementChild).toHaveClass('prose', 'prose-slate', 'max-w-none')
  })
})

describe('Markdown: what untrusted text cannot do', () => {
  it('shows hidden characters as tokens in text, headings and links', async () => {
    await renderParsed(<Markdown text={'# in\u202Evoice\n\n[pay\u200Bpal](https://example.com)'} />)
    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent('in⟨U+202E⟩voice')
    expect(screen.getByRole('link')).toHaveTextContent('pay⟨U+200B⟩pal')
  })

  it('shows the real host beside a link whose text claims another', async () => {
    await renderParsed(<Markdown text="[paypal.com](https://evil.example/login)" />)
    expect(screen.getByRole('link', { name: 'paypal.com' })).toHaveAttribute(
      'href',
      'https://evil.example/login',
    )
    expect(screen.getByText('↗ evil.example')).toBeInTheDocument()
  })

  it('keeps links to this app as text with a note', async () => {
    await renderParsed(<Markdown text={`[run it](${window.location.origin}/api/v1/workers/x)`} />)
    expect(screen.queryByRole('link')).toBeNull()
    expect(screen.getByText('(link to this app, not followed)')).toBeInTheDocument()
  })

  it('shows task-list items with a checkbox and no bullet', async () => {
    await renderParsed(<Markdown text={'- [x] done\n- [ ] todo'} />)
    for (const item of screen.getAllByRole('listitem')) expect(item).toHaveClass('list-none')
  })
})

/* jsdom has no scrollIntoView; a stub records which element was asked to scroll. */
function stubScrollIntoView() {
  const scrolled = vi.fn()
  Element.prototype.scrollIntoView = scrolled
  return scrolled
}

afterEach(() => {
  Reflect.deleteProperty(Element.prototype, 'scrollIntoView')
})

describe('Markdown: code, footnotes and citations', () => {
  it('highlights code once the highlighter has loaded, with a copy button', async () => {
    const user = userEvent.setup()
    const { container } = render(<Markdown text={'```js\nconst answer = 42\n```'} />)
    await waitFor(() => expect(container.querySelector('.hljs-keyword')).toHaveTextContent('const'))
    await user.click(screen.getByRole('button', { name: 'Copy code' }))
    expect((await navigator.clipboard.readText()).trimEnd()).toBe('const answer = 42')
  })

  it('links footnote references and back, with ids unique per document', async () => {
    const scrolled = stubScrollIntoView()
    const text = 'Claim.[^a]\n\n[^a]: The note.'
    const { container } = await renderParsed(
      <>
        <Markdown text={text} />
        <Markdown text={text} />
      </>,
    )
    const ids = [...container.querySelectorAll('[id]')].map((element) => element.id)
    expect(new Set(ids).size).toBe(ids.length)
    const [reference] = screen.getAllByRole('link', { name: '1' })
    await userEvent.click(reference as HTMLElement)
    expect(scrolled).toHaveBeenCalled()
    expect(scrolled.mock.contexts[0]).toHaveTextContent('The note.')
    // And back from the note to where it was cited.
    const [back] = screen.getAllByRole('link', { name: 'Back to reference 1' })
    await userEvent.click(back as HTMLElement)
    expect(scrolled.mock.contexts.at(-1)).toBe(reference)
  })

  it('marks a link to a known source with its number', async () => {
    await renderParsed(
      <CitationProvider
        sources={[
          { url: 'https://a.example', title: 'A' },
          { url: 'https://b.example/x', title: null },
        ]}
      >
        <Markdown text="See [the page](https://www.b.example/x/)." />
      </CitationProvider>,
    )
    const marker = screen.getByRole('link', { name: '[2] Source: b.example' })
    expect(marker).toHaveAttribute('href', '#source-2')
    expect(marker).toHaveTextContent('[2]')
  })
})

describe('MarkdownDocument', () => {
  const long = Array.from({ length: 60 }, (_, i) => `## Part ${i}\n\n${'word '.repeat(30)}`).join(
    '\n\n',
  )

  it('renders a large text in blocks that carry their offsets, and scrolls to an offset', async () => {
    const scrolled = stubScrollIntoView()
    const { container } = render(<MarkdownDocument text={long} scrollTarget="output" />)
    expect(
      await screen.findByRole('heading', { name: 'Part 59' }, { timeout: 15_000 }),
    ).toBeInTheDocument()
    const offset = long.indexOf('## Part 30')
    expect(container.querySelector(`[data-item="output:${offset}"]`)).toHaveTextContent('Part 30')
    act(() => {
      expect(scrollToTarget('output', offset + 5)).toBe(true)
    })
    await waitFor(() => expect(scrolled).toHaveBeenCalled())
    expect(scrolled.mock.contexts.at(-1)).toHaveTextContent('Part 30')
  })

  it('shows the text not parsed yet as plain text, then its rendered blocks', async () => {
    const { container } = render(<MarkdownDocument text={long} scrollTarget="output" />)
    // At once, before any chunk is parsed: the end is there to read, as the source text.
    expect(container.querySelector('[aria-busy="true"]')).toHaveTextContent('## Part 59')
    expect(screen.queryByRole('heading', { name: 'Part 59' })).toBeNull()
    expect(
      await screen.findByRole('heading', { name: 'Part 59' }, { timeout: 15_000 }),
    ).toBeInTheDocument()
    expect(container).not.toHaveTextContent('## Part 59')
  })

  it('does not keep a short text waiting while a long one is parsed', async () => {
    const longer = Array.from({ length: 12 }, () => long).join('\n\n')
    const { container } = render(
      <>
        <MarkdownDocument text={longer} />
        <Markdown text="A **short** message" />
      </>,
    )
    expect(await screen.findByText('short', { selector: 'strong' })).toBeInTheDocument()
    expect(container.querySelector('[aria-busy="true"] [data-page]')).not.toBeNull()
  })

  it('shows the source text itself in plain mode', () => {
    render(<MarkdownDocument text={'# Not a heading\n\n**raw**'} mode="plain" />)
    expect(screen.queryByRole('heading')).toBeNull()
    expect(screen.getByText(/# Not a heading/)).toHaveTextContent('**raw**')
  })
})
