import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { SourcesPanel } from '@/components/panels/sources-panel'
import { sourceCitations } from '@/api/worker/citation-scan'
import { renderParsed } from '@/test/markdown-parsed'
import { CitationProvider } from './citation-context'
import { Markdown, MarkdownDocument } from './markdown'

const sources = [
  { id: 'a', title: 'Annual report', url: 'https://a.example/report' },
  { id: 'b', title: null, url: 'https://www.b.example/data' },
]

function Run({ answer }: { answer: string }) {
  return (
    <CitationProvider sources={sources}>
      <MarkdownDocument text={answer} scrollTarget="output" />
      <SourcesPanel sources={sources} citations={sourceCitations(answer, [], sources)} />
    </CitationProvider>
  )
}

describe('citation markers on the page', () => {
  it('links [^n] and [n] to source n, named first by what they show', async () => {
    render(<Run answer="Claim[^1], more [2] and [3]; code `[1]`." />)
    const first = await screen.findByRole('link', { name: '[1] Source: Annual report' })
    expect(first).toHaveTextContent(/^\[1\]$/)
    expect(first).toHaveAttribute('href', '#source-1')
    // A source without a title is named as in the Sources panel.
    expect(screen.getByRole('link', { name: '[2] Source: b.example' })).toBeInTheDocument()
    // Beyond the run's sources and inside code, the text stays as written.
    expect(screen.queryByRole('link', { name: /^\[3\]/ })).toBeNull()
    expect(screen.getByText(/and \[3\];/)).toBeInTheDocument()
    expect(screen.getByText('[1]', { selector: 'code' })).toBeInTheDocument()
    expect(screen.getAllByText('cited 1×')).toHaveLength(2)
  })

  it('jumps to the source, highlighted and focused, and back to the citation it came from', async () => {
    render(<Run answer={'First [1].\n\nSecond[^1].'} />)
    const markers = await screen.findAllByRole('link', { name: '[1] Source: Annual report' })
    expect(markers).toHaveLength(2)
    await userEvent.click(markers[1] as HTMLElement)
    const row = document.getElementById('source-1')
    await waitFor(() => expect(row).toHaveFocus())
    expect(row).toHaveAttribute('data-landed')

    await userEvent.click(screen.getByRole('button', { name: 'back to the citation' }))
    expect(markers[1]).toHaveFocus()
    expect(markers[1]).toHaveAttribute('data-landed')

    // Once back, the source steps through its citations from the first.
    await userEvent.click(screen.getByRole('button', { name: 'go to citation 1 of 2' }))
    await waitFor(() => expect(markers[0]).toHaveFocus())
  })

  it('keeps the id of a footnote call that cites a source, where its note leads back', async () => {
    render(<Run answer={'Claim[^a].\n\n[^a]: https://a.example/report'} />)
    // The call, then the [1] after the address in its note.
    const [call] = await screen.findAllByRole('link', { name: '[1] Source: Annual report' })
    if (!call) throw new Error('no footnote call')
    const back = screen.getByRole('link', { name: 'Back to reference 1' })
    expect(back.getAttribute('href')).toBe(`#${call.id}`)
    expect(call.id).not.toBe('')
  })

  it('marks short texts (messages) the same way', async () => {
    await renderParsed(
      <CitationProvider sources={sources}>
        <Markdown text="As reported [2], see `[1]`." />
      </CitationProvider>,
    )
    expect(screen.getAllByRole('link')).toHaveLength(1)
    expect(screen.getByRole('link', { name: '[2] Source: b.example' })).toHaveAttribute(
      'data-cites',
      '2',
    )
  })

  it('leaves markers as text where the page has no sources', async () => {
    await renderParsed(<Markdown text="As reported [1]." />)
    expect(screen.queryByRole('link')).toBeNull()
    expect(screen.getByText('As reported [1].')).toBeInTheDocument()
  })
})
