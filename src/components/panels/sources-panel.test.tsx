import userEvent from '@testing-library/user-event'
import { act, render, screen, within } from '@testing-library/react'
import type { Source } from '@/api/worker/schema'
import { scrollToTarget } from '@/lib/scroll-targets'
import { setupFakeLayout } from '@/test/fake-layout'
import { SourcesPanel } from './sources-panel'

describe('SourcesPanel', () => {
  it('links each title to its URL with the domain beside it', () => {
    const sources: Source[] = [
      { id: '1', title: 'Annual report', url: 'https://www.example.com/report' },
    ]
    render(<SourcesPanel sources={sources} />)
    const panel = screen.getByRole('region', { name: 'Sources' })
    const link = within(panel).getByRole('link', { name: 'Annual report' })
    expect(link).toHaveAttribute('href', 'https://www.example.com/report')
    expect(link).toHaveAttribute('target', '_blank')
    expect(link).toHaveAttribute('rel', 'noopener noreferrer')
    expect(within(panel).getByText('example.com')).toBeVisible()
    expect(within(panel).getByText('1')).toBeInTheDocument()
  })

  it('falls back to the domain when the title is null or blank', () => {
    const sources: Source[] = [
      { id: 'a', title: null, url: 'https://news.example.org/a' },
      { id: 'a', title: '   ', url: 'https://blog.example.net/b' },
    ]
    render(<SourcesPanel sources={sources} />)
    expect(screen.getByRole('link', { name: 'news.example.org' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'blog.example.net' })).toBeInTheDocument()
  })

  it('never turns unsafe URLs into links', () => {
    const sources: Source[] = [
      { id: 'x', title: 'Click me', url: 'javascript:alert(document.cookie)' },
      { id: 'y', title: null, url: 'data:text/html,<script>alert(1)</script>' },
      { id: 'z', title: 'Relative', url: '/etc/passwd' },
    ]
    const { container } = render(<SourcesPanel sources={sources} />)
    expect(screen.queryByRole('link')).not.toBeInTheDocument()
    expect(container.querySelector('[href]')).toBeNull()
    expect(screen.getByText('Click me')).toBeVisible()
    expect(screen.getByText(/javascript:alert\(document\.cookie\)/)).toBeVisible()
    expect(container.querySelector('script')).toBeNull()
  })

  it('shows hostile titles as text', () => {
    const title = '<img src=x onerror=alert(1)><script>alert(2)</script>'
    const { container } = render(
      <SourcesPanel sources={[{ id: '1', title, url: 'https://evil.example/' }]} />,
    )
    expect(screen.getByRole('link', { name: title })).toBeInTheDocument()
    expect(container.querySelector('img, script')).toBeNull()
  })

  it('says when there are no sources', () => {
    render(<SourcesPanel sources={[]} />)
    expect(screen.getByText('No sources cited.')).toBeVisible()
    expect(screen.queryByRole('list')).not.toBeInTheDocument()
  })
})

describe('SourcesPanel numbering and citations', () => {
  const sources: Source[] = [
    { id: 'a', title: 'invoice\u202Efdp.exe', url: 'https://a.example/1' },
    { id: 'b', title: 'Quiet', url: 'https://b.example/2' },
  ]

  it('numbers each source with an anchor and shows hidden characters in titles', () => {
    render(<SourcesPanel sources={sources} />)
    expect(document.getElementById('source-2')).toHaveTextContent('2.')
    expect(document.getElementById('source-1')).toHaveAttribute('data-item', 'sources:0')
    expect(screen.getByRole('link', { name: /invoice⟨U\+202E⟩fdp\.exe/ })).toBeInTheDocument()
  })

  it('says how often each source is cited and steps through its citations in the answer', async () => {
    const places = [
      { n: 1, offset: 10 },
      { n: 1, offset: 40 },
    ]
    render(
      <SourcesPanel
        sources={sources}
        citations={{ counts: [3, 0], places: [places, []], answer: places }}
      />,
    )
    expect(screen.getByText('cited 3×')).toBeInTheDocument()
    await userEvent.click(screen.getByRole('button', { name: 'go to citation 1 of 2' }))
    await userEvent.click(screen.getByRole('button', { name: 'go to citation 2 of 2' }))
    expect(screen.getByRole('button', { name: 'go to citation 1 of 2' })).toBeInTheDocument()
    expect(screen.getByText('not cited')).toBeInTheDocument()
  })

  describe('with a long list', () => {
    // A box 400 px high with 60 px rows; scrollTo scrolls it.
    setupFakeLayout(
      { clientHeight: 400, offsetHeight: 60, scrollHeight: 300 * 72 },
      { scrolling: true },
    )

    it('mounts only a window of it, and brings a far source into it when asked', async () => {
      const sources: Source[] = Array.from({ length: 300 }, (_, index) => ({
        id: String(index),
        title: `Source number ${index + 1}`,
        url: `https://example.com/${index + 1}`,
      }))
      render(<SourcesPanel sources={sources} />)
      const box = screen.getByRole('group', { name: '300 sources, scrollable' })
      const rows = within(box).getAllByRole('listitem')
      expect(rows.length).toBeGreaterThan(0)
      expect(rows.length).toBeLessThan(300)
      expect(rows[0]).toHaveAttribute('aria-setsize', '300')
      expect(within(box).getByRole('link', { name: 'Source number 1' })).toBeInTheDocument()
      expect(within(box).queryByRole('link', { name: 'Source number 250' })).toBeNull()
      act(() => {
        scrollToTarget('sources', 249)
      })
      expect(
        await within(box).findByRole('link', { name: 'Source number 250' }),
      ).toBeInTheDocument()
    })
  })
})
