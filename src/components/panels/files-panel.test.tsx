import { QueryClientProvider } from '@tanstack/react-query'
import { act, render as renderUi, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ReactElement } from 'react'
import { parseWorker, type WorkerFile } from '@/api/worker/schema'
import { scrollToTarget } from '@/lib/scroll-targets'
import { setupDemoServer } from '@/test/demo-server'
import { setupFakeLayout } from '@/test/fake-layout'
import { createTestQueryClient } from '@/test/render'
import { FilesPanel } from './files-panel'

setupDemoServer()

/* Previews read files through react-query, as in the app. */
function render(ui: ReactElement) {
  return renderUi(<QueryClientProvider client={createTestQueryClient()}>{ui}</QueryClientProvider>)
}

/* A file the simulated API serves at this page's own origin. */
function demoFile(filename: string, mediaType: string): WorkerFile {
  return {
    filename,
    mediaType,
    url: `${window.location.origin}/_app/demo-files/wrk_demo-research/${encodeURIComponent(filename)}`,
  }
}

describe('FilesPanel', () => {
  it('shows name, media type and size, with a named download link', () => {
    const files: WorkerFile[] = [
      {
        filename: 'report.csv',
        mediaType: 'text/csv',
        url: 'https://cdn.example.com/f/1',
        size: 204800,
      },
    ]
    render(<FilesPanel files={files} />)
    const panel = screen.getByRole('region', { name: 'Files' })
    expect(within(panel).getByText('report.csv')).toBeVisible()
    expect(within(panel).getByText('text/csv · 200 KB')).toBeVisible()
    const link = within(panel).getByRole('link', { name: 'Download report.csv' })
    expect(link).toHaveAttribute('href', 'https://cdn.example.com/f/1')
    expect(link).toHaveAttribute('download')
    expect(link).toHaveTextContent('Download')
  })

  it('names a file from its URL, or "Unnamed file"', () => {
    const files: WorkerFile[] = [
      { filename: null, mediaType: 'application/pdf', url: 'https://x.example/a/My%20Deck.pdf' },
      { filename: null, mediaType: 'application/octet-stream', url: 'https://x.example/' },
    ]
    render(<FilesPanel files={files} />)
    expect(screen.getByRole('link', { name: 'Download My Deck.pdf' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Download Unnamed file' })).toBeInTheDocument()
    expect(screen.getByText('application/pdf')).toBeVisible()
  })

  it('offers no download for unsafe URLs', () => {
    const files: WorkerFile[] = [
      { filename: 'evil.html', mediaType: 'text/html', url: 'javascript:alert(1)' },
      {
        filename: 'blob.bin',
        mediaType: 'text/html',
        url: 'data:text/html,<script>alert(1)</script>',
      },
      { filename: 'mail', mediaType: 'text/plain', url: 'mailto:a@example.com' },
    ]
    const { container } = render(<FilesPanel files={files} />)
    expect(screen.queryByRole('link')).not.toBeInTheDocument()
    expect(container.querySelector('[href]')).toBeNull()
    expect(screen.getByText('evil.html')).toBeVisible()
    expect(screen.getAllByText(/no safe download link/)).toHaveLength(3)
  })

  it('neither previews nor links a file that points into the inspector itself', () => {
    const origin = window.location.origin
    const files: WorkerFile[] = [
      {
        filename: 'worker.json',
        mediaType: 'application/json',
        url: `${origin}/api/workers/wrk_1`,
      },
      { filename: 'config.json', mediaType: 'application/json', url: `${origin}/_app/config` },
      { filename: 'session.txt', mediaType: 'text/plain', url: `${origin}/_app/session` },
      { filename: 'relative.json', mediaType: 'application/json', url: '/api/workers/wrk_1' },
      { filename: 'page.txt', mediaType: 'text/plain', url: `${origin}/workers/wrk_1` },
    ]
    const { container } = render(<FilesPanel files={files} />)
    expect(screen.queryByRole('link')).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: /Preview/ })).not.toBeInTheDocument()
    expect(container.querySelector('[href]')).toBeNull()
    expect(screen.getAllByText(/no safe download link/)).toHaveLength(5)
  })

  it('shows a hostile file name as text', () => {
    const name = '<img src=x onerror=alert(1)>.png'
    const { container } = render(
      <FilesPanel
        files={[{ filename: name, mediaType: 'image/png', url: 'https://x.example/p' }]}
      />,
    )
    expect(screen.getByRole('link', { name: `Download ${name}` })).toBeInTheDocument()
    expect(container.querySelector('img')).toBeNull()
  })

  it('says when there are no files', () => {
    render(<FilesPanel files={[]} />)
    expect(screen.getByText('No files produced.')).toBeVisible()
  })

  it('picks the icon from the media type, not the name', () => {
    render(
      <FilesPanel
        files={[
          {
            filename: 'invoice.pdf',
            mediaType: 'application/x-msdownload',
            url: 'https://x.example/i',
          },
          { filename: 'photo.exe', mediaType: 'image/png', url: 'https://x.example/p' },
        ]}
      />,
    )
    const [first, second] = screen.getAllByRole('listitem')
    expect(
      within(first as HTMLElement).getByRole('img', { name: 'Executable program' }),
    ).toBeInTheDocument()
    expect(within(first as HTMLElement).getByText(/application\/x-msdownload/)).toBeVisible()
    expect(within(second as HTMLElement).getByRole('img', { name: 'Image' })).toBeInTheDocument()
  })

  it('shows bidi controls in a name as visible tokens', () => {
    render(
      <FilesPanel
        files={[
          {
            filename: 'invoice\u202Efdp.exe',
            mediaType: 'application/x-msdownload',
            url: 'https://x.example/i',
          },
        ]}
      />,
    )
    expect(screen.getByText('invoice⟨U+202E⟩fdp.exe')).toBeVisible()
    expect(screen.queryByText(/\u202E/)).not.toBeInTheDocument()
    expect(
      screen.getByRole('link', { name: 'Download invoice⟨U+202E⟩fdp.exe' }),
    ).toBeInTheDocument()
  })

  it('previews text, CSV, JSON and Markdown on request, and closes back to the button', async () => {
    const user = userEvent.setup()
    render(
      <FilesPanel
        files={[
          demoFile('cargo-ebike-competitors.csv', 'text/csv'),
          demoFile('market-sizing.json', 'application/json'),
          demoFile('market-brief.md', 'text/markdown'),
          demoFile('lease-calculator.py', 'text/x-python'),
        ]}
      />,
    )
    // Nothing is fetched until asked: no dialog, no loading.
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()

    const csvButton = screen.getByRole('button', { name: 'Preview cargo-ebike-competitors.csv' })
    await user.click(csvButton)
    let dialog = await screen.findByRole('dialog', {
      name: 'Preview of cargo-ebike-competitors.csv',
    })
    const table = await within(dialog).findByRole('table')
    expect(within(table).getAllByRole('columnheader').length).toBeGreaterThan(1)
    expect(within(table).getAllByRole('row').length).toBeGreaterThan(2)
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(csvButton).toHaveFocus()

    await user.click(screen.getByRole('button', { name: 'Preview market-sizing.json' }))
    dialog = screen.getByRole('dialog', { name: 'Preview of market-sizing.json' })
    expect(
      await within(dialog).findByRole('tree', { name: 'market-sizing.json (JSON)' }),
    ).toBeInTheDocument()
    await user.click(within(dialog).getByRole('button', { name: 'Close' }))

    await user.click(screen.getByRole('button', { name: 'Preview market-brief.md' }))
    dialog = screen.getByRole('dialog', { name: 'Preview of market-brief.md' })
    expect(
      await within(dialog).findByRole('heading', { name: 'Market brief: family cargo e-bikes' }),
    ).toBeInTheDocument()
    await user.click(within(dialog).getByRole('button', { name: 'Close' }))

    await user.click(screen.getByRole('button', { name: 'Preview lease-calculator.py' }))
    dialog = screen.getByRole('dialog', { name: 'Preview of lease-calculator.py' })
    await waitFor(() => expect(dialog.querySelector('pre')?.textContent).toMatch(/def |import /))
  }, 30_000)

  it('previews files on another host through the server, once a worker listed them', async () => {
    // The demo worker whose files live on another host; opening it tells the server they exist.
    const response = await fetch('/api/workers/wrk_demo-files-cdn')
    const { worker } = parseWorker(await response.json(), 'wrk_demo-files-cdn') ?? {}
    if (!worker) throw new Error('The demo worker did not parse.')
    const unlisted: WorkerFile = {
      filename: 'unlisted.txt',
      mediaType: 'text/plain',
      url: 'https://files.handinger-cdn.example/unlisted.txt',
    }
    const user = userEvent.setup()
    render(<FilesPanel files={[...worker.files, unlisted]} />)

    await user.click(screen.getByRole('button', { name: /^Preview Dealer survey/ }))
    let dialog = await screen.findByRole('dialog', { name: /^Preview of Dealer survey/ })
    const table = await within(dialog).findByRole('table')
    expect(within(table).getByRole('columnheader', { name: 'top_concern' })).toBeVisible()
    await user.click(within(dialog).getByRole('button', { name: 'Close' }))

    await user.click(screen.getByRole('button', { name: 'Preview dealer-sales-by-quarter.png' }))
    dialog = screen.getByRole('dialog', { name: 'Preview of dealer-sales-by-quarter.png' })
    const image = within(dialog).getByRole('img', {
      name: 'Preview of dealer-sales-by-quarter.png',
    })
    const src = new URL(image.getAttribute('src') ?? '', window.location.href)
    expect(src.pathname).toBe('/_app/files')
    expect(src.searchParams.get('url')).toBe(
      'https://files.handinger-cdn.example/wrk_demo-files-cdn/dealer-sales-by-quarter.png',
    )
    await user.click(within(dialog).getByRole('button', { name: 'Close' }))

    await user.click(screen.getByRole('button', { name: 'Preview unlisted.txt' }))
    dialog = screen.getByRole('dialog', { name: 'Preview of unlisted.txt' })
    expect(
      await within(dialog).findByText(/could not be loaded\. This file is not listed/),
    ).toBeVisible()
  })

  it('does not fetch a file over the size cap', async () => {
    const user = userEvent.setup()
    render(
      <FilesPanel
        files={[
          {
            ...demoFile('market-brief.md', 'text/markdown'),
            filename: 'huge.md',
            size: 6 * 1024 * 1024,
          },
        ]}
      />,
    )
    await user.click(screen.getByRole('button', { name: 'Preview huge.md' }))
    expect(screen.getByText(/Too large to preview/)).toBeVisible()
  })

  it('offers no preview for SVG or HTML, which are documents rather than pictures or text', () => {
    render(
      <FilesPanel
        files={[
          { filename: 'logo.svg', mediaType: 'image/svg+xml', url: 'https://x.example/l.svg' },
          { filename: 'page.html', mediaType: 'text/html', url: 'https://x.example/p.html' },
        ]}
      />,
    )
    expect(screen.queryByRole('button', { name: /Preview/ })).not.toBeInTheDocument()
  })

  it('offers no preview for kinds it cannot show', () => {
    render(
      <FilesPanel
        files={[{ filename: 'a.zip', mediaType: 'application/zip', url: 'https://x.example/a' }]}
      />,
    )
    expect(screen.queryByRole('button', { name: /Preview/ })).not.toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Download a.zip' })).toBeInTheDocument()
  })

  describe('with a long list', () => {
    // A box 400 px high with 52 px rows; scrollTo scrolls it.
    setupFakeLayout(
      { clientHeight: 400, offsetHeight: 52, scrollHeight: 100 * 52 },
      { scrolling: true },
    )

    it('mounts only a window of it, and brings a far file into it when asked', async () => {
      const files: WorkerFile[] = Array.from({ length: 100 }, (_, index) =>
        demoFile(`file-${index + 1}.csv`, 'text/csv'),
      )
      render(<FilesPanel files={files} />)
      const box = screen.getByRole('group', { name: '100 files, scrollable' })
      const rows = within(box).getAllByRole('listitem')
      expect(rows.length).toBeGreaterThan(0)
      expect(rows.length).toBeLessThan(30)
      expect(rows[0]).toHaveAttribute('aria-setsize', '100')
      expect(within(box).getByText('file-1.csv')).toBeInTheDocument()
      expect(within(box).queryByText('file-90.csv')).toBeNull()
      act(() => {
        scrollToTarget('files', 89)
      })
      expect(await within(box).findByText('file-90.csv')).toBeInTheDocument()
    })
  })
})
