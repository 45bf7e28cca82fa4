import { screen, waitFor, within } from '@testing-library/react'
import { setupDemoServer } from '@/test/demo-server'
import { renderApp } from '@/test/render'

setupDemoServer()

describe('the footnotes demo worker', () => {
  it('links every marker of its answer and counts each source it cites', async () => {
    renderApp('/workers/wrk_demo-footnotes')
    const output = await screen.findByRole('region', { name: 'Output' })
    const markers = await within(output).findAllByRole('link', { name: /^\[\d\] Source: / })
    expect(markers.map((marker) => marker.textContent)).toEqual([
      '[1]',
      '[1]',
      '[3]',
      '[3]',
      '[2]',
      '[4]',
      '[1]',
      '[3]',
      '[2]',
      // The footnote's note, at the end, links the address it gives to its source too.
      '[4]',
    ])
    const sources = await screen.findByRole('region', { name: 'Sources' })
    await waitFor(() =>
      expect(
        within(sources)
          .getAllByText(/^(cited \d+×|not cited)$/)
          .map((label) => label.textContent),
      ).toEqual(['cited 3×', 'cited 3×', 'cited 3×', 'cited 1×', 'not cited']),
    )
  })
})
