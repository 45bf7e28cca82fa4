import { act, screen, within } from '@testing-library/react'
import { workerQueries } from '@/api/worker/queries'
import { setupDemoServer } from '@/test/demo-server'
import { setupFakeLayout } from '@/test/fake-layout'
import { renderApp } from '@/test/render'
import { workerId } from '@/test/ids'

/*
 * The whole page of the hostile demo worker: every attack it carries (scripts, event handlers,
 * javascript: and data: links, tracking images, frames, prototype keys, bidi and zero-width
 * characters, links to this app, absurd numbers) shows as text, in every panel, and stays so
 * through polls. The browser's own side (nothing runs, nothing loads) is e2e/hostile.spec.ts.
 */
setupDemoServer()
// Room for the lists to mount their rows, as a browser window gives them.
setupFakeLayout({ clientHeight: 4000, offsetHeight: 40 })

const SCRIPT = '<script>alert(1)</script>'
const IMG = '<img src=x onerror=alert(1)>'
const RLO = '⟨U+202E⟩'

/** Anything in the document that could run, load or leak something; empty when inert. */
function liveParts(): string[] {
  const origin = window.location.origin
  const found: string[] = []
  for (const element of document.body.querySelectorAll('*')) {
    const tag = element.tagName.toLowerCase()
    if (['script', 'iframe', 'frame', 'object', 'embed'].includes(tag)) found.push(tag)
    for (const attribute of element.attributes) {
      if (attribute.name.toLowerCase().startsWith('on')) found.push(`${tag}[${attribute.name}]`)
    }
    if (element instanceof HTMLImageElement && new URL(element.src, origin).origin !== origin) {
      found.push(`img ${element.src}`)
    }
    if (element instanceof HTMLAnchorElement) {
      const href = element.getAttribute('href') ?? ''
      if (/^\s*(javascript|data|vbscript):/i.test(href)) found.push(`a ${href}`)
      const rel = element.rel.toLowerCase().split(/\s+/)
      if (element.target === '_blank' && !(rel.includes('noopener') && rel.includes('noreferrer')))
        found.push(`a target=_blank ${href}`)
    }
  }
  if ('polluted' in ({} as Record<string, unknown>)) found.push('Object.prototype.polluted')
  return found
}

const region = (name: string) => screen.getByRole('region', { name })

describe('the hostile worker page', () => {
  it('shows every attack as inert text, in every panel, through polls', async () => {
    const { client } = renderApp('/workers/wrk_demo-hostile')
    await screen.findByRole('region', { name: 'Structured output' }, { timeout: 15_000 })
    const output = region('Output')
    await within(output).findByText('Plain text after the attacks, which must still render.')
    expect(output).toHaveTextContent(SCRIPT)
    expect(output).toHaveTextContent(IMG)
    expect(output).toHaveTextContent('<a href="javascript:alert(2)">raw HTML link</a>')
    expect(output).toHaveTextContent('<iframe src="https://evil.example/frame"></iframe>')
    // Unsafe link targets stay text; a link whose text names another host shows the real one.
    expect(within(output).getByText('click')).toBeInTheDocument()
    expect(within(output).queryByRole('link', { name: 'click' })).toBeNull()
    expect(within(output).queryByRole('link', { name: 'Open the report' })).toBeNull()
    expect(output).toHaveTextContent('evil.example')
    // Links to this app itself are not live; footnotes are.
    expect(within(output).queryByRole('link', { name: "This app's settings" })).toBeNull()
    expect(within(output).queryByRole('link', { name: "This app's home" })).toBeNull()
    expect(within(output).getAllByRole('link', { name: '1' }).length).toBeGreaterThan(0)
    expect(output).toHaveTextContent(RLO)

    const sources = region('Sources')
    expect(sources).toHaveTextContent(`${IMG}<b>Official</b> source`)
    expect(sources).toHaveTextContent('javascript:alert(1)')
    expect(within(sources).getByRole('link', { name: `Suppliers ${SCRIPT}` })).toHaveAttribute(
      'href',
      'https://example.com/suppliers',
    )
    expect(sources).toHaveTextContent(RLO)

    const files = region('Files')
    expect(within(files).getByText('../../etc/passwd')).toBeInTheDocument()
    expect(within(files).getByText(`${IMG}.csv`)).toBeInTheDocument()
    expect(files).toHaveTextContent(RLO)
    expect(files).toHaveTextContent('⟨U+200B⟩')

    const messages = region('Messages')
    expect(messages).toHaveTextContent(`Summary: ${SCRIPT}`)
    expect(messages).toHaveTextContent('<b>hi</b>')
    // Roles named after Object.prototype members render like any other.
    for (const text of ['Role constructor', 'Role toString', 'Role __proto__']) {
      expect(messages).toHaveTextContent(text)
    }
    expect(messages).toHaveTextContent(RLO)

    const structured = region('Structured output')
    expect(structured).toHaveTextContent('⟨__proto__⟩')
    expect(structured).toHaveTextContent('⟨constructor⟩')

    // A usage of 1e308 credits is not a number to show; no panel fell back to its error view.
    expect(screen.getAllByText(/^— credits/).length).toBeGreaterThan(0)
    expect(screen.queryByText(/could not be shown/i)).toBeNull()
    expect(liveParts()).toEqual([])

    // Each poll goes through structural sharing again: nothing may become a prototype.
    const key = workerQueries.detail(workerId('wrk_demo-hostile'), null).queryKey
    for (let poll = 0; poll < 2; poll++) {
      await act(() => client.refetchQueries({ queryKey: key }))
      expect(region('Structured output')).toHaveTextContent('⟨__proto__⟩')
      expect(liveParts()).toEqual([])
    }
  })
})
